import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { KZ_TIME_ZONE } from "@/domain/time";
import { sendDayBeforeReminders, sendSoonReminders, sendTookPartFollowUps } from "./volunteers";
import { sendOrganizerWeeklyDigests, sendStaffDailyDigests, sendWaitingApplications } from "./organizers";

/**
 * The reminders' scheduled runs, by their cron in Kazakhstan time (pg-boss `tz`). Each is safe to
 * run at any time, twice, or on two instances at once: what was sent is in ScheduledSend.
 */
export const REMINDER_JOBS = {
  "reminders-day-before": { cron: "0 18 * * *", run: sendDayBeforeReminders },
  "reminders-soon": { cron: "*/10 * * * *", run: sendSoonReminders },
  "reminders-took-part": { cron: "0 9 * * *", run: sendTookPartFollowUps },
  "reminders-applications-waiting": { cron: "0 10 * * *", run: sendWaitingApplications },
  "reminders-organizer-weekly": { cron: "0 9 * * 1", run: sendOrganizerWeeklyDigests },
  "reminders-staff-daily": { cron: "0 8 * * *", run: sendStaffDailyDigests },
} as const satisfies Record<string, { cron: string; run: (db: Db, now?: Date) => Promise<unknown> }>;

export type ReminderJob = keyof typeof REMINDER_JOBS;

export const isReminderJob = (name: string): name is ReminderJob => Object.hasOwn(REMINDER_JOBS, name);

/** Runs one job as its schedule would at `now` (tests and the e2e clock; the schedule passes no time). */
export function runReminderJob(db: Db, name: ReminderJob, now = new Date()): Promise<unknown> {
  return REMINDER_JOBS[name].run(db, now);
}

export async function registerReminderJobs(boss: PgBoss, db: Db): Promise<void> {
  for (const [name, { cron }] of Object.entries(REMINDER_JOBS) as [ReminderJob, { cron: string }][]) {
    // "stately": at most one queued and one running per job; a run cut off is retried.
    const queue = { name, policy: "stately" as const, retryLimit: 2, retryDelay: 120, expireInSeconds: 30 * 60 };
    await boss.createQueue(name, queue);
    await boss.updateQueue(name, queue);
    await boss.work(name, { pollingIntervalSeconds: 30 }, async () => {
      await runReminderJob(db, name);
    });
    await boss.schedule(name, cron, {}, { tz: KZ_TIME_ZONE });
  }
}
