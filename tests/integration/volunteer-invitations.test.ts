import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { bornYearsAgo, NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { addMember, createOrganizer, createUser, createVolunteer } from "../../prisma/seed/factories";
import { findVolunteers, getFindContext } from "../../src/modules/volunteer-search/queries";
import {
  declineVolunteerInvitation,
  inviteVolunteer,
  listMyVolunteerInvitations,
} from "../../src/modules/volunteer-search/invitations";
import {
  declineVolunteerInvitationAction,
  inviteVolunteerAction,
  saveAvailabilityAction,
} from "../../src/modules/volunteer-search/actions";
import { findFilterSchema, inviteVolunteerSchema } from "../../src/modules/volunteer-search/schema";
import { apply } from "../../src/modules/applications/mutations";
import { applyInput } from "./applications-fixtures";
import type { Viewer } from "../../src/modules/accounts/viewer";
import type { RegionCode, TravelRange, WeekSlot } from "../../src/generated/prisma/enums";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const DAY = 86_400_000;
const all = findFilterSchema.parse({});

/** A findable adult volunteer in Astana unless told otherwise. */
async function candidate(
  opts: {
    name?: string;
    age?: number;
    region?: RegionCode;
    settlement?: string;
    travel?: TravelRange;
    skills?: string[];
    slots?: WeekSlot[];
    findable?: boolean;
    confirmed?: boolean;
  } = {},
) {
  const user = await createVolunteer(db(), {
    passwordHash: NO_PASSWORD,
    name: opts.name ?? "Айгерім Сейітова",
    birthDate: bornYearsAgo(opts.age ?? 25),
    regionCode: opts.region ?? "ASTANA",
    settlement: opts.settlement,
    skills: opts.skills ?? [],
    emailConfirmed: opts.confirmed ?? true,
    guardian: (opts.age ?? 25) < 18 ? { name: "Гүлнар", contact: "+7 701 000 00 00" } : null,
  });
  await db().volunteerProfile.update({
    where: { userId: user.id },
    data: {
      findable: opts.findable ?? true,
      travelRange: opts.travel ?? "REGION",
      weeklyAvailability: opts.slots ?? [],
    },
  });
  return user.id;
}

async function context(viewer: Viewer, roleId: string) {
  const ctx = await getFindContext(db(), viewer, { roleId });
  if (!ctx) throw new Error("no find context");
  return ctx;
}

const listedIds = async (viewer: Viewer, roleId: string, filter = all) =>
  (await findVolunteers(db(), await context(viewer, roleId), filter)).items.map((v) => v.id).sort();

const invite = (viewer: Viewer, roleId: string, volunteerId: string) =>
  inviteVolunteer(db(), viewer, inviteVolunteerSchema.parse({ roleId, volunteerId }));

describe("finding volunteers for a role", () => {
  it("lists findable, confirmed adults only: minors never, whatever the role's minimum age", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id, { role: { minAge: 14 } });
    const adult = await candidate({ name: "Дәулет Нұрланов" });
    await candidate({ name: "Minor Sixteen", age: 16 });
    await candidate({ name: "Minor Seventeen", age: 17 });
    await candidate({ name: "Hidden Person", findable: false });
    await candidate({ name: "Unconfirmed Person", confirmed: false });
    const deleted = await candidate({ name: "Deleted Person" });
    await db().user.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    // Even a minor with findable set directly in the database is not listed: the SQL excludes them.
    const minorFlagged = await candidate({ name: "Minor Flagged", age: 15 });
    await db().volunteerProfile.update({ where: { userId: minorFlagged }, data: { findable: true } });

    const found = await findVolunteers(db(), await context(coordinator, roleId), all);
    expect(found.items.map((v) => v.id)).toEqual([adult]);
    // What the organizer sees: a short name and an age band, never the email, phone or birth date.
    expect(found.items[0]).toMatchObject({ name: "Дәулет Н.", ageBand: "25-34" });
    expect(JSON.stringify(found.items[0])).not.toMatch(/@|birth|phone/i);
    // And a minor cannot be invited by posting their id either.
    expect(await errorCode(invite(coordinator, roleId, minorFlagged))).toBe("NOT_FOUND");
    expect(await db().volunteerInvitation.count()).toBe(0);
  });

  it("honours each volunteer's travel range against the project's region and settlement", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id, { regionCode: "AKTOBE", settlement: "Хромтау" });
    const sameTown = await candidate({ region: "AKTOBE", settlement: " ХРОМТАУ ", travel: "SETTLEMENT" });
    await candidate({ region: "AKTOBE", settlement: "Ақтөбе", travel: "SETTLEMENT" });
    const regionWide = await candidate({ region: "AKTOBE", settlement: "Ақтөбе", travel: "REGION" });
    await candidate({ region: "ATYRAU", travel: "REGION" });
    const anywhere = await candidate({ region: "ATYRAU", travel: "ANYWHERE" });
    expect(await listedIds(coordinator, roleId)).toEqual([sameTown, regionWide, anywhere].sort());
    // "Only from Хромтау" narrows it to the settlement.
    expect(await listedIds(coordinator, roleId, findFilterSchema.parse({ near: "1" }))).toEqual([sameTown]);
  });

  it("requires overlapping skills and a valid certificate of the role's training", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id, {
      role: { skills: ["Driving", "First aid"] },
      requiredTraining: "FIRST_AID",
    });
    const training = await db().training.findUniqueOrThrow({ where: { code: "FIRST_AID" } });
    const valid = await candidate({ skills: ["driving"] });
    const expired = await candidate({ skills: ["Driving"] });
    const noCertificate = await candidate({ skills: ["Driving"] });
    const noSkill = await candidate({ skills: ["Cooking"] });
    const certify = (userId: string, expiresOn: Date | null) =>
      db().volunteerCertificate.create({
        data: { userId, trainingId: training.id, issuedOn: new Date("2024-01-10"), expiresOn },
      });
    await certify(valid, null);
    await certify(expired, new Date(Date.now() - 3 * DAY));
    await certify(noSkill, null);
    void noCertificate;
    const found = await findVolunteers(db(), await context(coordinator, roleId), all);
    expect(found.items.map((v) => v.id)).toEqual([valid]);
    expect(found.items[0]!.trainings).toEqual(["FIRST_AID"]);
  });

  it("matches availability to the project's days when asked, and leaves out those applied or invited", async () => {
    const { org, coordinator } = await organizer();
    // Saturday 2 weeks ahead, 10:00–14:00 in Kazakhstan (UTC+5): Saturday morning and afternoon.
    const now = new Date();
    const daysToSaturday = (6 - now.getUTCDay() + 7) % 7 || 7;
    const saturday = new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + daysToSaturday + 14),
    );
    const startsAt = new Date(saturday.getTime() + 5 * 3_600_000);
    const { roleId, projectId } = await project(org.id, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3_600_000),
    });
    const saturdayMorning = await candidate({ slots: ["SAT_MORNING"] });
    await candidate({ slots: ["MON_EVENING", "SAT_EVENING"] });
    const applied = await candidate({ slots: ["SAT_AFTERNOON"] });
    const invited = await candidate({ slots: ["SAT_AFTERNOON"] });
    const ctx = await context(coordinator, roleId);
    const before = await findVolunteers(db(), ctx, all);
    expect(before.slots).toEqual(["SAT_MORNING", "SAT_AFTERNOON"]);
    // The organizer sees each one's days (an array of slots, not the database's text form).
    expect(before.items.find((v) => v.id === saturdayMorning)?.weeklyAvailability).toEqual(["SAT_MORNING"]);
    await apply(db(), await viewerOf(applied), applyInput(roleId));
    await invite(coordinator, roleId, invited);
    expect(await listedIds(coordinator, roleId, findFilterSchema.parse({ available: "1" }))).toEqual([saturdayMorning]);
    expect(await db().volunteerInvitation.count({ where: { projectId } })).toBe(1);
  });

  it("is the organizer's members' only: another organizer, an admin or an unverified organizer gets 404", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id);
    const target = await candidate();
    const other = await createOrganizer(db(), { verified: true, ownerPasswordHash: NO_PASSWORD });
    const otherOwner = await viewerOf(other.ownerId);
    const admin = await viewerOf((await createUser(db(), { passwordHash: NO_PASSWORD, isAdmin: true })).id);
    for (const outsider of [otherOwner, admin]) {
      expect(await getFindContext(db(), outsider, { roleId })).toBeNull();
      await actAs(outsider.id);
      const result = await inviteVolunteerAction({ roleId, volunteerId: target });
      expect(result?.serverError?.message).toBe("errors.NOT_FOUND");
    }
    // An unverified organizer's own member finds nobody either.
    const pending = await createOrganizer(db(), { verified: false, ownerPasswordHash: NO_PASSWORD });
    const { roleId: pendingRole } = await project(pending.id);
    expect(await getFindContext(db(), await viewerOf(pending.ownerId), { roleId: pendingRole })).toBeNull();
    // A draft of the organizer itself: not found.
    const { roleId: draftRole } = await project(org.id, { status: "DRAFT" });
    expect(await getFindContext(db(), coordinator, { roleId: draftRole })).toBeNull();
    expect(await db().volunteerInvitation.count()).toBe(0);
  });
});

describe("inviting", () => {
  it("notifies the volunteer, and a month holds at most 2 invitations even from 5 organizers at once", async () => {
    const target = await candidate({ travel: "ANYWHERE" });
    const inviters = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const org = await createOrganizer(db(), { verified: true, ownerPasswordHash: NO_PASSWORD });
        const member = await createUser(db(), { passwordHash: NO_PASSWORD });
        await addMember(db(), org.id, member.id);
        const { roleId } = await project(org.id);
        return { viewer: await viewerOf(member.id), roleId };
      }),
    );
    const results = await Promise.allSettled(inviters.map((i) => invite(i.viewer, i.roleId, target)));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(2);
    expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual(
      Array(3).fill("volunteerSearch.errors.MONTHLY_CAP"),
    );
    expect(await db().volunteerInvitation.count({ where: { volunteerId: target } })).toBe(2);
    expect(await db().notification.count({ where: { userId: target, type: "VOLUNTEER_INVITATION" } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "volunteer_invitation.create" } })).toBe(2);
    // The organizers see the cap on the list instead of an invite button.
    const last = inviters[4]!;
    const { roleId: another } = await project((await context(last.viewer, last.roleId)).project.organizer.id);
    const listed = await findVolunteers(db(), await context(last.viewer, another), all);
    expect(listed.items.find((v) => v.id === target)?.capReached).toBe(true);
    // Through the action, the refusal arrives as the translated message, not an error page.
    await actAs(last.viewer.id);
    const viaAction = await inviteVolunteerAction({ roleId: another, volunteerId: target });
    expect(viaAction?.serverError?.message).toBe("volunteerSearch.errors.MONTHLY_CAP");
  });

  it("counts the month in Kazakhstan time: last month's invitations do not count", async () => {
    const { org, coordinator } = await organizer();
    const target = await candidate();
    const roles = await Promise.all([1, 2, 3].map(() => project(org.id)));
    // Two invitations made on the last day of the previous month (Kazakhstan time).
    const { kzMonthStart } = await import("../../src/modules/volunteer-search/queries");
    const lastMonth = new Date(kzMonthStart().getTime() - 60_000);
    for (const r of roles.slice(0, 2)) {
      await db().volunteerInvitation.create({
        data: {
          volunteerId: target,
          projectId: r.projectId,
          roleId: r.roleId,
          organizerId: org.id,
          createdAt: lastMonth,
        },
      });
    }
    await expect(invite(coordinator, roles[2]!.roleId, target)).resolves.toHaveProperty("invitationId");
    // The database holds the cap by itself too: a second row this month passes, a third does not.
    const direct = async () => {
      const r = await project(org.id);
      return db().volunteerInvitation.create({
        data: { volunteerId: target, projectId: r.projectId, roleId: r.roleId, organizerId: org.id },
      });
    };
    await direct();
    await expect(direct()).rejects.toThrow(/asar:INVITATION_MONTHLY_CAP/);
  });

  it("refuses an unknown role, a second invitation to the same role and a hostile message", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id);
    const target = await candidate();
    await actAs(coordinator.id);
    expect((await inviteVolunteerAction({ roleId: "nope", volunteerId: target }))?.serverError?.message).toBe(
      "errors.NOT_FOUND",
    );
    const long = await inviteVolunteerAction({ roleId, volunteerId: target, message: "x".repeat(501) });
    expect(long?.validationErrors).toBeTruthy();
    expect((await inviteVolunteerAction({ roleId, volunteerId: target, message: "Ждём вас!" }))?.data).toBeTruthy();
    // Invited: no longer listed, and the database refuses a second row for the role.
    expect((await inviteVolunteerAction({ roleId, volunteerId: target }))?.serverError?.message).toBe(
      "errors.NOT_FOUND",
    );
    expect(await db().volunteerInvitation.count()).toBe(1);
  });
});

describe("answering an invitation", () => {
  it("the volunteer declines one and applies from another; applying accepts the invitation", async () => {
    const { org, coordinator } = await organizer();
    const first = await project(org.id, { title: "Су тасқыны: қойма" });
    const second = await project(org.id, { title: "Су тасқыны: асхана" });
    const target = await candidate();
    const other = await volunteer({ name: "Someone Else" });
    const a = await invite(coordinator, first.roleId, target);
    const b = await invite(coordinator, second.roleId, target);
    const me = await viewerOf(target);
    expect((await listMyVolunteerInvitations(db(), me)).map((i) => i.id).sort()).toEqual(
      [a.invitationId, b.invitationId].sort(),
    );
    // Nobody else sees or answers them.
    expect(await listMyVolunteerInvitations(db(), other)).toEqual([]);
    expect(await errorCode(declineVolunteerInvitation(db(), other, { invitationId: a.invitationId }))).toBe(
      "NOT_FOUND",
    );

    await actAs(target);
    expect((await declineVolunteerInvitationAction({ invitationId: a.invitationId }))?.serverError).toBeUndefined();
    expect((await declineVolunteerInvitationAction({ invitationId: a.invitationId }))?.serverError?.message).toBe(
      "volunteerSearch.errors.NOT_OPEN",
    );
    await apply(db(), me, applyInput(second.roleId));
    const rows = await db().volunteerInvitation.findMany({ select: { id: true, status: true, respondedAt: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [a.invitationId]: "DECLINED",
      [b.invitationId]: "ACCEPTED",
    });
    expect(rows.every((r) => r.respondedAt)).toBe(true);
    expect(await listMyVolunteerInvitations(db(), me)).toEqual([]);
    expect(
      await db().auditLog.findMany({
        where: { entityType: "VolunteerInvitation", action: { not: "volunteer_invitation.create" } },
        select: { action: true, entityId: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([
      { action: "volunteer_invitation.decline", entityId: a.invitationId },
      { action: "volunteer_invitation.accepted", entityId: b.invitationId },
    ]);
  });
});

describe("availability on the profile", () => {
  it("saves the week, the travel range, call-out regions and being findable", async () => {
    const me = await volunteer();
    await actAs(me.id);
    const result = await saveAvailabilityAction({
      weeklyAvailability: ["SAT_MORNING", "SUN_EVENING", "SAT_MORNING"],
      travelRange: "ANYWHERE",
      callOutRegions: ["ASTANA", "AKMOLA"],
      findable: true,
    });
    expect(result?.data).toEqual({ findable: true });
    expect(
      await db().volunteerProfile.findUniqueOrThrow({
        where: { userId: me.id },
        select: { weeklyAvailability: true, travelRange: true, callOutRegions: true, findable: true },
      }),
    ).toEqual({
      weeklyAvailability: ["SAT_MORNING", "SUN_EVENING"],
      travelRange: "ANYWHERE",
      callOutRegions: ["ASTANA", "AKMOLA"],
      findable: true,
    });
    expect(await db().auditLog.count({ where: { actorId: me.id, action: "volunteer.availability_updated" } })).toBe(1);
  });

  it("a minor may opt in to call-outs but is never stored as findable", async () => {
    const minor = await volunteer({ age: 16, guardian: true });
    await actAs(minor.id);
    const result = await saveAvailabilityAction({
      weeklyAvailability: [],
      travelRange: "SETTLEMENT",
      callOutRegions: ["ASTANA"],
      findable: true,
    });
    expect(result?.data).toEqual({ findable: false });
    expect(
      await db().volunteerProfile.findUniqueOrThrow({
        where: { userId: minor.id },
        select: { callOutRegions: true, findable: true },
      }),
    ).toEqual({ callOutRegions: ["ASTANA"], findable: false });
  });

  it("refuses hostile values and changes nothing", async () => {
    const me = await volunteer();
    await actAs(me.id);
    const before = await db().volunteerProfile.findUniqueOrThrow({ where: { userId: me.id } });
    const hostile: unknown[] = [
      { weeklyAvailability: ["SAT_NIGHT"], travelRange: "REGION", callOutRegions: [], findable: false },
      { weeklyAvailability: [], travelRange: "MOON", callOutRegions: [], findable: false },
      { weeklyAvailability: [], travelRange: "REGION", callOutRegions: Array(500).fill("ASTANA"), findable: false },
      { weeklyAvailability: [], travelRange: "REGION", callOutRegions: ["ATLANTIS"], findable: false },
      { weeklyAvailability: [], travelRange: "REGION", callOutRegions: [], findable: "yes" },
      { weeklyAvailability: "MON_MORNING", travelRange: "REGION", callOutRegions: [], findable: false },
    ];
    for (const input of hostile) {
      const result = await saveAvailabilityAction(input as never);
      expect(result?.validationErrors, JSON.stringify(input).slice(0, 80)).toBeTruthy();
    }
    expect(await db().volunteerProfile.findUniqueOrThrow({ where: { userId: me.id } })).toEqual(before);
    // Signed out: nothing.
    await actAs(null);
    const anonymous = await saveAvailabilityAction({
      weeklyAvailability: [],
      travelRange: "REGION",
      callOutRegions: [],
      findable: true,
    });
    expect(anonymous?.serverError?.message).toBe("errors.UNAUTHENTICATED");
  });
});
