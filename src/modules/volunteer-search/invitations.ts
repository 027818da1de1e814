import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { audit } from "@/server/audit";
import { takeAllowance } from "@/server/rate-limit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import type { declineVolunteerInvitationSchema, inviteVolunteerSchema } from "./schema";
import { DAILY_ORGANIZER_INVITATIONS, findVolunteers, getFindContext } from "./queries";

// Inviting a volunteer (docs/decisions/0031-finding-and-inviting-volunteers.md). The organizer's
// member may invite only someone the find page would list for the role (the same SQL, narrowed
// to that person), so a minor, someone not findable or out of reach cannot be invited by posting
// an id. The monthly cap (2 per volunteer across all organizers) and the adult-and-findable rule
// are held again by the database's trigger, under a lock on the volunteer's profile.

const DB_REFUSALS: [string, string][] = [
  ["asar:INVITATION_MONTHLY_CAP", "volunteerSearch.errors.MONTHLY_CAP"],
  ["asar:INVITATION_NOT_ALLOWED", "NOT_FOUND"],
  ["asar:INVITATION_MISMATCH", "NOT_FOUND"],
];

function dbRefusal(e: unknown): string | null {
  const message = e instanceof Error ? e.message : "";
  return DB_REFUSALS.find(([marker]) => message.includes(marker))?.[1] ?? null;
}

export async function inviteVolunteer(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof inviteVolunteerSchema>,
): Promise<{ invitationId: string }> {
  const ctx = await getFindContext(db, viewer, { roleId: input.roleId });
  if (!ctx) throw new AppError("NOT_FOUND");
  const match = await findVolunteers(db, ctx, { available: false, near: false, page: 1 }, input.volunteerId);
  const target = match.items[0];
  if (!target) throw new AppError("NOT_FOUND");
  if (target.capReached) throw new AppError("volunteerSearch.errors.MONTHLY_CAP");
  const organizerId = ctx.project.organizer.id;
  if (!(await takeAllowance(db, "volunteer-invite", organizerId, DAILY_ORGANIZER_INVITATIONS, 86_400)))
    throw new AppError("volunteerSearch.errors.DAILY_LIMIT");
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.volunteerInvitation.create({
        data: {
          volunteerId: input.volunteerId,
          projectId: ctx.project.id,
          roleId: ctx.id,
          organizerId,
          invitedById: viewer.id,
          message: input.message ?? null,
        },
        select: { id: true },
      });
      await notify(tx, {
        userId: input.volunteerId,
        type: "VOLUNTEER_INVITATION",
        data: {
          invitationId: invitation.id,
          organizerId,
          projectId: ctx.project.id,
          projectTitle: ctx.project.title,
          roleTitle: ctx.title,
        },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: "volunteer_invitation.create",
        entityType: "VolunteerInvitation",
        entityId: invitation.id,
        regionCode: ctx.project.regionCode,
        data: { organizerId, projectId: ctx.project.id, roleId: ctx.id, volunteerId: input.volunteerId },
      });
      return { invitationId: invitation.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("volunteerSearch.errors.ALREADY_INVITED");
    const refusal = dbRefusal(e);
    if (refusal) throw new AppError(refusal as "NOT_FOUND");
    throw e;
  }
}

/**
 * The viewer's open invitations to roles, newest first. Invitations whose project is over or no
 * longer open are marked EXPIRED first (only the viewer's own: scoped in the where clause).
 */
export async function listMyVolunteerInvitations(db: Db, viewer: Viewer) {
  const now = new Date();
  await db.volunteerInvitation.updateMany({
    where: {
      volunteerId: viewer.id,
      status: "PENDING",
      project: { OR: [{ endsAt: { lte: now } }, { status: { not: "PUBLISHED" } }] },
    },
    data: { status: "EXPIRED", respondedAt: now },
  });
  return db.volunteerInvitation.findMany({
    where: { volunteerId: viewer.id, status: "PENDING" },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      message: true,
      createdAt: true,
      role: { select: { id: true, title: true } },
      project: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          regionCode: true,
          settlement: true,
          isOnline: true,
        },
      },
      organizer: { select: { name: true, slug: true } },
    },
  });
}

/** The volunteer declines; someone else's invitation, or one already answered, is not found. */
export async function declineVolunteerInvitation(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof declineVolunteerInvitationSchema>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const invitation = await tx.volunteerInvitation.findFirst({
      where: { id: input.invitationId, volunteerId: viewer.id },
      select: { id: true, organizerId: true, project: { select: { regionCode: true } } },
    });
    if (!invitation) throw new AppError("NOT_FOUND");
    const { count } = await tx.volunteerInvitation.updateMany({
      where: { id: invitation.id, volunteerId: viewer.id, status: "PENDING" },
      data: { status: "DECLINED", respondedAt: new Date() },
    });
    if (count === 0) throw new AppError("volunteerSearch.errors.NOT_OPEN");
    await audit(tx, {
      actorId: viewer.id,
      action: "volunteer_invitation.decline",
      entityType: "VolunteerInvitation",
      entityId: invitation.id,
      regionCode: invitation.project.regionCode,
      data: { organizerId: invitation.organizerId },
    });
  });
}
