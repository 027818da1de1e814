import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { addMember, createOrganizer, createUser } from "../../prisma/seed/factories";
import { leaveOrganizer, listMembers, transferOwnership } from "../../src/modules/organizers/members";
import { deleteAccount } from "../../src/modules/records/mutations";
import { deleteAccountSchema } from "../../src/modules/records/schema";
import { NO_PASSWORD } from "./applications-fixtures";

/** An organizer with its owner and two coordinators, as viewers loaded now. */
async function team() {
  const org = await createOrganizer(db(), {
    name: "Қамқор Шымкент",
    regionCode: "SHYMKENT",
    verified: true,
    ownerPasswordHash: NO_PASSWORD,
    ownerName: "Айгүл Серікова",
  });
  const first = await createUser(db(), { name: "Ержан Тоқтаров", passwordHash: NO_PASSWORD });
  const second = await createUser(db(), { name: "Мадина Әлиева", passwordHash: NO_PASSWORD });
  await addMember(db(), org.id, first.id);
  await addMember(db(), org.id, second.id);
  return {
    org,
    owner: await viewerOf(org.ownerId),
    first: await viewerOf(first.id),
    second: await viewerOf(second.id),
  };
}

async function roles(organizerId: string) {
  const rows = await db().organizerMember.findMany({ where: { organizerId }, select: { userId: true, role: true } });
  return Object.fromEntries(rows.map((r) => [r.userId, r.role]));
}

const transfers = (organizerId: string) =>
  db().auditLog.count({ where: { entityId: organizerId, action: "organizer.transfer_ownership" } });

describe("handing an organizer over", () => {
  it("the owner makes a coordinator the owner and stays on the team as a coordinator, with an audit entry", async () => {
    const { org, owner, first, second } = await team();
    const before = new Date();

    await transferOwnership(db(), owner, { organizerId: org.id, userId: first.id });

    expect(await roles(org.id)).toEqual({ [owner.id]: "COORDINATOR", [first.id]: "OWNER", [second.id]: "COORDINATOR" });
    const log = await db().auditLog.findFirstOrThrow({
      where: { entityId: org.id, action: "organizer.transfer_ownership" },
    });
    expect(log).toMatchObject({
      actorId: owner.id,
      entityType: "Organizer",
      regionCode: "SHYMKENT",
      data: { fromUserId: owner.id, toUserId: first.id },
    });
    expect(log.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // The new owner is told, in the app and by email (the outbox row).
    expect(
      await db().notification.findMany({
        where: { userId: first.id },
        select: { type: true, data: true, emailStatus: true },
      }),
    ).toEqual([{ type: "ORGANIZER_OWNERSHIP_RECEIVED", data: { organizerId: org.id }, emailStatus: "PENDING" }]);

    // The new owner manages the team; the former owner still sees it but manages nothing.
    expect(await listMembers(db(), await viewerOf(first.id), org.slug)).toMatchObject({
      canManage: true,
      viewerRole: "OWNER",
    });
    const formerView = await listMembers(db(), await viewerOf(owner.id), org.slug);
    expect(formerView).toMatchObject({ canManage: false, viewerRole: "COORDINATOR" });
    expect(formerView?.members.map((m) => m.user.name)).toEqual(["Ержан Тоқтаров", "Айгүл Серікова", "Мадина Әлиева"]);
  });

  it("a coordinator cannot hand the organizer over, not even to themselves; nothing changes", async () => {
    const { org, owner, first, second } = await team();
    expect(await errorCode(transferOwnership(db(), first, { organizerId: org.id, userId: second.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(transferOwnership(db(), first, { organizerId: org.id, userId: first.id }))).toBe(
      "NOT_FOUND",
    );
    // Another organizer's owner neither.
    const other = await createOrganizer(db(), { ownerPasswordHash: NO_PASSWORD });
    expect(
      await errorCode(
        transferOwnership(db(), await viewerOf(other.ownerId), { organizerId: org.id, userId: first.id }),
      ),
    ).toBe("NOT_FOUND");

    expect(await roles(org.id)).toEqual({ [owner.id]: "OWNER", [first.id]: "COORDINATOR", [second.id]: "COORDINATOR" });
    expect(await transfers(org.id)).toBe(0);
  });

  it("the former owner, with a page opened before the hand-over, is refused on the database's word", async () => {
    const { org, owner, first, second } = await team();
    await transferOwnership(db(), owner, { organizerId: org.id, userId: first.id });
    // `owner` still lists the OWNER membership it was loaded with.
    expect(await errorCode(transferOwnership(db(), owner, { organizerId: org.id, userId: second.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await roles(org.id)).toEqual({ [owner.id]: "COORDINATOR", [first.id]: "OWNER", [second.id]: "COORDINATOR" });
    expect(await transfers(org.id)).toBe(1);
  });

  it("refuses a new owner who is not a current coordinator of this organizer, next to the choice", async () => {
    const { org, owner, first } = await team();
    const outsider = await createUser(db(), { passwordHash: NO_PASSWORD });
    const other = await createOrganizer(db(), { ownerPasswordHash: NO_PASSWORD });
    const elsewhere = await createUser(db(), { passwordHash: NO_PASSWORD });
    await addMember(db(), other.id, elsewhere.id);
    const leaving = await createUser(db(), { passwordHash: NO_PASSWORD });
    await addMember(db(), org.id, leaving.id);
    await db().user.update({ where: { id: leaving.id }, data: { deletedAt: new Date() } });

    for (const userId of [outsider.id, elsewhere.id, other.ownerId, owner.id, leaving.id, "no-such-user"]) {
      const refusal = await transferOwnership(db(), owner, { organizerId: org.id, userId }).catch((e) => e);
      expect(refusal, userId).toMatchObject({ code: "members.errors.NOT_COORDINATOR", field: "userId" });
    }
    expect(await roles(org.id)).toMatchObject({
      [owner.id]: "OWNER",
      [first.id]: "COORDINATOR",
      [leaving.id]: "COORDINATOR",
    });
    expect((await roles(other.id))[elsewhere.id]).toBe("COORDINATOR");
    expect(await transfers(org.id)).toBe(0);
  });

  it("a national admin may hand an organizer over; the owner's membership then is a coordinator's", async () => {
    const { org, owner, second } = await team();
    const admin = await viewerOf((await createUser(db(), { isAdmin: true, passwordHash: NO_PASSWORD })).id);
    await transferOwnership(db(), admin, { organizerId: org.id, userId: second.id });
    expect((await roles(org.id))[second.id]).toBe("OWNER");
    expect((await roles(org.id))[owner.id]).toBe("COORDINATOR");
    expect(
      await db().auditLog.findFirstOrThrow({ where: { entityId: org.id, action: "organizer.transfer_ownership" } }),
    ).toMatchObject({ actorId: admin.id });
  });

  it("two hand-overs at the same moment leave exactly one owner", async () => {
    const { org, owner, first, second } = await team();
    const results = await Promise.allSettled([
      transferOwnership(db(), owner, { organizerId: org.id, userId: first.id }),
      transferOwnership(db(), owner, { organizerId: org.id, userId: second.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = Object.values(await roles(org.id)).filter((r) => r === "OWNER");
    expect(owners).toHaveLength(1);
    expect(await transfers(org.id)).toBe(1);
  });

  it("a new owner deleting their account at the same moment never leaves the organizer without a living owner", async () => {
    for (let i = 0; i < 4; i++) {
      const { org, owner, first } = await team();
      await Promise.allSettled([
        transferOwnership(db(), owner, { organizerId: org.id, userId: first.id }),
        deleteAccount(db(), first, deleteAccountSchema.parse({ email: first.email })),
      ]);
      const owners = await db().organizerMember.findMany({
        where: { organizerId: org.id, role: "OWNER" },
        select: { user: { select: { deletedAt: true } } },
      });
      expect(owners).toEqual([{ user: { deletedAt: null } }]);
    }
  });

  it("after handing the organizer over, the former owner can delete their account", async () => {
    const { org, owner, first } = await team();
    const confirm = deleteAccountSchema.parse({ email: owner.email });
    expect(await errorCode(deleteAccount(db(), owner, confirm))).toBe("records.errors.SOLE_OWNER");

    await transferOwnership(db(), owner, { organizerId: org.id, userId: first.id });
    await deleteAccount(db(), await viewerOf(owner.id), confirm);

    expect((await db().user.findUniqueOrThrow({ where: { id: owner.id } })).deletedAt).toBeInstanceOf(Date);
    expect(await roles(org.id)).toMatchObject({ [first.id]: "OWNER" });
    expect((await roles(org.id))[owner.id]).toBeUndefined();
  });
});

describe("leaving an organizer", () => {
  it("a coordinator leaves the team and loses access; the owner cannot leave", async () => {
    const { org, owner, first, second } = await team();

    await leaveOrganizer(db(), first, { organizerId: org.id });
    expect(await roles(org.id)).toEqual({ [owner.id]: "OWNER", [second.id]: "COORDINATOR" });
    expect(
      await db().auditLog.findFirstOrThrow({ where: { entityId: org.id, action: "organizer.leave" } }),
    ).toMatchObject({ actorId: first.id, data: { userId: first.id } });
    expect(await listMembers(db(), await viewerOf(first.id), org.slug)).toBeNull();
    expect(await errorCode(leaveOrganizer(db(), first, { organizerId: org.id }))).toBe("NOT_FOUND");

    expect(await errorCode(leaveOrganizer(db(), owner, { organizerId: org.id }))).toBe(
      "members.errors.OWNER_CANNOT_LEAVE",
    );
    expect(await roles(org.id)).toEqual({ [owner.id]: "OWNER", [second.id]: "COORDINATOR" });
    expect(await db().auditLog.count({ where: { entityId: org.id, action: "organizer.leave" } })).toBe(1);
  });

  it("after handing over, the former owner may leave", async () => {
    const { org, owner, first } = await team();
    await transferOwnership(db(), owner, { organizerId: org.id, userId: first.id });
    await leaveOrganizer(db(), await viewerOf(owner.id), { organizerId: org.id });
    expect((await roles(org.id))[owner.id]).toBeUndefined();
    expect((await roles(org.id))[first.id]).toBe("OWNER");
  });
});
