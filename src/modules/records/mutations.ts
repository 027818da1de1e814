import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "@/modules/accounts/viewer";
import { withdraw } from "@/modules/applications/mutations";
import { ACTIVE_STATUSES } from "@/modules/applications/policy";
import { memberOfWhere } from "@/modules/organizers/scope";
import { anonymiseTestimonials } from "@/modules/testimonials/personal-data";
import { anonymiseMessagesOf } from "@/modules/messages/mutations";
import type { deleteAccountSchema } from "./schema";

/** Stored instead of the password hash: not an argon2 string, so no password can ever match it. */
export const DELETED_PASSWORD_HASH = "!deleted";
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Organizers the viewer owns with no other (living) owner: deleting the account would leave them
 * without one. Today an organizer has exactly one owner (a partial unique index), so every owner
 * is refused until the platform hands the organizer over; the query already allows for co-owners.
 */
async function solelyOwned(db: Db | Prisma.TransactionClient, userId: string) {
  return db.organizer.findMany({
    where: {
      ...memberOfWhere(userId, "OWNER"),
      NOT: { members: { some: { role: "OWNER", userId: { not: userId }, user: { deletedAt: null } } } },
    },
    select: { id: true },
  });
}

/**
 * Deletes the viewer's account (the law's right to erasure) while the statistics keep their
 * counts. Before the transaction, applications to projects that have not ended are withdrawn
 * through the applications capability, so their places go to the next in line as usual. Then,
 * in one transaction:
 * - the User row stays (applications and hours point to it) with its personal fields replaced,
 *   an unusable password, `deletedAt` set and `sessionVersion` bumped, which ends every session;
 * - the volunteer profile keeps only gender, region and the birth year (as 1 January), which
 *   the statistics' age groups need;
 * - motivations, notes and comments on applications and hours are cleared, the rows stay;
 * - messages they wrote stay in the others' conversations without their text or author
 *   (src/modules/messages, anonymiseMessagesOf);
 * - notifications, declared certificates, memberships, staff posts and sign-in attempts go;
 * - issued documents are revoked and their payload emptied: /verify says "revoked";
 * - the person's name is taken out of organizers' "new application" notifications;
 * - their testimonials keep the rating but lose the text and the author (anonymiseTestimonials);
 * - the audit log gets one entry with counts only, and entries about the account lose their data.
 */
export async function deleteAccount(db: Db, viewer: Viewer, input: z.output<typeof deleteAccountSchema>) {
  if (input.email !== viewer.email.toLowerCase()) throw new AppError("records.errors.EMAIL_MISMATCH", "email");
  if ((await solelyOwned(db, viewer.id)).length > 0) throw new AppError("records.errors.SOLE_OWNER");

  const upcoming = await db.application.findMany({
    where: { volunteerId: viewer.id, status: { in: [...ACTIVE_STATUSES] }, project: { endsAt: { gt: new Date() } } },
    select: { id: true },
  });
  for (const a of upcoming) {
    try {
      await withdraw(db, viewer, a.id);
    } catch (e) {
      // Decided or withdrawn in the meantime: nothing left to free.
      if (!(e instanceof AppError)) throw e;
    }
  }

  return db.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({
        where: { id: viewer.id },
        select: { email: true, name: true, deletedAt: true },
      });
      if (!user || user.deletedAt) throw new AppError("UNAUTHENTICATED");
      const now = new Date();

      await tx.user.update({
        where: { id: viewer.id },
        data: {
          email: deletedEmail(viewer.id),
          name: "",
          passwordHash: DELETED_PASSWORD_HASH,
          isAdmin: false,
          sessionVersion: { increment: 1 },
          deletedAt: now,
        },
      });
      // Checked again once this account's row is held: a hand-over of an organizer to this person
      // holds the same row, so it either finishes first and is seen here, or waits and is refused.
      if ((await solelyOwned(tx, viewer.id)).length > 0) throw new AppError("records.errors.SOLE_OWNER");

      const profile = await tx.volunteerProfile.findUnique({
        where: { userId: viewer.id },
        select: { birthDate: true, regionCode: true },
      });
      if (profile) {
        await tx.volunteerProfile.update({
          where: { userId: viewer.id },
          data: {
            birthDate: new Date(Date.UTC(profile.birthDate.getUTCFullYear(), 0, 1)),
            settlement: null,
            phone: null,
            languages: [],
            skills: [],
            interests: [],
            compositions: [],
            employment: null,
            availability: [],
            weeklyAvailability: [],
            travelRange: "SETTLEMENT",
            callOutRegions: [],
            findable: false,
            about: null,
            guardianName: null,
            guardianContact: null,
            guardianConsentAt: null,
            guardianRecordedById: null,
          },
        });
      }

      const projectIds = (
        await tx.application.findMany({
          where: { volunteerId: viewer.id },
          select: { projectId: true },
          distinct: ["projectId"],
        })
      ).map((a) => a.projectId);
      const applications = await tx.application.updateMany({
        where: { volunteerId: viewer.id },
        data: { motivation: "" },
      });
      await tx.applicationEvent.updateMany({
        where: { application: { volunteerId: viewer.id } },
        data: { note: null },
      });
      const hours = await tx.hoursEntry.updateMany({
        where: { volunteerId: viewer.id },
        data: { note: null, disputeComment: null },
      });

      const messages = await anonymiseMessagesOf(tx, viewer.id);
      await tx.notification.deleteMany({ where: { userId: viewer.id } });
      await tx.pushSubscription.deleteMany({ where: { userId: viewer.id } });
      await tx.notificationOptOut.deleteMany({ where: { userId: viewer.id } });
      await tx.volunteerCertificate.deleteMany({ where: { userId: viewer.id } });
      await tx.organizerMember.deleteMany({ where: { userId: viewer.id } });
      await tx.staffAssignment.deleteMany({ where: { userId: viewer.id } });
      await tx.loginAttempt.deleteMany({ where: { email: user.email } });

      const documents = await tx.issuedDocument.updateMany({
        where: { volunteerId: viewer.id, revokedAt: null },
        data: { revokedAt: now },
      });
      await tx.issuedDocument.updateMany({ where: { volunteerId: viewer.id }, data: { payload: {} } });

      if (projectIds.length > 0 && user.name) {
        await tx.$executeRaw`
          UPDATE "Notification" SET data = data - 'volunteerName'
          WHERE type = 'APPLICATION_RECEIVED' AND data->>'projectId' = ANY(${projectIds}) AND data->>'volunteerName' = ${user.name}`;
      }
      await anonymiseTestimonials(tx, viewer.id);
      await tx.auditLog.updateMany({
        where: { entityType: "User", entityId: viewer.id, data: { not: Prisma.DbNull } },
        data: { data: Prisma.DbNull },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: "user.delete",
        entityType: "User",
        entityId: viewer.id,
        regionCode: profile?.regionCode ?? null,
        data: {
          applications: applications.count,
          hoursEntries: hours.count,
          documentsRevoked: documents.count,
          withdrawn: upcoming.length,
          messagesAnonymised: messages.messages,
        },
      });
      return { deleted: true as const };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
