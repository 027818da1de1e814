import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/server/prisma-client";
import type { Mailer } from "@/server/mail";
import { EMAIL_MAX_ATTEMPTS, type EmailOutcome } from "@/modules/notifications/email";
import { rendererFor } from "@/modules/notifications/render";
import { retryThroughOutage } from "@/server/db-outage";
import { quoted } from "@/domain/quotes";
import { negotiateLocale } from "@/domain/locales";

// The job worker's side of the account emails (see account-email.ts for the outbox).

/** How long an emailed link works, counted from when the email is written. */
export const LINK_TTL_MS: Record<"PASSWORD_RESET" | "EMAIL_CONFIRMATION", number> = {
  PASSWORD_RESET: 3600_000,
  EMAIL_CONFIRMATION: 7 * 24 * 3600_000,
};

/** The hash under which a link's secret is stored and looked up. */
export const hashToken = (token: string) => crypto.createHash("sha256").update(token, "utf8").digest("hex");

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const str = (data: unknown, key: string) => {
  const v = (data as Record<string, unknown> | null)?.[key];
  return typeof v === "string" ? v : "";
};

/**
 * The worker's work for one account email. A link's secret is made here, just before sending:
 * the database only ever holds its hash, and the hour of a reset link starts when it is written.
 * A link for an account that was deleted, or whose address changed since, is SKIPPED.
 */
export async function processAccountEmail(
  db: Db,
  mailer: Mailer,
  id: string,
  appUrl: string,
  maxAttempts = EMAIL_MAX_ATTEMPTS,
): Promise<EmailOutcome> {
  const e = await db.accountEmail.findUnique({
    where: { id },
    select: {
      kind: true,
      userId: true,
      to: true,
      locale: true,
      data: true,
      status: true,
      attempts: true,
      user: { select: { name: true, email: true, deletedAt: true } },
      helpRequest: { select: { trackingToken: true, personalDataErasedAt: true } },
    },
  });
  if (!e || e.status !== "PENDING") return "NOTHING_TO_DO";
  const pending = { id, status: "PENDING" as const };
  const goneRequest = e.kind === "HELP_REQUEST_UPDATE" && (!e.helpRequest || e.helpRequest.personalDataErasedAt);
  if (goneRequest || (e.userId && (!e.user || e.user.deletedAt || e.user.email !== e.to))) {
    await db.accountEmail.updateMany({ where: pending, data: { status: "SKIPPED" } });
    return "SKIPPED";
  }

  const base = `${appUrl.replace(/\/+$/, "")}/${e.locale}`;
  let url = `${base}/invitations`;
  let tokenId: string | null = null;
  if ((e.kind === "PASSWORD_RESET" || e.kind === "EMAIL_CONFIRMATION") && e.userId) {
    const token = crypto.randomBytes(32).toString("base64url");
    const row = await db.accountToken.create({
      data: {
        userId: e.userId,
        kind: e.kind,
        tokenHash: hashToken(token),
        email: e.to,
        expiresAt: new Date(Date.now() + LINK_TTL_MS[e.kind]),
      },
      select: { id: true },
    });
    tokenId = row.id;
    url = `${base}/${e.kind === "PASSWORD_RESET" ? "reset-password" : "confirm-email"}?token=${token}`;
  }

  // A help request's step: its tracking page, in the language the person asked in.
  if (e.kind === "HELP_REQUEST_UPDATE" && e.helpRequest) url = `${base}/help/${e.helpRequest.trackingToken}`;

  const { t } = await rendererFor(e.locale);
  const values = {
    organizerName: quoted(str(e.data, "organizerName"), negotiateLocale(e.locale)),
    inviterName: str(e.data, "inviterName"),
    reason: str(e.data, "reason"),
  };
  const key =
    e.kind === "HELP_REQUEST_UPDATE" ? `help.email.${str(e.data, "step") || "received"}` : `account.email.${e.kind}`;
  const greeting = e.user
    ? t("notifications.email.greeting", { name: e.user.name.trim() || "Asar" })
    : t("account.email.hello");
  // At sign-up the confirmation is also the welcome (email-confirmation.ts): one email, not two.
  const welcome = e.kind === "EMAIL_CONFIRMATION" ? str(e.data, "welcome") : "";
  const welcomed = welcome === "VOLUNTEER" || welcome === "ORGANIZER";
  const lines = welcomed
    ? [t(`account.email.WELCOME.${welcome}`, values), t("account.email.WELCOME.confirm"), t(`${key}.note`)]
    : [t(`${key}.body`, values), t(`${key}.note`)];
  const subject = t(welcomed ? "account.email.WELCOME.subject" : `${key}.subject`, values);
  const action = t(`${key}.action`);
  const footer = t("account.email.footer");
  const text = [greeting, "", ...lines, "", `${action}: ${url}`, "", "—", footer, ""].join("\n");
  const html = [
    `<div style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0f172a;max-width:560px">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#0b7a6b;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>`,
    `<p style="font-size:13px;color:#64748b">${escapeHtml(footer)}</p>`,
    `</div>`,
  ].join("\n");

  try {
    await mailer.send({ to: e.to, subject, text, html });
  } catch (err) {
    // Nobody has this link's secret: drop it; the retry writes a new one.
    if (tokenId) await retryThroughOutage(db, () => db.accountToken.deleteMany({ where: { id: tokenId } }));
    const attempts = e.attempts + 1;
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    const final = attempts >= maxAttempts;
    await retryThroughOutage(db, () =>
      db.accountEmail.updateMany({ where: pending, data: { attempts, error, ...(final ? { status: "FAILED" } : {}) } }),
    );
    if (final) return "FAILED";
    throw new Error(`account email ${id}: attempt ${attempts} of ${maxAttempts} failed: ${error}`);
  }
  // The mail server has the message: recorded once the database answers again, never sent twice
  // (as for notifications, decision 0006).
  await retryThroughOutage(db, () =>
    db.accountEmail.updateMany({
      where: pending,
      data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, error: null },
    }),
  );
  return "SENT";
}

/** Account emails still waiting: the minute sweep's safety net, as for notifications. */
export async function pendingAccountEmailIds(db: Db, now = new Date(), limit = 500): Promise<string[]> {
  const rows = await db.accountEmail.findMany({
    // A link is worth sending for a day at most; after that the person asks again.
    where: {
      status: "PENDING",
      createdAt: { lt: new Date(now.getTime() - 60_000), gt: new Date(now.getTime() - 86_400_000) },
    },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
