import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Mailer } from "@/server/mail";
import { retryThroughOutage } from "@/server/db-outage";
import { countEmail } from "@/server/metrics";
import { organizerIdOf, organizerRefs } from "./queries";
import { rendererFor, renderEmail } from "./render";

/** One first try and five retries (the queue's retryLimit), then FAILED. */
export const EMAIL_MAX_ATTEMPTS = 6;

export type EmailOutcome = "SENT" | "SKIPPED" | "FAILED" | "NOTHING_TO_DO";

/**
 * The job worker's work for one notification: email it in the recipient's language and record
 * the outcome on the row. A failed send is counted on the row and rethrown, so the queue retries
 * it with backoff; the last allowed attempt marks it FAILED instead. Deleted recipients are
 * SKIPPED. Rows that are gone or no longer PENDING are left alone (a duplicate job is harmless).
 *
 * A database restart in the middle neither strands the job nor sends twice: each database step
 * waits for the database and runs again (retryThroughOutage), and a message the mail server
 * accepted is recorded as SENT once the database is back, never sent again by this job. The
 * Message-ID comes from the notification, so a resend after a crash between sending and
 * recording carries the same id and mail systems can drop it as a duplicate.
 */
export async function processNotificationEmail(
  db: Db,
  mailer: Mailer,
  id: string,
  appUrl: string,
  maxAttempts = EMAIL_MAX_ATTEMPTS,
): Promise<EmailOutcome> {
  const outcome = (await processNotificationEmails(db, mailer, [id], appUrl, maxAttempts)).get(id);
  if (outcome instanceof Error) throw outcome;
  return outcome ?? "NOTHING_TO_DO";
}

/**
 * The same for a batch of notifications (the worker's batch of jobs), with the database's work
 * done once for all of them: one query loads the rows, their recipients and organizers; the
 * messages go out at once (the SMTP pool bounds how many connections carry them); one update
 * records the sent ones and one the skipped ones. A failed send is recorded on its own row and
 * returned as an Error for its job alone (the queue retries that job; the others are done).
 */
export async function processNotificationEmails(
  db: Db,
  mailer: Mailer,
  ids: string[],
  appUrl: string,
  maxAttempts = EMAIL_MAX_ATTEMPTS,
): Promise<Map<string, EmailOutcome | Error>> {
  const outcomes = await emailBatch(db, mailer, ids, appUrl, maxAttempts);
  for (const outcome of outcomes.values()) countEmail(outcome instanceof Error ? "RETRY" : outcome);
  return outcomes;
}

async function emailBatch(
  db: Db,
  mailer: Mailer,
  ids: string[],
  appUrl: string,
  maxAttempts: number,
): Promise<Map<string, EmailOutcome | Error>> {
  const outcomes = new Map<string, EmailOutcome | Error>(ids.map((id) => [id, "NOTHING_TO_DO"]));
  const unique = [...new Set(ids)];
  if (unique.length === 0) return outcomes;
  const loaded = await retryThroughOutage(db, async () => {
    const rows = await db.notification.findMany({
      where: { id: { in: unique }, emailStatus: "PENDING" },
      select: {
        id: true,
        type: true,
        data: true,
        emailAttempts: true,
        user: { select: { email: true, name: true, locale: true, deletedAt: true } },
      },
    });
    const organizers = await organizerRefs(db, rows);
    const out = [];
    for (const n of rows) {
      if (n.user.deletedAt) {
        out.push({ n, email: null });
        continue;
      }
      const renderer = await rendererFor(n.user.locale);
      const organizerId = organizerIdOf(n);
      const organizer = organizerId ? organizers.get(organizerId) : undefined;
      out.push({ n, email: renderEmail(renderer, n, n.user, appUrl, organizer) });
    }
    return out;
  });

  const pending = (id: string | string[]) =>
    ({ id: Array.isArray(id) ? { in: id } : id, emailStatus: "PENDING" }) as const;
  type Data = Parameters<Db["notification"]["updateMany"]>[0]["data"];
  const record = (id: string | string[], data: Data) =>
    retryThroughOutage(db, () => db.notification.updateMany({ where: pending(id), data }));

  const skipped = loaded.filter((l) => !l.email).map((l) => l.n.id);
  const sent: string[] = [];
  await Promise.all(
    loaded.map(async ({ n, email }) => {
      if (!email) return;
      try {
        await mailer.send({ to: n.user.email, ...email, messageId: emailMessageId(n.id, appUrl) });
        sent.push(n.id);
      } catch (e) {
        const attempts = n.emailAttempts + 1;
        const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
        const final = attempts >= maxAttempts;
        await record(n.id, { emailAttempts: attempts, emailError: error, ...(final ? { emailStatus: "FAILED" } : {}) });
        outcomes.set(
          n.id,
          final
            ? "FAILED"
            : new Error(`notification ${n.id}: email attempt ${attempts} of ${maxAttempts} failed: ${error}`),
        );
      }
    }),
  );
  if (skipped.length > 0) await record(skipped, { emailStatus: "SKIPPED" });
  if (sent.length > 0)
    await record(sent, {
      emailStatus: "SENT",
      emailedAt: new Date(),
      emailAttempts: { increment: 1 },
      emailError: null,
    });
  for (const id of skipped) outcomes.set(id, "SKIPPED");
  for (const id of sent) outcomes.set(id, "SENT");
  return outcomes;
}

/** The one Message-ID of a notification's email, whichever attempt sends it. */
export function emailMessageId(notificationId: string, appUrl: string): string {
  return `<notification-${notificationId}@${new URL(appUrl).hostname}>`;
}

/**
 * Notifications still waiting for their email: the sweep's safety net for rows written while no
 * worker ran. Younger than a minute is the job enqueued with the row; older than two days is
 * news nobody wants by email any more (still shown in the app).
 */
export async function pendingEmailIds(db: Db, now = new Date(), limit = 500): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: {
      emailStatus: "PENDING",
      createdAt: { lt: new Date(now.getTime() - 60_000), gt: new Date(now.getTime() - 2 * 86_400_000) },
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
