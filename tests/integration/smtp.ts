// A real SMTP server in the test process (npm smtp-server) and a small MIME reader, so tests
// assert on the messages exactly as a mail server received them.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; raw: string };

export type TestSmtp = {
  url: string;
  received: ReceivedMail[];
  /** Connections that reached DATA, accepted or not. */
  attempts: number;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** With `hold`: messages that reached DATA and wait for release(). */
  held: number;
  /** Accepts every held message, and the ones that arrive later. */
  release(): void;
  close(): Promise<void>;
};

/**
 * `reject`: answer every message with a temporary failure (451), like a mail server in trouble.
 * `hold`: keep each message's answer back until release(), so a test can act while sends are
 * in flight.
 */
export async function startSmtp(opts: { reject?: boolean; hold?: boolean } = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const state = { attempts: 0, held: 0 };
  let release = () => {};
  const released = opts.hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        state.attempts++;
        if (opts.reject) return callback(Object.assign(new Error("451 try again later"), { responseCode: 451 }));
        state.held++;
        void released.then(() => {
          state.held--;
          const raw = Buffer.concat(chunks).toString("latin1");
          received.push({ ...parseMail(raw), to: session.envelope.rcptTo.map((r) => r.address) });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get attempts() {
      return state.attempts;
    },
    get held() {
      return state.held;
    },
    release: () => release(),
    async waitFor(count, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} messages, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Byte strings are kept as latin1 until the end, then read as UTF-8.
const utf8 = (latin1: string) => Buffer.from(latin1, "latin1").toString("utf8");
const qp = (s: string) =>
  s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

function decodeHeader(value: string): string {
  const joined = value.replace(/\?=\s+=\?/g, "?==?");
  return utf8(
    joined.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === "b" ? Buffer.from(data, "base64").toString("latin1") : qp(data.replace(/_/g, " ")),
    ),
  );
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const cte = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (cte === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (cte === "quoted-printable") return utf8(qp(body));
  return utf8(body);
}

export function parseMail(raw: string): Omit<ReceivedMail, "to"> {
  const { headers, body } = splitPart(raw);
  const out = { subject: decodeHeader(headers.get("subject") ?? ""), text: "", html: "", raw };
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = type.match(/boundary="?([^";]+)"?/i)?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1).map(splitPart) : [{ headers, body }];
  for (const part of parts) {
    const partType = part.headers.get("content-type") ?? "text/plain";
    if (partType.startsWith("text/plain")) out.text = decodeBody(part.headers, part.body);
    if (partType.startsWith("text/html")) out.html = decodeBody(part.headers, part.body);
  }
  return out;
}
