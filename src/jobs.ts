import "server-only";
import type PgBoss from "pg-boss";
import { retryThroughOutage } from "@/server/db-outage";
import {
  ACCOUNT_EMAIL_QUEUE,
  EMAIL_QUEUE,
  PUSH_QUEUE,
  SWEEP_QUEUE,
  insertEmailJobs,
  runningJobs,
  startJobQueue,
  type JobsSettings,
} from "@/server/jobs";
import { EMAIL_MAX_ATTEMPTS, pendingEmailIds, processNotificationEmails } from "@/modules/notifications/email";
import { processNotificationPush } from "@/modules/notifications/push";
import { pendingAccountEmailIds, processAccountEmail } from "@/modules/accounts/account-email-worker";
import { registerStatisticsJobs } from "@/modules/statistics/jobs";
import { registerHelpJobs } from "@/modules/help/jobs";
import { registerCallOutJobs } from "@/modules/call-outs/jobs";
import { registerReminderJobs } from "@/modules/reminders/jobs";
import { registerCheckInJobs } from "@/modules/check-in/jobs";
import { registerMessageJobs } from "@/modules/messages/jobs";

// Which capability works which queue: the one place that knows both the job queue (src/server)
// and the capabilities (src/modules), beside src/instrumentation-node.ts, which calls it. It sits
// outside src/server so that the infrastructure never imports a capability, and outside
// src/modules because it belongs to no single capability.

/** Email retries: 5, the first after 30–60 s, each delay doubling (pg-boss adds jitter). */
const EMAIL_RETRY = { retryLimit: EMAIL_MAX_ATTEMPTS - 1, retryDelay: 30, retryBackoff: true };

/**
 * The notification emails' throughput (a call-out emails tens of thousands at once): several
 * workers, each taking a batch of jobs whose rows are loaded and recorded in one query each, and
 * a worker that took a full batch fetches the next at once instead of waiting for its polling.
 * With the SMTP pool (src/server/mail.ts) this hands a few hundred emails a second to the server.
 */
const EMAIL_WORKERS = 3;
const EMAIL_BATCH = 50;

/**
 * Starts the job queue with every capability's workers: the notification and account emails,
 * the notifications' Web Push,
 * the one-minute sweep of emails left without a job, the statistics rebuilds, and the help
 * requests' digest and erasure. Safe to call
 * twice. Tests pass their own settings; the app's come from env().
 */
export function startJobs(overrides: Partial<JobsSettings> = {}): Promise<PgBoss> {
  return startJobQueue(registerWorkers, { retry: EMAIL_RETRY, ...overrides });
}

async function registerWorkers(boss: PgBoss, settings: JobsSettings): Promise<void> {
  const maxAttempts = settings.retry.retryLimit + 1;
  const failJob = (queue: string, id: string, e: unknown) =>
    // Through a database restart too: a job left "active" waits for the queue's expiry.
    retryThroughOutage(settings.db, () =>
      boss.fail(queue, id, { message: e instanceof Error ? e.message : String(e) }),
    );
  const emailWorker =
    (queue: string, process: typeof processAccountEmail) => async (jobs: PgBoss.Job<{ notificationId: string }>[]) => {
      // Each job of the batch succeeds or fails (and is retried) on its own.
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await process(settings.db, settings.mailer, job.data.notificationId, settings.appUrl, maxAttempts);
          } catch (e) {
            await failJob(queue, job.id, e);
          }
        }),
      );
    };
  for (let i = 0; i < EMAIL_WORKERS; i++) {
    // The worker's id, known once work() returns (a handler may in theory run before that).
    const worker: { id?: string } = {};
    worker.id = await boss.work<{ notificationId: string }>(
      EMAIL_QUEUE,
      { batchSize: EMAIL_BATCH, pollingIntervalSeconds: settings.pollingIntervalSeconds },
      async (jobs) => {
        // A full batch: more are probably waiting, so the next fetch comes without the pause.
        if (jobs.length === EMAIL_BATCH && worker.id) boss.notifyWorker(worker.id);
        let outcomes: Map<string, unknown>;
        try {
          const ids = jobs.map((j) => j.data.notificationId);
          outcomes = await processNotificationEmails(settings.db, settings.mailer, ids, settings.appUrl, maxAttempts);
        } catch (e) {
          // The batch could not even be loaded: each job fails and is retried on its own.
          await Promise.all(jobs.map((job) => failJob(EMAIL_QUEUE, job.id, e)));
          return;
        }
        // Each job of the batch succeeds or fails (and is retried) on its own.
        await Promise.all(
          jobs.map(async (job) => {
            const outcome = outcomes.get(job.data.notificationId);
            if (outcome instanceof Error) await failJob(EMAIL_QUEUE, job.id, outcome);
          }),
        );
      },
    );
  }
  const batch = { batchSize: 10, pollingIntervalSeconds: settings.pollingIntervalSeconds };
  await boss.work(ACCOUNT_EMAIL_QUEUE, batch, emailWorker(ACCOUNT_EMAIL_QUEUE, processAccountEmail));
  const pushBatch = { batchSize: 20, pollingIntervalSeconds: settings.pollingIntervalSeconds };
  await boss.work<{ notificationId: string }>(PUSH_QUEUE, pushBatch, (jobs) =>
    Promise.all(
      jobs.map(async (job) => {
        try {
          await processNotificationPush(settings.db, settings.pusher, job.data.notificationId, settings.appUrl);
        } catch (e) {
          await retryThroughOutage(settings.db, () =>
            boss.fail(PUSH_QUEUE, job.id, { message: e instanceof Error ? e.message : String(e) }),
          );
        }
      }),
    ),
  );
  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    await sweep(boss, settings);
  });
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
  await registerStatisticsJobs(boss, settings.db);
  await registerHelpJobs(boss, settings.db);
  await registerCallOutJobs(boss, settings.db, {
    cap: settings.callOutWeeklyCap,
    pollingIntervalSeconds: settings.pollingIntervalSeconds,
  });
  await registerReminderJobs(boss, settings.db);
  await registerCheckInJobs(boss, settings.db);
  await registerMessageJobs(boss, settings.db);
}

async function sweep(boss: PgBoss, settings: JobsSettings): Promise<number> {
  const ids = await pendingEmailIds(settings.db);
  await insertEmailJobs(boss, ids);
  await insertEmailJobs(boss, await pendingAccountEmailIds(settings.db), undefined, ACCOUNT_EMAIL_QUEUE);
  return ids.length;
}

/** What the minute sweep does, callable on demand; 0 when no queue runs in this process. */
export async function sweepPendingEmails(): Promise<number> {
  const running = runningJobs();
  return running ? sweep(running.boss, running.settings) : 0;
}
