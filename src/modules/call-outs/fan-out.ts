import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { emailJobId, runningJobs } from "@/server/jobs";
import { logger } from "@/server/logger";
import { notify } from "@/modules/notifications/notify";
import type { NotificationData } from "@/modules/notifications/render";
import { CALL_OUT_LIMITS } from "./policy";
import { chooseRecipients, lockCandidates } from "./recipients";

// The fan-out of a call-out: batches of volunteers chosen in SQL, each batch one transaction
// that inserts the recipients, writes their notifications (notify(): in-app, and the email jobs
// in the same transaction) and queues the next batch's job. See docs/decisions/0027-call-outs.md.
export const FAN_OUT_QUEUE = "call-out-fan-out";
export const FAN_OUT_SWEEP_QUEUE = "call-out-fan-out-sweep";

export type FanOutJob = { callOutId: string; after: string };

type Tx = Prisma.TransactionClient;

/** What every recipient's CALL_OUT notification carries (rendered in their language later). */
export function callOutNotificationData(c: {
  id: string;
  title: string;
  regions: string[];
  settlements: string[];
  startsAt: Date;
  endsAt: Date;
  answerBy: Date;
}): NotificationData["CALL_OUT"] {
  return {
    callOutId: c.id,
    title: c.title,
    regionCodes: c.regions,
    settlements: c.settlements,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    answerBy: c.answerBy.toISOString(),
  };
}

/**
 * Queues a fan-out batch inside the caller's transaction (a savepoint: without the queue the
 * change still commits, and the minute sweep starts the fan-out). The job's id comes from the
 * call-out and the cursor, so the same batch is never queued twice. Does nothing where no queue
 * runs in this process (tests and scripts call runFanOut).
 */
export async function queueFanOutInTransaction(tx: Tx, job: FanOutJob, salt = ""): Promise<void> {
  const running = runningJobs();
  if (!running) return;
  const executeSql = async (text: string, values: unknown[]) => ({
    rows: (await tx.$queryRawUnsafe(text, ...values.map((v) => v ?? null))) as unknown[],
  });
  await tx.$executeRawUnsafe("SAVEPOINT asar_fan_out_job");
  try {
    await running.boss.insert(
      [{ id: emailJobId(`${job.callOutId}:${job.after}${salt}`, FAN_OUT_QUEUE), name: FAN_OUT_QUEUE, data: job }],
      { db: { executeSql } },
    );
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT asar_fan_out_job");
  } catch (e) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT asar_fan_out_job");
    logger.warn({ err: e, callOutId: job.callOutId }, "[call-outs] fan-out job not queued now; the sweep will");
  }
}

export type BatchResult = { notified: number; done: boolean; next: FanOutJob | null };

/**
 * One batch: the next volunteers after `job.after`, their recipient rows and notifications, the
 * count, and either the next batch's job or the call-out marked done. Safe to run twice or on two
 * instances at once (the recipients' key and the profile locks: nobody twice, the cap holds).
 */
export async function fanOutBatch(
  db: Db,
  job: FanOutJob,
  opts: { cap: number; batchSize?: number; now?: Date },
): Promise<BatchResult> {
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? CALL_OUT_LIMITS.batchSize;
  return db.$transaction(
    async (tx) => {
      const callOut = await tx.callOut.findUnique({
        where: { id: job.callOutId },
        select: {
          id: true,
          title: true,
          regions: true,
          settlements: true,
          startsAt: true,
          endsAt: true,
          answerBy: true,
          minAge: true,
          skills: true,
          status: true,
          fanOutDoneAt: true,
          role: { select: { requiredTrainingId: true } },
        },
      });
      if (!callOut || callOut.fanOutDoneAt) return { notified: 0, done: true, next: null };
      // Nobody is called for a closed call-out, or once the answers are no longer wanted.
      const over = callOut.status !== "OPEN" || callOut.answerBy <= now;
      const candidates = over
        ? []
        : await lockCandidates(
            tx,
            { ...callOut, requiredTrainingId: callOut.role.requiredTrainingId },
            job.after,
            batchSize,
          );
      const chosen = await chooseRecipients(tx, callOut.id, candidates, opts.cap, now);
      const data = callOutNotificationData(callOut);
      await notify(
        tx,
        chosen.map((userId) => ({ userId, type: "CALL_OUT" as const, data })),
      );
      const done = candidates.length < batchSize;
      await tx.$executeRaw`
        UPDATE "CallOut" SET "recipientCount" = "recipientCount" + ${chosen.length},
          "fanOutStartedAt" = coalesce("fanOutStartedAt", ${now}),
          "fanOutDoneAt" = ${done ? now : null}, "updatedAt" = ${now}
        WHERE id = ${callOut.id}`;
      const next = done ? null : { callOutId: callOut.id, after: candidates.at(-1)! };
      if (next) await queueFanOutInTransaction(tx, next);
      return { notified: chosen.length, done, next };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Runs a call-out's fan-out to the end in this process (scripts, tests); returns how many were called. */
export async function runFanOut(
  db: Db,
  callOutId: string,
  opts: { cap: number; batchSize?: number; now?: Date },
): Promise<number> {
  let job: FanOutJob | null = { callOutId, after: await resumeAfter(db, callOutId) };
  let total = 0;
  while (job) {
    const r: BatchResult = await fanOutBatch(db, job, opts);
    total += r.notified;
    job = r.next;
  }
  return total;
}

/** Where an interrupted fan-out resumes: after the last volunteer it called (batches go by user id). */
export async function resumeAfter(db: Db, callOutId: string): Promise<string> {
  const last = await db.callOutRecipient.findFirst({
    where: { callOutId },
    orderBy: { userId: "desc" },
    select: { userId: true },
  });
  return last?.userId ?? "";
}

/**
 * Call-outs whose fan-out stalled (no batch for two minutes and not done: the job was lost with
 * the queue, or queued while no queue ran): the minute sweep and the start queue them again.
 */
export async function stalledFanOuts(db: Db, now = new Date()): Promise<string[]> {
  const rows = await db.callOut.findMany({
    where: { fanOutDoneAt: null, updatedAt: { lt: new Date(now.getTime() - 120_000) } },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
