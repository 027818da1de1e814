import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Mailer } from "@/server/mail";
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
 */
export async function processNotificationEmail(db: Db, mailer: Mailer, id: string, appUrl: string, maxAttempts = EMAIL_MAX_ATTEMPTS): Promise<EmailOutcome> {
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
  if (!n || n.emailStatus !== "PENDING") return "NOTHING_TO_DO";
  const pending = { id, emailStatus: "PENDING" as const };
  if (n.user.deletedAt) {
    await db.notification.updateMany({ where: pending, data: { emailStatus: "SKIPPED" } });
    return "SKIPPED";
  }

  const organizerId = organizerIdOf(n);
  const organizer = organizerId ? (await organizerRefs(db, [n])).get(organizerId) : undefined;
  const email = renderEmail(await rendererFor(n.user.locale), n, n.user, appUrl, organizer);

  try {
    await mailer.send({ to: n.user.email, ...email });
  } catch (e) {
    const attempts = n.emailAttempts + 1;
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
    const final = attempts >= maxAttempts;
    await db.notification.updateMany({ where: pending, data: { emailAttempts: attempts, emailError: error, ...(final ? { emailStatus: "FAILED" } : {}) } });
    if (final) return "FAILED";
    throw new Error(`notification ${id}: email attempt ${attempts} of ${maxAttempts} failed: ${error}`);
  }
  await db.notification.updateMany({ where: pending, data: { emailStatus: "SENT", emailedAt: new Date(), emailAttempts: { increment: 1 }, emailError: null } });
  return "SENT";
}

/**
 * Notifications still waiting for their email: the sweep's safety net for rows written while no
 * worker ran. Younger than a minute is the job enqueued with the row; older than two days is
 * news nobody wants by email any more (still shown in the app).
 */
export async function pendingEmailIds(db: Db, now = new Date(), limit = 500): Promise<string[]> {
  const rows = await db.notification.findMany({
    where: { emailStatus: "PENDING", createdAt: { lt: new Date(now.getTime() - 60_000), gt: new Date(now.getTime() - 2 * 86_400_000) } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
