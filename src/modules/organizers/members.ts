import "server-only";
import type { z } from "zod";
import type { Prisma, RegionCode } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import type { leaveOrganizerSchema, removeMemberSchema, transferOwnershipSchema } from "./schema";
import { leaveRefusal, transferRefusal } from "./policy";
import { managedOrganizerWhere, ownedOrganizerWhere } from "./scope";

/**
 * The organizer's team. The owner and admins see everyone's email and manage the team;
 * a coordinator sees who is on it (names and roles only) and may leave. Null for anyone else.
 */
export async function listMembers(db: Db, viewer: Viewer, slug: string) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true },
  });
  if (!organizer) return null;
  const canManage = (await db.organizer.count({ where: { id: organizer.id, ...ownedOrganizerWhere(viewer) } })) > 0;
  const members = await db.organizerMember.findMany({
    where: { organizerId: organizer.id, user: { deletedAt: null } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return {
    organizer,
    canManage,
    viewerRole: viewer.memberships.find((m) => m.organizerId === organizer.id)?.role ?? null,
    members: members.map((m) => ({ ...m, user: { ...m.user, email: canManage ? m.user.email : null } })),
  };
}

/**
 * Holds the organizer's row for the rest of the transaction, so changes to its team (handing
 * over, leaving, removing) happen one at a time, and returns the owner as of now: the viewer's
 * memberships were read at the start of the request and may be out of date by then.
 */
async function lockTeam(
  tx: Prisma.TransactionClient,
  organizerId: string,
): Promise<{ ownerId: string | null; regionCode: RegionCode }> {
  const rows = await tx.$queryRaw<{ regionCode: RegionCode }[]>`
    SELECT "regionCode" FROM "Organizer" WHERE id = ${organizerId} FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  const owner = await tx.organizerMember.findFirst({ where: { organizerId, role: "OWNER" }, select: { userId: true } });
  return { ownerId: owner?.userId ?? null, regionCode: rows[0]!.regionCode };
}

/**
 * Refuses, as NOT_FOUND, anyone who does not manage the organizer's team (its owner, or an
 * admin). Called before a team change and, for a removal, again under the organizer's lock.
 */
export async function assertOwnedOrganizer(
  db: Db | Prisma.TransactionClient,
  viewer: Viewer,
  organizerId: string,
): Promise<void> {
  const found = await db.organizer.count({ where: { id: organizerId, ...ownedOrganizerWhere(viewer) } });
  if (found === 0) throw new AppError("NOT_FOUND");
}

// People join the team only by accepting an invitation: see invitations.ts.

/** Removes a coordinator; the owner cannot be removed. Owner or admin only. */
export async function removeMember(db: Db, viewer: Viewer, input: z.output<typeof removeMemberSchema>) {
  await assertOwnedOrganizer(db, viewer, input.organizerId);
  await db.$transaction(async (tx) => {
    await lockTeam(tx, input.organizerId);
    // The team as it is now: the owner may have handed it over since the check above.
    await assertOwnedOrganizer(tx, viewer, input.organizerId);
    const { count } = await tx.organizerMember.deleteMany({
      where: { organizerId: input.organizerId, userId: input.userId, role: "COORDINATOR" },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit(tx, {
      actorId: viewer.id,
      action: "organizer.remove_member",
      entityType: "Organizer",
      entityId: input.organizerId,
      data: { userId: input.userId },
    });
  });
}

/**
 * Hands the organizer over to one of its current coordinators: they become the owner and the
 * former owner a coordinator (keeping access; they may then leave, be removed or delete their
 * account). Only the current owner or an admin may do it. Everything is decided again under the
 * organizer's lock, and a refusal changes nothing.
 */
export async function transferOwnership(db: Db, viewer: Viewer, input: z.output<typeof transferOwnershipSchema>) {
  await assertOwnedOrganizer(db, viewer, input.organizerId);
  return db.$transaction(async (tx) => {
    const { ownerId, regionCode } = await lockTeam(tx, input.organizerId);
    // The new owner's account row is held as well: if they are deleting their account at this
    // moment, either the deletion finishes first (and they are refused here as deleted) or it
    // waits for this transaction and then refuses them as the organizer's sole owner.
    const users = await tx.$queryRaw<{ deletedAt: Date | null }[]>`
      SELECT "deletedAt" FROM "User" WHERE id = ${input.userId} FOR SHARE`;
    const member = users.length
      ? await tx.organizerMember.findUnique({
          where: { organizerId_userId: { organizerId: input.organizerId, userId: input.userId } },
          select: { role: true },
        })
      : null;
    const refusal = transferRefusal(viewer, {
      ownerId,
      target: member ? { role: member.role, deleted: users[0]!.deletedAt !== null } : null,
    });
    if (refusal === "NOT_FOUND") throw new AppError(refusal);
    if (refusal) throw new AppError(refusal, "userId");

    // The old owner steps down first: the partial unique index "OrganizerMember_one_owner" is
    // checked row by row, so it must never see two OWNER rows, not even within one transaction.
    if (ownerId) {
      await tx.organizerMember.update({
        where: { organizerId_userId: { organizerId: input.organizerId, userId: ownerId } },
        data: { role: "COORDINATOR" },
      });
    }
    await tx.organizerMember.update({
      where: { organizerId_userId: { organizerId: input.organizerId, userId: input.userId } },
      data: { role: "OWNER" },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "organizer.transfer_ownership",
      entityType: "Organizer",
      entityId: input.organizerId,
      regionCode,
      data: { fromUserId: ownerId, toUserId: input.userId },
    });
    await notify(tx, {
      userId: input.userId,
      type: "ORGANIZER_OWNERSHIP_RECEIVED",
      data: { organizerId: input.organizerId },
    });
    return { ownerId: input.userId };
  });
}

/** A coordinator leaves the organizer's team; the owner must hand it over first. */
export async function leaveOrganizer(db: Db, viewer: Viewer, input: z.output<typeof leaveOrganizerSchema>) {
  await db.$transaction(async (tx) => {
    const { regionCode } = await lockTeam(tx, input.organizerId);
    const member = await tx.organizerMember.findUnique({
      where: { organizerId_userId: { organizerId: input.organizerId, userId: viewer.id } },
      select: { role: true },
    });
    const refusal = leaveRefusal(member?.role ?? null);
    if (refusal) throw new AppError(refusal);
    await tx.organizerMember.delete({
      where: { organizerId_userId: { organizerId: input.organizerId, userId: viewer.id } },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "organizer.leave",
      entityType: "Organizer",
      entityId: input.organizerId,
      regionCode,
      data: { userId: viewer.id },
    });
  });
}
