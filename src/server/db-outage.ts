import "server-only";
import type { Db } from "./prisma-client";

// A background job's database step that fails because the database went away (a restart, a
// failover) waits for it to come back and runs again, instead of leaving its job "active" in
// pg-boss until the queue's expiry (minutes). See docs/decisions/0006-notifications-outbox.md.

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P02",
  "57P03",
  "P1001",
  "P1017",
]);
const CONNECTION_TEXT =
  /connection terminated|connection error|terminating connection|database system is (shutting down|starting up|in recovery)|ECONNREFUSED|ECONNRESET|Connection ended|not queryable/i;

/** Whether an error (or anything in its cause chain) says the connection, not the query, failed. */
export function isConnectionError(e: unknown): boolean {
  for (let err = e as Record<string, unknown> | undefined, depth = 0; err && depth < 6; depth++) {
    if (CONNECTION_CODES.has(String(err.code ?? "")) || CONNECTION_TEXT.test(String(err.message ?? ""))) return true;
    const meta = err.meta as { driverAdapterError?: unknown } | undefined;
    err = (err.cause ?? meta?.driverAdapterError) as Record<string, unknown> | undefined;
  }
  return false;
}

async function answers(db: Pick<Db, "$queryRawUnsafe">): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `step`; when it fails on a lost connection, polls the database (every second) until it
 * answers and runs `step` again, for up to `maxWaitMs`. Steps must be safe to repeat (a
 * conditional update, a read): a commit whose answer was lost may have happened.
 */
export async function retryThroughOutage<T>(
  db: Pick<Db, "$queryRawUnsafe">,
  step: () => Promise<T>,
  maxWaitMs = 120_000,
): Promise<T> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    try {
      return await step();
    } catch (e) {
      if (!isConnectionError(e) || Date.now() > until) throw e;
      while (!(await answers(db))) {
        if (Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
}
