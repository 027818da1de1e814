// Account emails (reset, confirmation, invitation) sent by the worker's own function to a real
// SMTP server, and the link read back out of the message as the person would click it.
import { afterAll, beforeAll } from "vitest";
import { createMailer } from "../../src/server/mail";
import { processAccountEmail } from "../../src/modules/accounts/account-email-worker";
import { startSmtp, type ReceivedMail, type TestSmtp } from "./smtp";
import { db } from "./helpers";

export const APP_URL = "https://asar.test";

/** A real SMTP server for the test file's lifetime. */
export function smtpForFile(): () => TestSmtp {
  let smtp: TestSmtp | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  return () => {
    if (!smtp) throw new Error("SMTP server not started");
    return smtp;
  };
}

/** Sends every account email still PENDING and returns the messages received for them. */
export async function sendAccountEmails(smtp: TestSmtp): Promise<ReceivedMail[]> {
  const pending = await db().accountEmail.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const before = smtp.received.length;
  const mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
  for (const { id } of pending) await processAccountEmail(db(), mailer, id, APP_URL);
  mailer.close();
  const sent = await db().accountEmail.count({ where: { id: { in: pending.map((p) => p.id) }, status: "SENT" } });
  return (await smtp.waitFor(before + sent)).slice(before);
}

/** The secret of the link to `path` ("reset-password", "confirm-email") in a message. */
export function linkToken(mail: ReceivedMail | undefined, path: string): string {
  const m = mail?.text.match(new RegExp(`${APP_URL}/(?:kk|ru|en)/${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!m?.[1]) throw new Error(`no ${path} link in: ${mail?.text}`);
  return m[1];
}
