import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { APP_URL, linkToken, sendAccountEmails, smtpForFile } from "./account-mail";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import {
  inviteCoordinator,
  listMyInvitations,
  listTeamInvitations,
  respondToInvitation,
  revokeInvitation,
} from "../../src/modules/organizers/invitations";
import { listMembers, transferOwnership } from "../../src/modules/organizers/members";
import { inviteCoordinatorAction } from "../../src/modules/organizers/actions";
import { registerVolunteer } from "../../src/modules/accounts/mutations";
import { confirmEmail } from "../../src/modules/accounts/email-confirmation";
import { volunteerSignUpSchema } from "../../src/modules/accounts/schema";
import { deleteAccount } from "../../src/modules/records/mutations";
import { deleteAccountSchema } from "../../src/modules/records/schema";
import { NO_PASSWORD } from "./applications-fixtures";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const smtp = smtpForFile();

async function organizer() {
  const org = await createOrganizer(db(), {
    name: "Мейірім Павлодар",
    regionCode: "PAVLODAR",
    verified: true,
    ownerName: "Бауыржан Сейітов",
    ownerPasswordHash: NO_PASSWORD,
  });
  await db().user.update({ where: { id: org.ownerId }, data: { locale: "ru" } });
  return { org, owner: await viewerOf(org.ownerId) };
}

const invite = async (organizerId: string, ownerId: string, email: string) => {
  await actAs(ownerId);
  return inviteCoordinatorAction({ organizerId, email });
};

const memberIds = async (organizerId: string) =>
  (
    await db().organizerMember.findMany({
      where: { organizerId },
      select: { userId: true },
      orderBy: { userId: "asc" },
    })
  ).map((m) => m.userId);

describe("inviting a coordinator", () => {
  it("an invited person is not a member and cannot be handed the organizer until they accept in the app", async () => {
    const { org, owner } = await organizer();
    const zhanar = await createUser(db(), {
      email: "zhanar@example.kz",
      name: "Жанар Омарова",
      passwordHash: NO_PASSWORD,
    });

    expect(await invite(org.id, owner.id, "Zhanar@Example.kz")).toEqual({});
    // Before today's change, the owner's form made her a coordinator at once; now nothing yet.
    expect(await memberIds(org.id)).toEqual([owner.id]);
    // ...so the owner cannot hand the organizer to her, and then leave her with it.
    expect(await errorCode(transferOwnership(db(), owner, { organizerId: org.id, userId: zhanar.id }))).toBe(
      "members.errors.NOT_COORDINATOR",
    );
    expect(await listTeamInvitations(db(), owner, org.id)).toMatchObject([{ email: "zhanar@example.kz" }]);

    // She is told in the app (and by email through the outbox), with a link to her invitations.
    expect(
      await db().notification.findMany({ where: { userId: zhanar.id }, select: { type: true, emailStatus: true } }),
    ).toEqual([{ type: "ORGANIZER_INVITATION", emailStatus: "PENDING" }]);
    const me = await viewerOf(zhanar.id);
    const [mine] = await listMyInvitations(db(), me);
    expect(mine).toMatchObject({ organizer: { name: "Мейірім Павлодар" }, invitedBy: { name: "Бауыржан Сейітов" } });

    expect(await respondToInvitation(db(), me, { invitationId: mine!.id, accept: true })).toEqual({
      slug: expect.any(String),
    });
    expect(await memberIds(org.id)).toEqual([owner.id, zhanar.id].sort());
    expect(
      await listMembers(
        db(),
        await viewerOf(zhanar.id),
        (await db().organizer.findUniqueOrThrow({ where: { id: org.id } })).slug,
      ),
    ).toMatchObject({ viewerRole: "COORDINATOR" });
    // Answered: gone from both lists, and it cannot be answered twice.
    expect(await listMyInvitations(db(), me)).toEqual([]);
    expect(await listTeamInvitations(db(), owner, org.id)).toEqual([]);
    expect(await errorCode(respondToInvitation(db(), me, { invitationId: mine!.id, accept: false }))).toBe(
      "invitations.errors.NOT_OPEN",
    );

    // Now that she chose to join, a hand-over to her works.
    await transferOwnership(db(), owner, { organizerId: org.id, userId: zhanar.id });
  });

  it("declining leaves the person free: not a member, and their account can be deleted", async () => {
    const { org, owner } = await organizer();
    const victim = await createUser(db(), { email: "victim@example.kz", passwordHash: NO_PASSWORD });
    await invite(org.id, owner.id, victim.email);
    const me = await viewerOf(victim.id);
    const [inv] = await listMyInvitations(db(), me);
    await respondToInvitation(db(), me, { invitationId: inv!.id, accept: false });
    expect(await memberIds(org.id)).toEqual([owner.id]);
    expect(await errorCode(transferOwnership(db(), owner, { organizerId: org.id, userId: victim.id }))).toBe(
      "members.errors.NOT_COORDINATOR",
    );
    await deleteAccount(db(), await viewerOf(victim.id), deleteAccountSchema.parse({ email: victim.email }));
  });

  it("answers the owner the same whether or not the address has an account; a newcomer gets an email to sign up", async () => {
    const { org, owner } = await organizer();
    await createUser(db(), { email: "registered@example.kz", passwordHash: NO_PASSWORD });
    const registered = await invite(org.id, owner.id, "registered@example.kz");
    const newcomer = await invite(org.id, owner.id, "newcomer@example.kz");
    expect(newcomer).toEqual(registered);
    expect((await listTeamInvitations(db(), owner, org.id))?.map((i) => i.email)).toEqual([
      "registered@example.kz",
      "newcomer@example.kz",
    ]);

    const [mail] = await sendAccountEmails(smtp());
    expect(mail?.to).toEqual(["newcomer@example.kz"]);
    expect(mail?.subject).toBe("Приглашение в команду «Мейірім Павлодар» на Asar");
    expect(mail?.text).toContain("Бауыржан Сейітов приглашает вас в команду «Мейірім Павлодар» на Asar координатором.");
    expect(mail?.text).toContain(`${APP_URL}/ru/invitations`);
  });

  it("a newcomer signs up with the invited address and accepts only after confirming it", async () => {
    const { org, owner } = await organizer();
    await invite(org.id, owner.id, "newcomer@example.kz");
    await sendAccountEmails(smtp());
    const { userId } = await registerVolunteer(
      db(),
      volunteerSignUpSchema.parse({
        name: "Ерлан Жаңа",
        email: "newcomer@example.kz",
        password: "steppe-wind-2026",
        birthDate: "1999-01-02",
        regionCode: "PAVLODAR",
        locale: "ru",
      }),
    );
    const [inv] = await listMyInvitations(db(), await viewerOf(userId));
    expect(
      await errorCode(respondToInvitation(db(), await viewerOf(userId), { invitationId: inv!.id, accept: true })),
    ).toBe("invitations.errors.CONFIRM_EMAIL_FIRST");
    expect(await memberIds(org.id)).toEqual([owner.id]);

    const token = linkToken((await sendAccountEmails(smtp()))[0], "confirm-email");
    expect(await confirmEmail(db(), { token })).toEqual({ invitations: 1 });
    await respondToInvitation(db(), await viewerOf(userId), { invitationId: inv!.id, accept: true });
    expect(await memberIds(org.id)).toEqual([owner.id, userId].sort());
  });

  it("only the addressee answers; a withdrawn or expired invitation cannot be accepted; only the owner invites", async () => {
    const { org, owner } = await organizer();
    const invitee = await createUser(db(), { email: "invitee@example.kz", passwordHash: NO_PASSWORD });
    const stranger = await createUser(db(), { passwordHash: NO_PASSWORD });
    await invite(org.id, owner.id, invitee.email);
    const [inv] = await listMyInvitations(db(), await viewerOf(invitee.id));
    expect(
      await errorCode(respondToInvitation(db(), await viewerOf(stranger.id), { invitationId: inv!.id, accept: true })),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(
        inviteCoordinator(db(), await viewerOf(stranger.id), { organizerId: org.id, email: stranger.email }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(
        revokeInvitation(db(), await viewerOf(stranger.id), { organizerId: org.id, invitationId: inv!.id }),
      ),
    ).toBe("NOT_FOUND");

    await revokeInvitation(db(), owner, { organizerId: org.id, invitationId: inv!.id });
    expect(
      await errorCode(respondToInvitation(db(), await viewerOf(invitee.id), { invitationId: inv!.id, accept: true })),
    ).toBe("invitations.errors.NOT_OPEN");

    // Invited again, then the fortnight passes.
    await invite(org.id, owner.id, invitee.email);
    await db().organizerInvitation.update({ where: { id: inv!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await listMyInvitations(db(), await viewerOf(invitee.id))).toEqual([]);
    expect(
      await errorCode(respondToInvitation(db(), await viewerOf(invitee.id), { invitationId: inv!.id, accept: true })),
    ).toBe("invitations.errors.NOT_OPEN");
    expect(await memberIds(org.id)).toEqual([owner.id]);
  });

  it("refuses to invite a current member, next to the field", async () => {
    const { org, owner } = await organizer();
    expect(
      await invite(org.id, owner.id, (await db().user.findUniqueOrThrow({ where: { id: owner.id } })).email),
    ).toEqual({ serverError: { message: "errors.ALREADY_MEMBER", field: "email" } });
  });
});
