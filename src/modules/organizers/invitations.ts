import "server-only";
import type { z } from "zod";
import type { Prisma, RegionCode } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import { queueAccountEmail } from "@/modules/accounts/account-email";
import type { Viewer } from "@/modules/accounts/viewer";
import type { inviteCoordinatorSchema, respondInvitationSchema, revokeInvitationSchema } from "./schema";
import { assertOwnedOrganizer } from "./members";
import { ownedOrganizerWhere } from "./scope";

// Joining a team takes the person's consent: the owner invites an address, and whoever holds
// that address (signed in, with it confirmed) accepts or declines. Only then are they a member,
// so nobody can be made a coordinator — and then the owner — of an organizer they never chose.
// The owner's answer is the same whether or not the address has an account.

export const INVITATION_TTL_MS = 14 * 24 * 3600_000;

const open = (now: Date) => ({ status: "PENDING" as const, expiresAt: { gt: now } });

/** Holds the organizer's row, as the team changes in members.ts do, so joins happen one at a time. */
async function lockOrganizer(tx: Prisma.TransactionClient, organizerId: string) {
  const rows = await tx.$queryRaw<{ name: string; regionCode: RegionCode }[]>`
    SELECT name, "regionCode" FROM "Organizer" WHERE id = ${organizerId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return rows[0]!;
}

/**
 * Invites an address to the team (owner or admin). An account with that address is told in the
 * app and by email; an address without one gets an email asking to sign up with it. Inviting the
 * same address again renews the invitation. A current member is refused (the owner sees the
 * team's emails anyway, so this tells nothing new).
 */
export async function inviteCoordinator(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof inviteCoordinatorSchema>,
): Promise<void> {
  await assertOwnedOrganizer(db, viewer, input.organizerId);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const organizer = await lockOrganizer(tx, input.organizerId);
    const member = await tx.organizerMember.findFirst({
      where: { organizerId: input.organizerId, user: { email: input.email, deletedAt: null } },
      select: { role: true },
    });
    if (member) throw new AppError("ALREADY_MEMBER", "email");
    const invitation = await tx.organizerInvitation.upsert({
      where: { organizerId_email: { organizerId: input.organizerId, email: input.email } },
      create: {
        organizerId: input.organizerId,
        email: input.email,
        invitedById: viewer.id,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      update: {
        status: "PENDING",
        invitedById: viewer.id,
        respondedAt: null,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      select: { id: true },
    });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, deletedAt: true } });
    if (user && !user.deletedAt) {
      await notify(tx, {
        userId: user.id,
        type: "ORGANIZER_INVITATION",
        data: { organizerId: input.organizerId, invitationId: invitation.id },
      });
    } else {
      await queueAccountEmail(tx, {
        kind: "ORGANIZER_INVITATION",
        to: input.email,
        locale: viewer.locale,
        data: { organizerName: organizer.name, inviterName: viewer.name },
      });
    }
    await audit(tx, {
      actorId: viewer.id,
      action: "organizer.invite",
      entityType: "Organizer",
      entityId: input.organizerId,
      data: { invitationId: invitation.id },
    });
  });
}

/** The team's open invitations, for the owner and admins; none for anyone else. */
export async function listTeamInvitations(db: Db, viewer: Viewer, organizerId: string) {
  return db.organizerInvitation.findMany({
    where: { organizerId, organizer: ownedOrganizerWhere(viewer), ...open(new Date()) },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, email: true, expiresAt: true },
  });
}

/** The owner withdraws an invitation that has not been answered yet. */
export async function revokeInvitation(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof revokeInvitationSchema>,
): Promise<void> {
  await assertOwnedOrganizer(db, viewer, input.organizerId);
  await db.$transaction(async (tx) => {
    await lockOrganizer(tx, input.organizerId);
    const { count } = await tx.organizerInvitation.updateMany({
      where: { id: input.invitationId, organizerId: input.organizerId, status: "PENDING" },
      data: { status: "REVOKED", respondedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit(tx, {
      actorId: viewer.id,
      action: "organizer.invitation_revoke",
      entityType: "Organizer",
      entityId: input.organizerId,
      data: { invitationId: input.invitationId },
    });
  });
}

/** Open invitations addressed to the viewer's email, with the organizer's public name. */
export async function listMyInvitations(db: Db, viewer: Viewer) {
  return db.organizerInvitation.findMany({
    where: { email: viewer.email, ...open(new Date()) },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      organizer: { select: { id: true, name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
}

/**
 * The invitee accepts (and becomes a coordinator) or declines. Scoped to the viewer's address in
 * the where clause: someone else's invitation is not found. Accepting needs the address
 * confirmed, as read under the account's lock, not from the session.
 */
export async function respondToInvitation(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof respondInvitationSchema>,
): Promise<{ slug: string }> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const invitation = await tx.organizerInvitation.findFirst({
      where: { id: input.invitationId, email: viewer.email },
      select: { id: true, organizerId: true, status: true, expiresAt: true, organizer: { select: { slug: true } } },
    });
    if (!invitation) throw new AppError("NOT_FOUND");
    const { regionCode } = await lockOrganizer(tx, invitation.organizerId);
    // Read again under the organizer's lock: a revoke or a second answer may have just happened.
    const current = await tx.organizerInvitation.findUniqueOrThrow({
      where: { id: invitation.id },
      select: { status: true, expiresAt: true },
    });
    if (current.status !== "PENDING" || current.expiresAt <= now) throw new AppError("invitations.errors.NOT_OPEN");

    if (input.accept) {
      const users = await tx.$queryRaw<{ email: string; emailConfirmedAt: Date | null; deletedAt: Date | null }[]>`
        SELECT email, "emailConfirmedAt", "deletedAt" FROM "User" WHERE id = ${viewer.id} FOR SHARE`;
      const me = users[0];
      if (!me || me.deletedAt || me.email !== viewer.email) throw new AppError("UNAUTHENTICATED");
      if (!me.emailConfirmedAt) throw new AppError("invitations.errors.CONFIRM_EMAIL_FIRST");
      const existing = await tx.organizerMember.findUnique({
        where: { organizerId_userId: { organizerId: invitation.organizerId, userId: viewer.id } },
        select: { role: true },
      });
      if (!existing)
        await tx.organizerMember.create({
          data: { organizerId: invitation.organizerId, userId: viewer.id, role: "COORDINATOR" },
        });
    }
    await tx.organizerInvitation.update({
      where: { id: invitation.id },
      data: { status: input.accept ? "ACCEPTED" : "DECLINED", respondedAt: now },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: input.accept ? "organizer.invitation_accept" : "organizer.invitation_decline",
      entityType: "Organizer",
      entityId: invitation.organizerId,
      regionCode,
      data: { invitationId: invitation.id, userId: viewer.id },
    });
    return { slug: invitation.organizer.slug };
  });
}
