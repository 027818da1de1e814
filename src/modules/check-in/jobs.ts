import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { WINDOW_MARGIN_MS } from "./code";

// No-shows (registered by src/jobs.ts): every quarter hour, once a slot's or an event's
// check-in window has closed (an hour after its end), a volunteer with an accepted place who
// neither checked in nor was marked present is marked NO_SHOW — on the slot sign-up, and on the
// application once none of its confirmed slots was attended; for roles without slots, on the
// application once the project has ended. Each update only touches rows with no attendance yet,
// so running it twice, on two instances or after a restart changes nothing more. A volunteer with
// hours reported or confirmed on the place is never a no-show. Windows that closed more than a
// week ago are left alone: the job is not a way to rewrite last year.

export const NO_SHOW_QUEUE = "check-in-no-shows";
export const NO_SHOW_LOOKBACK_MS = 7 * 86_400_000;

export type NoShowResult = { signups: number; slotApplications: number; eventApplications: number };

export async function markNoShows(db: Db, now = new Date()): Promise<NoShowResult> {
  const closedBefore = new Date(now.getTime() - WINDOW_MARGIN_MS);
  const since = new Date(closedBefore.getTime() - NO_SHOW_LOOKBACK_MS);
  return db.$transaction(async (tx) => {
    // A slot sign-up without a check-in for that slot. An application marked present by hand
    // with no check-in at all was marked for all its slots: the organizer did not use the QR.
    const signups = await tx.$executeRaw`
      UPDATE "SlotSignup" s SET "attendance" = 'NO_SHOW', "updatedAt" = ${now}
      FROM "Application" a, "Project" p
      WHERE a."id" = s."applicationId" AND p."id" = a."projectId"
        AND s."status" = 'CONFIRMED' AND s."attendance" IS NULL
        AND s."endsAt" < ${closedBefore} AND s."endsAt" >= ${since}
        AND a."status" = 'ACCEPTED' AND p."status" IN ('PUBLISHED', 'COMPLETED')
        AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."applicationId" = a."id" AND c."slotId" = s."slotId")
        AND NOT (a."attendance" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."applicationId" = a."id"))
        AND NOT EXISTS (SELECT 1 FROM "HoursEntry" h WHERE h."applicationId" = a."id" AND h."status" IN ('PENDING', 'CONFIRMED'))`;
    // The application of slots, once every confirmed slot of it was missed.
    const slotApplications = await tx.$executeRaw`
      UPDATE "Application" a SET "attendance" = 'NO_SHOW', "updatedAt" = ${now}
      WHERE a."status" = 'ACCEPTED' AND a."attendance" IS NULL
        AND EXISTS (SELECT 1 FROM "SlotSignup" s WHERE s."applicationId" = a."id" AND s."status" = 'CONFIRMED'
                    AND s."endsAt" >= ${since})
        AND NOT EXISTS (SELECT 1 FROM "SlotSignup" s WHERE s."applicationId" = a."id" AND s."status" = 'CONFIRMED'
                        AND s."attendance" IS DISTINCT FROM 'NO_SHOW')
        AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."applicationId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "HoursEntry" h WHERE h."applicationId" = a."id" AND h."status" IN ('PENDING', 'CONFIRMED'))`;
    // Roles without slots: the event is the project.
    const eventApplications = await tx.$executeRaw`
      UPDATE "Application" a SET "attendance" = 'NO_SHOW', "updatedAt" = ${now}
      FROM "Project" p
      WHERE p."id" = a."projectId" AND p."status" IN ('PUBLISHED', 'COMPLETED')
        AND p."endsAt" < ${closedBefore} AND p."endsAt" >= ${since}
        AND a."status" = 'ACCEPTED' AND a."attendance" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "RoleSlot" r WHERE r."roleId" = a."roleId")
        AND NOT EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."applicationId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "HoursEntry" h WHERE h."applicationId" = a."id" AND h."status" IN ('PENDING', 'CONFIRMED'))`;
    return { signups, slotApplications, eventApplications };
  });
}

export async function registerCheckInJobs(boss: PgBoss, db: Db): Promise<void> {
  const queue = {
    name: NO_SHOW_QUEUE,
    policy: "stately" as const,
    retryLimit: 2,
    retryDelay: 120,
    expireInSeconds: 600,
  };
  await boss.createQueue(NO_SHOW_QUEUE, queue);
  await boss.updateQueue(NO_SHOW_QUEUE, queue);
  await boss.work(NO_SHOW_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    await markNoShows(db);
  });
  await boss.schedule(NO_SHOW_QUEUE, "*/15 * * * *", {}, { tz: "Asia/Almaty" });
}
