import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { emailJobId } from "@/server/jobs";
import { logger } from "@/server/logger";
import {
  FAN_OUT_QUEUE,
  FAN_OUT_SWEEP_QUEUE,
  fanOutBatch,
  resumeAfter,
  stalledFanOuts,
  type FanOutJob,
} from "./fan-out";

/**
 * The call-outs' queue (registered by src/jobs.ts): one batch per job, each queuing the next; and
 * a minute sweep (run once at start too) that restarts a fan-out left without a job.
 */
export async function registerCallOutJobs(
  boss: PgBoss,
  db: Db,
  settings: { cap: number; pollingIntervalSeconds: number },
): Promise<void> {
  const queue = { name: FAN_OUT_QUEUE, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 };
  await boss.createQueue(FAN_OUT_QUEUE, queue);
  await boss.updateQueue(FAN_OUT_QUEUE, queue);
  await boss.work<FanOutJob>(
    FAN_OUT_QUEUE,
    { pollingIntervalSeconds: Math.min(settings.pollingIntervalSeconds, 1) },
    async ([job]) => {
      if (job) await fanOutBatch(db, job.data, { cap: settings.cap });
    },
  );
  const sweepQueue = { name: FAN_OUT_SWEEP_QUEUE, retryLimit: 0, policy: "stately" as const };
  await boss.createQueue(FAN_OUT_SWEEP_QUEUE, sweepQueue);
  await boss.work(FAN_OUT_SWEEP_QUEUE, { pollingIntervalSeconds: 10 }, async () => {
    await restartStalledFanOuts(boss, db);
  });
  await boss.schedule(FAN_OUT_SWEEP_QUEUE, "* * * * *");
  await boss.send(FAN_OUT_SWEEP_QUEUE, {});
}

/** Queues a job for every stalled fan-out, resuming after the last volunteer it called. */
export async function restartStalledFanOuts(boss: PgBoss, db: Db, now = new Date()): Promise<number> {
  const ids = await stalledFanOuts(db, now);
  const minute = Math.floor(now.getTime() / 60_000);
  for (const callOutId of ids) {
    const after = await resumeAfter(db, callOutId);
    // A new id each minute: the lost job's id may still be in the queue's table.
    await boss.insert([
      {
        id: emailJobId(`${callOutId}:${after}:${minute}`, FAN_OUT_QUEUE),
        name: FAN_OUT_QUEUE,
        data: { callOutId, after },
      },
    ]);
    logger.info({ callOutId, after }, "[call-outs] fan-out restarted");
  }
  return ids.length;
}
