import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export type SentMail = { to: string; subject: string; raw: string };

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) of a header value, decoded. */
function decodeHeader(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)?/g,
    (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
  );
}

function parse(raw: string): SentMail {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => decodeHeader(new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1] ?? "");
  return { to: header("To"), subject: header("Subject"), raw };
}

/** The emails the server has written to DATA_DIR/mail (no SMTP configured in the e2e run). */
export function sentMail(): SentMail[] {
  const dir = path.join(process.env.DATA_DIR ?? "", "mail");
  if (!process.env.DATA_DIR || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).map((f) => parse(fs.readFileSync(path.join(dir, f), "utf8")));
}

/** Waits until an email to `to` whose subject contains `subject` has been sent (the job queue
 * sends it a moment after the change). */
export async function expectMail(to: string, subject: string): Promise<SentMail> {
  let found: SentMail | undefined;
  await expect
    .poll(() => (found = sentMail().find((m) => m.to.includes(to) && m.subject.includes(subject))), {
      timeout: 20_000,
      message: `an email to ${to} about "${subject}"`,
    })
    .toBeTruthy();
  return found!;
}
