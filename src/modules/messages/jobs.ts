import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { logger } from "@/server/logger";
import { notify } from "@/modules/notifications/notify";
import { UNREAD_EMAIL_AFTER_MS, UNREAD_EMAIL_EVERY_MS } from "./policy";

// The unread-messages email (registered by src/jobs.ts), every five minutes: each participant
// with a message of the other side unread for 15 minutes or more gets one MESSAGES_UNREAD
// notification (emailed unless they switched email off) listing those conversations — one per
// person per run, never more than one an hour per conversation (ConversationRead.lastEmailedAt),
// and never twice about the same messages. The rows are claimed by one UPDATE ... FOR UPDATE SKIP
// LOCKED in the same transaction as the notifications: two instances running the job at once
// tell everyone once.

export const UNREAD_QUEUE = "messages-unread-email";
/** Conversations claimed per run; the rest wait five minutes. */
const BATCH = 2000;
/** Conversations listed in one notification (the count says how many there are). */
const LISTED = 10;

type Claimed = { conversationId: string; userId: string; projectId: string; projectTitle: string; unread: number };

/** Claims what is due and notifies each person once; returns how many people were told. */
export async function sendUnreadMessageEmails(db: Db, now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() - UNREAD_EMAIL_AFTER_MS);
  const emailedBefore = new Date(now.getTime() - UNREAD_EMAIL_EVERY_MS);
  // Older than a week: told about already, or read by then.
  const activeSince = new Date(now.getTime() - 7 * 86_400_000);
  return db.$transaction(async (tx) => {
    const claimed = (await tx.$queryRawUnsafe(
      `WITH due AS (
         SELECT r."conversationId", r."userId"
         FROM "ConversationRead" r
         JOIN "Conversation" c ON c.id = r."conversationId"
         JOIN "Application" a ON a.id = c."applicationId"
         JOIN "Project" p ON p.id = a."projectId"
         JOIN "User" u ON u.id = r."userId" AND u."deletedAt" IS NULL
         WHERE c."lastMessageAt" > $3
           AND c."lastMessageAt" > COALESCE(r."lastReadAt", '-infinity'::timestamp)
           AND (r."lastEmailedAt" IS NULL OR r."lastEmailedAt" <= $2)
           AND (a."volunteerId" = r."userId" OR EXISTS (
             SELECT 1 FROM "OrganizerMember" om WHERE om."organizerId" = p."organizerId" AND om."userId" = r."userId"))
           AND EXISTS (
             SELECT 1 FROM "Message" m
             WHERE m."conversationId" = c.id AND m."hiddenAt" IS NULL
               AND m."fromOrganizer" = (a."volunteerId" = r."userId")
               AND m."createdAt" > COALESCE(r."lastReadAt", '-infinity'::timestamp)
               AND m."createdAt" > COALESCE(r."lastEmailedAt", '-infinity'::timestamp)
               AND m."createdAt" <= $1)
         ORDER BY r."userId", r."conversationId"
         LIMIT ${BATCH}
         FOR UPDATE OF r SKIP LOCKED
       ), claimed AS (
         UPDATE "ConversationRead" r SET "lastEmailedAt" = $4
         FROM due WHERE r."conversationId" = due."conversationId" AND r."userId" = due."userId"
         RETURNING r."conversationId", r."userId", r."lastReadAt"
       )
       SELECT cl."conversationId", cl."userId", p.id AS "projectId", p.title AS "projectTitle",
              (SELECT count(*)::int FROM "Message" m
               WHERE m."conversationId" = cl."conversationId" AND m."hiddenAt" IS NULL
                 AND m."fromOrganizer" = (a."volunteerId" = cl."userId")
                 AND m."createdAt" > COALESCE(cl."lastReadAt", '-infinity'::timestamp)) AS unread
       FROM claimed cl
       JOIN "Conversation" c ON c.id = cl."conversationId"
       JOIN "Application" a ON a.id = c."applicationId"
       JOIN "Project" p ON p.id = a."projectId"
       ORDER BY cl."userId", c."lastMessageAt" DESC`,
      dueBefore,
      emailedBefore,
      activeSince,
      now,
    )) as Claimed[];
    if (claimed.length === 0) return 0;
    const byUser = new Map<string, Claimed[]>();
    for (const row of claimed) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
    await notify(
      tx,
      [...byUser].map(([userId, rows]) => ({
        userId,
        type: "MESSAGES_UNREAD" as const,
        data: {
          count: rows.length,
          conversations: rows.slice(0, LISTED).map((r) => ({
            conversationId: r.conversationId,
            projectId: r.projectId,
            projectTitle: r.projectTitle,
            unread: r.unread,
          })),
        },
      })),
    );
    logger.info({ people: byUser.size, conversations: claimed.length }, "[messages] unread emails queued");
    return byUser.size;
  });
}

export async function registerMessageJobs(boss: PgBoss, db: Db): Promise<void> {
  const queue = { name: UNREAD_QUEUE, policy: "stately" as const, retryLimit: 2, retryDelay: 60, expireInSeconds: 600 };
  await boss.createQueue(UNREAD_QUEUE, queue);
  await boss.updateQueue(UNREAD_QUEUE, queue);
  await boss.work(UNREAD_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    await sendUnreadMessageEmails(db);
  });
  await boss.schedule(UNREAD_QUEUE, "*/5 * * * *", {}, { tz: "Asia/Almaty" });
}
