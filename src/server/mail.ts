import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "./env";

/** `messageId`: a stable `<id@host>` for a message that may be sent again (see the outbox). */
export type MailMessage = { to: string; subject: string; text: string; html?: string; messageId?: string };

export type Mailer = {
  send(message: MailMessage): Promise<void>;
  close(): void;
};

export type MailerSettings = { smtpUrl?: string; dataDir: string; from: string };

// Defaults an operator can still override in SMTP_URL's query string. Sending happens in the job
// worker, so these bound how long one stuck server holds a job, never a page. The pool keeps
// connections open and carries many messages on each: a call-out's tens of thousands of emails
// go out at a few hundred a second (docs/decisions/0027-call-outs.md). nodemailer 10 or newer:
// older versions left Nagle's algorithm on, so the last small write of every message waited for
// the server's delayed ACK (40 ms on Linux) — about 19 messages a second per connection, which
// capped the call-out drain at ~180/s whatever else was done (decision 0027, "The drain").
const SMTP_DEFAULTS: Record<string, string> = {
  pool: "true",
  maxConnections: "10",
  maxMessages: "1000",
  connectionTimeout: "10000",
  greetingTimeout: "10000",
  socketTimeout: "30000",
};

/**
 * Text parts travel in base64: most of our mail is Kazakh or Russian, which quoted-printable
 * triples, and choosing per message made nodemailer scan every text twice with a regular
 * expression (a few per cent of a call-out burst's CPU).
 *
 * Sends over SMTP when `smtpUrl` is set; otherwise writes each message as an .eml file into
 * `<dataDir>/mail/` (open it in any mail client), so local runs need no mail server.
 */
export function createMailer(settings: MailerSettings): Mailer {
  if (settings.smtpUrl) {
    const url = new URL(settings.smtpUrl);
    for (const [key, value] of Object.entries(SMTP_DEFAULTS))
      if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    const transport = nodemailer.createTransport(url.toString());
    return {
      async send(message) {
        await transport.sendMail({ from: settings.from, textEncoding: "base64", ...message });
      },
      close: () => transport.close(),
    };
  }

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const dir = path.join(settings.dataDir, "mail");
  return {
    async send(message) {
      const info = await transport.sendMail({ from: settings.from, textEncoding: "base64", ...message });
      await fs.mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`;
      await fs.writeFile(path.join(dir, name), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}

const globalForMail = globalThis as unknown as { asarMailer?: Mailer };

/** The app's mailer, built from the settings (SMTP_URL, DATA_DIR, MAIL_FROM) on first use. */
export function defaultMailer(): Mailer {
  globalForMail.asarMailer ??= createMailer({
    smtpUrl: env().SMTP_URL,
    dataDir: env().DATA_DIR,
    from: env().MAIL_FROM,
  });
  return globalForMail.asarMailer;
}

export function sendMail(message: MailMessage): Promise<void> {
  return defaultMailer().send(message);
}
