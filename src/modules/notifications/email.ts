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
  try {
    const outcome = await emailOnce(db, mailer, id, appUrl, maxAttempts);
    countEmail(outcome);
    return outcome;
  } catch (e) {
    countEmail("RETRY");
    throw e;
  }
}

async function emailOnce(
  db: Db,
  mailer: Mailer,
  id: string,
  appUrl: string,
  maxAttempts: number,
): Promise<EmailOutcome> {
  const loaded = await retryThroughOutage(db, async () => {
    const n = await db.notification.findUnique({
      where: { id },
      select: {
        type: true,
        data: true,
        emailStatus: true,
        emailAttempts: true,
        user: { select: { email: true, name: true, locale: true, deletedAt: true } },
      },
    });
    if (!n || n.emailStatus !== "PENDING") return null;
    if (n.user.deletedAt) return { n, email: null };
    const organizerId = organizerIdOf(n);
    const organizer = organizerId ? (await organizerRefs(db, [n])).get(organizerId) : undefined;
    return { n, email: renderEmail(await rendererFor(n.user.locale), n, n.user, appUrl, organizer) };
  });
  if (!loaded) return "NOTHING_TO_DO";
  const { n, email } = loaded;
  const pending = { id, emailStatus: "PENDING" as const };
  const record = (data: Parameters<Db["notification"]["updateMany"]>[0]["data"]) =>
    retryThroughOutage(db, () => db.notification.updateMany({ where: pending, data }));
  if (!email) {
    await record({ emailStatus: "SKIPPED" });
    return "SKIPPED";
  }

  try {
    await mailer.send({ to: n.user.email, ...email, messageId: emailMessageId(id, appUrl) });
  } catch (e) {
    const attempts = n.emailAttempts + 1;
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
    const final = attempts >= maxAttempts;
    await record({ emailAttempts: attempts, emailError: error, ...(final ? { emailStatus: "FAILED" } : {}) });
    if (final) return "FAILED";
    throw new Error(`notification ${id}: email attempt ${attempts} of ${maxAttempts} failed: ${error}`);
  }
  await record({ emailStatus: "SENT", emailedAt: new Date(), emailAttempts: { increment: 1 }, emailError: null });
  return "SENT";
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
