import "server-only";
import crypto from "node:crypto";
import PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { db as appDb } from "./db";
import { env } from "./env";
import { DEFAULT_CALL_OUT_WEEKLY_CAP } from "./env-schema";
import { ensureFetchOrderIndexes } from "./job-fetch-index";
import { logger } from "./logger";
import { defaultMailer, type Mailer } from "./mail";
import { pgConfigFromUrl } from "./pg-url";
import type { Db } from "./prisma-client";
import { defaultPusher, type Pusher } from "./web-push";

// Background jobs in PostgreSQL (pg-boss, schema "pgboss"): starting and stopping the queue, the
// queues' names and settings, and queueing jobs. Which capability's handler works which queue is
// decided outside src/server, in src/jobs.ts, which passes its `register` to startJobQueue. The
// email outbox: notify() writes Notification rows and, in the same transaction, one job per row;
// the worker sends them. See docs/decisions/0006-notifications-outbox.md.
export const EMAIL_QUEUE = "notification-email";
export const SWEEP_QUEUE = "notification-email-sweep";
/** Password-reset and confirmation links, invitations to addresses (the AccountEmail outbox). */
export const ACCOUNT_EMAIL_QUEUE = "account-email";
/** A notification's Web Push to the recipient's devices (decision 0029). */
export const PUSH_QUEUE = "notification-push";

export type JobsSettings = {
  databaseUrl: string;
  db: Db;
  mailer: Mailer;
  /** Null when no VAPID keys are configured: push jobs then do nothing. */
  pusher: Pusher | null;
  appUrl: string;
  /** Email retries: 5, the first after 30–60 s, each delay doubling (pg-boss adds jitter). */
  retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  pollingIntervalSeconds: number;
  /** Only queue jobs (inside the app's transactions), never work them: the other server
   * processes of src/serve/serve.ts, where one process runs the workers. */
  produceOnly: boolean;
  /** Emergency call-outs one volunteer receives at most in 7 days (CALL_OUT_WEEKLY_CAP). */
  callOutWeeklyCap: number;
};

/** Puts the workers on the queues (and their schedules) once the queue has started. */
export type RegisterWorkers = (boss: PgBoss, settings: JobsSettings) => Promise<void>;

export type RunningJobs = { boss: PgBoss; settings: JobsSettings };
const globalForJobs = globalThis as unknown as { asarJobs?: Promise<RunningJobs>; asarJobsRunning?: RunningJobs };

/**
 * Starts pg-boss (creating its schema on first run) and the email queues, then lets `register`
 * put the workers on them. Safe to call twice: the second call gets the first one's instance.
 * Tests pass their own settings; the app's come from env().
 */
export async function startJobQueue(
  register: RegisterWorkers,
  overrides: Partial<JobsSettings> & Pick<JobsSettings, "retry">,
): Promise<PgBoss> {
  globalForJobs.asarJobs ??= start(register, overrides).catch((e: unknown) => {
    globalForJobs.asarJobs = undefined;
    throw e;
  });
  return (await globalForJobs.asarJobs).boss;
}

export async function stopJobs(): Promise<void> {
  const starting = globalForJobs.asarJobs;
  globalForJobs.asarJobs = undefined;
  globalForJobs.asarJobsRunning = undefined;
  const running = await starting?.catch(() => undefined);
  await running?.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}

/** The queue this process runs, or null (tests and scripts that never started one). */
export function runningJobs(): RunningJobs | null {
  return globalForJobs.asarJobsRunning ?? null;
}

async function start(
  register: RegisterWorkers,
  overrides: Partial<JobsSettings> & Pick<JobsSettings, "retry">,
): Promise<RunningJobs> {
  const settings: JobsSettings = {
    databaseUrl: overrides.databaseUrl ?? env().DATABASE_URL,
    db: overrides.db ?? appDb,
    mailer: overrides.mailer ?? defaultMailer(),
    // Tests and scripts that bring their own database bring their own pusher, or have none.
    pusher: overrides.pusher !== undefined ? overrides.pusher : overrides.databaseUrl ? null : defaultPusher(),
    appUrl: overrides.appUrl ?? env().APP_URL,
    retry: overrides.retry,
    pollingIntervalSeconds: overrides.pollingIntervalSeconds ?? 2,
    produceOnly: overrides.produceOnly ?? false,
    // Tests that bring their own database bring no environment either: they get the default.
    callOutWeeklyCap:
      overrides.callOutWeeklyCap ?? (overrides.databaseUrl ? DEFAULT_CALL_OUT_WEEKLY_CAP : env().CALL_OUT_WEEKLY_CAP),
  };
  if (settings.produceOnly) {
    // No schema migration, maintenance or cron: the working process does those.
    const boss = new PgBoss({
      ...pgConfigFromUrl(settings.databaseUrl, 2),
      application_name: "asar-jobs-producer",
      migrate: false,
      supervise: false,
      schedule: false,
    });
    boss.on("error", (e) => logger.error({ queue: (e as { queue?: string }).queue }, `[jobs] ${e.message}`));
    await boss.start();
    const running = { boss, settings };
    globalForJobs.asarJobsRunning = running;
    return running;
  }
  const boss = new PgBoss({ ...pgConfigFromUrl(settings.databaseUrl, 4), application_name: "asar-jobs" });
  boss.on("error", (e) => logger.error({ queue: (e as { queue?: string }).queue }, `[jobs] ${e.message}`));
  await boss.start();
  try {
    const emailQueue = { name: EMAIL_QUEUE, ...settings.retry, expireInSeconds: 300 };
    await boss.createQueue(EMAIL_QUEUE, emailQueue);
    await boss.updateQueue(EMAIL_QUEUE, emailQueue);
    await boss.createQueue(SWEEP_QUEUE, { name: SWEEP_QUEUE, retryLimit: 0 });
    const accountQueue = { ...emailQueue, name: ACCOUNT_EMAIL_QUEUE };
    await boss.createQueue(ACCOUNT_EMAIL_QUEUE, accountQueue);
    await boss.updateQueue(ACCOUNT_EMAIL_QUEUE, accountQueue);
    // A push is worth little late: a short expiry and the same retries (see processNotificationPush).
    const pushQueue = { ...emailQueue, name: PUSH_QUEUE, expireInSeconds: 120 };
    await boss.createQueue(PUSH_QUEUE, pushQueue);
    await boss.updateQueue(PUSH_QUEUE, pushQueue);
    // The queues with one job per recipient, the ones that grow to tens of thousands: fetched
    // through an index in the fetch's order (decision 0038). Without it they still work, slower.
    await ensureFetchOrderIndexes(boss.getDb(), [EMAIL_QUEUE, ACCOUNT_EMAIL_QUEUE, PUSH_QUEUE]).catch((e: unknown) =>
      logger.warn({ err: e }, "[jobs] the queues' fetch-order index was not created; fetching works, slower"),
    );
    await register(boss, settings);
  } catch (e) {
    await boss.stop({ graceful: false, wait: true });
    throw e;
  }
  const running = { boss, settings };
  globalForJobs.asarJobsRunning = running;
  return running;
}

/** The one job id of a notification's email (a UUID from its id): enqueueing twice is a no-op. */
export function emailJobId(notificationId: string, queue = EMAIL_QUEUE): string {
  const h = crypto.createHash("sha256").update(`${queue}:${notificationId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.charAt(16), 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

// An account email's job carries its AccountEmail id under the same key.
function emailJobs(ids: string[], queue = EMAIL_QUEUE): PgBoss.JobInsert[] {
  return ids.map((id) => ({ id: emailJobId(id, queue), name: queue, singletonKey: id, data: { notificationId: id } }));
}

/** Queues the email jobs of these rows (notifications, or account emails on ACCOUNT_EMAIL_QUEUE). */
export async function insertEmailJobs(
  boss: PgBoss,
  ids: string[],
  options?: PgBoss.InsertOptions,
  queue = EMAIL_QUEUE,
) {
  if (ids.length > 0) await boss.insert(emailJobs(ids, queue), options ?? {});
}

type RawTx = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Called by notify() inside the caller's transaction, so the jobs commit or roll back with the
 * notifications. Inside a savepoint: if the queue is unavailable, the caller's change still
 * commits and the sweep sends the emails later. Without a worker in this process (tests,
 * scripts) it does nothing.
 */
export async function enqueueEmailsInTransaction(
  tx: RawTx,
  notificationIds: string[],
  queue = EMAIL_QUEUE,
): Promise<void> {
  const running = globalForJobs.asarJobsRunning;
  if (!running || notificationIds.length === 0) return;
  const executeSql = async (text: string, values: unknown[]) => ({
    rows: (await tx.$queryRawUnsafe(text, ...values.map((v) => v ?? null))) as unknown[],
  });
  await tx.$executeRawUnsafe("SAVEPOINT asar_email_jobs");
  try {
    await insertEmailJobs(running.boss, notificationIds, { db: { executeSql } }, queue);
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT asar_email_jobs");
  } catch (e) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT asar_email_jobs");
    logger.warn(
      { err: e, queue },
      queue === PUSH_QUEUE
        ? "[jobs] push jobs not queued now; those pushes are not sent (the app and email still tell)"
        : "[jobs] email jobs not queued now; the sweep will queue them",
    );
  }
}

/** The AccountEmail rows' jobs, in the caller's transaction (see enqueueEmailsInTransaction). */
export function enqueueAccountEmailsInTransaction(tx: RawTx, accountEmailIds: string[]): Promise<void> {
  return enqueueEmailsInTransaction(tx, accountEmailIds, ACCOUNT_EMAIL_QUEUE);
}

/** The Web Push jobs of these notifications, in the caller's transaction (as the email jobs). */
export function enqueuePushesInTransaction(tx: RawTx, notificationIds: string[]): Promise<void> {
  return enqueueEmailsInTransaction(tx, notificationIds, PUSH_QUEUE);
}
