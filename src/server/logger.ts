// The server's one logger. In production: one JSON object per line on stdout (pino), with the
// process id, an ISO time and a textual level, ready for a log collector. In development and
// tests: plain lines through console, so `npm run dev` stays readable, tests stay quiet (only
// warnings and errors), and a test that does not expect an error still fails on one
// (tests/support/fail-on-console-error.ts). Free of "server-only" and Next imports so
// src/serve/serve.ts can log through it too.
import pino from "pino";

const production = process.env.NODE_ENV === "production";
const test = process.env.NODE_ENV === "test" || !!process.env.VITEST;

type Line = {
  level: number;
  msg?: string;
  err?: { stack?: string; message?: string };
  time?: string;
  pid?: number;
  hostname?: string;
} & Record<string, unknown>;

/** Writes pino's lines as `[requestId=…] message` through console.error/warn/log by level. */
const plain = {
  write(json: string) {
    const { level, msg, err, time: _time, pid: _pid, hostname: _host, ...fields } = JSON.parse(json) as Line;
    const context = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`);
    const head = [context.length ? `[${context.join(" ")}]` : "", msg ?? ""].filter(Boolean).join(" ");
    const text = err ? `${head}\n${err.stack ?? err.message}` : head;
    if (level >= 50) console.error(text);
    else if (level >= 40) console.warn(text);
    else console.log(text);
  },
};

function create(): pino.Logger {
  if (production) {
    return pino({
      level: "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    });
  }
  return pino({ level: test ? "warn" : "debug", base: undefined, timestamp: false }, plain);
}

// One instance per process, shared by the Next bundle and scripts that import this file.
const globalForLogger = globalThis as unknown as { asarLogger?: pino.Logger };
export const logger: pino.Logger = (globalForLogger.asarLogger ??= create());

/** A short id for one request or job run, to find its log lines. */
export function newRequestId(): string {
  return crypto.randomUUID().slice(0, 8);
}
