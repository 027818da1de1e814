import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { HELP_REQUEST_PERSONAL_DATA_DAYS } from "@/domain/help-requests";

// The help requests' scheduled work (registered by src/jobs.ts, Kazakhstan time): every night,
// the contact and address of requests closed more than 90 days ago are erased, with the emails
// that were sent to that address; safe to run twice, as erasure only touches rows not yet erased.
// The requests waiting more than 48 hours are counted in the staff's daily digest
// (src/modules/reminders/organizers.ts), which replaced this module's own morning digest.
export const HELP_QUEUES = { erase: "help-erase-personal-data" } as const;
/** The former morning digest's queue: its schedule is removed where an older version left it. */
const FORMER_DIGEST_QUEUE = "help-overdue-digest";

/** Erases the requester's personal data of requests closed more than 90 days ago; returns how many. */
export async function erasePersonalData(db: Db, now = new Date()): Promise<number> {
  const closedBefore = new Date(now.getTime() - HELP_REQUEST_PERSONAL_DATA_DAYS * 86400_000);
  return db.$transaction(async (tx) => {
    const due = await tx.helpRequest.findMany({
      where: { closedAt: { lt: closedBefore }, personalDataErasedAt: null },
      select: { id: true },
      take: 5000,
    });
    if (due.length === 0) return 0;
    const ids = due.map((r) => r.id);
    await tx.accountEmail.deleteMany({ where: { helpRequestId: { in: ids } } });
    const { count } = await tx.helpRequest.updateMany({
      where: { id: { in: ids }, personalDataErasedAt: null },
      data: {
        requesterName: null,
        contactPhone: null,
        contactEmail: null,
        address: null,
        personalDataErasedAt: now,
      },
    });
    return count;
  });
}

export async function registerHelpJobs(boss: PgBoss, db: Db): Promise<void> {
  await boss.unschedule(FORMER_DIGEST_QUEUE);
  const jobs: [string, string, () => Promise<unknown>][] = [
    [HELP_QUEUES.erase, "20 3 * * *", () => erasePersonalData(db)],
  ];
  for (const [name, cron, run] of jobs) {
    const queue = { name, policy: "stately" as const, retryLimit: 2, retryDelay: 300, expireInSeconds: 30 * 60 };
    await boss.createQueue(name, queue);
    await boss.updateQueue(name, queue);
    await boss.work(name, { pollingIntervalSeconds: 30 }, async () => {
      await run();
    });
    await boss.schedule(name, cron, {}, { tz: "Asia/Almaty" });
  }
}
