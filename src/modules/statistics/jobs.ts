import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/server/prisma-client";
import { kzYearMonth } from "./schema";
import { refreshAfterConfirmations, refreshStatistics } from "./refresh";

// The statistics summaries are rebuilt by the job queue (pg-boss), registered by
// src/jobs.ts. Three schedules, one queue each (pg-boss keeps one schedule per queue):
// - every minute: the years of hours confirmed since the last rebuild, if any and if rebuilding
//   them is cheap (under CHEAP_REBUILD_MS last time) — so on a regional or demo database
//   confirmed hours reach the statistics within a minute; nothing runs when nothing was
//   confirmed; on a fresh database this is the first full rebuild;
// - every ten minutes: the current year (and the previous one in January), for everything else
//   that moves the figures — registrations, applications, projects, organizers;
// - every night: every year, for late changes to old periods (a verified organizer, a project
//   cancelled after the fact).
// "stately" queues hold at most one waiting and one running job, so a slow rebuild never piles
// up work; rebuilds also take an advisory lock, so two app instances never rebuild at once.
export const STATISTICS_QUEUES = {
  confirmations: "statistics-refresh-confirmations",
  recent: "statistics-refresh-recent",
  all: "statistics-refresh-all",
} as const;

const SCHEDULES: Record<keyof typeof STATISTICS_QUEUES, string> = {
  confirmations: "* * * * *",
  recent: "*/10 * * * *",
  all: "40 3 * * *",
};

/** The years the ten-minute rebuild covers. */
export function recentYears(now = new Date()): number[] {
  const { year, month } = kzYearMonth(now);
  return month === 1 ? [year - 1, year] : [year];
}

export async function registerStatisticsJobs(boss: PgBoss, db: Db): Promise<void> {
  for (const [scope, name] of Object.entries(STATISTICS_QUEUES) as [keyof typeof STATISTICS_QUEUES, string][]) {
    const queue = { name, policy: "stately" as const, retryLimit: 1, retryDelay: 60, expireInSeconds: 30 * 60 };
    await boss.createQueue(name, queue);
    await boss.updateQueue(name, queue);
    await boss.work(name, { pollingIntervalSeconds: 10 }, async () => {
      const started = Date.now();
      const result =
        scope === "confirmations"
          ? await refreshAfterConfirmations(db)
          : await refreshStatistics(db, { years: scope === "all" ? "all" : recentYears() });
      if (result) console.info(`[statistics] rebuilt ${result.years.join(", ")} in ${Date.now() - started} ms`);
    });
    await boss.schedule(name, SCHEDULES[scope], {}, { tz: "Asia/Almaty" });
  }
}
