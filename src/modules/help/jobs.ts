import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import type { RegionCode } from "@/generated/prisma/enums";
import { takeAllowance } from "@/server/rate-limit";
import { HELP_REQUEST_PERSONAL_DATA_DAYS } from "@/domain/help-requests";
import { overdueWhere } from "./scope";
import { utcToZoned } from "@/domain/time";
import { notify } from "@/modules/notifications/notify";

// The help requests' scheduled work (registered by src/jobs.ts, Kazakhstan time):
// - every morning at 08:00, each region's staff get one digest of the requests waiting more
//   than 48 hours (in-app and by email);
// - every night, the contact and address of requests closed more than 90 days ago are erased,
//   with the emails that were sent to that address.
// Both are safe to run twice: the digest takes a once-a-day allowance per region in the database
// (two instances, a restart or a retried job send it once), and erasure only touches rows not yet
// erased.
export const HELP_QUEUES = { digest: "help-overdue-digest", erase: "help-erase-personal-data" } as const;

/** The overdue requests of every region, one digest notification per staff member; returns the regions told. */
export async function sendOverdueDigests(db: Db, now = new Date()): Promise<RegionCode[]> {
  const overdue = await db.helpRequest.groupBy({
    by: ["regionCode"],
    where: overdueWhere(now),
    _count: { _all: true },
  });
  const day = utcToZoned(now).date;
  const told: RegionCode[] = [];
  for (const { regionCode, _count } of overdue) {
    if (!(await takeAllowance(db, "help-digest", `${regionCode}:${day}`, 1, 2 * 86400))) continue;
    const staff = await db.staffAssignment.findMany({ where: { regionCode }, select: { userId: true } });
    await db.$transaction((tx) =>
      notify(
        tx,
        staff.map((s) => ({
          userId: s.userId,
          type: "HELP_REQUESTS_OVERDUE" as const,
          data: { regionCode, count: _count._all },
        })),
      ),
    );
    told.push(regionCode);
  }
  return told;
}

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
  const jobs: [string, string, () => Promise<unknown>][] = [
    [HELP_QUEUES.digest, "0 8 * * *", () => sendOverdueDigests(db)],
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
