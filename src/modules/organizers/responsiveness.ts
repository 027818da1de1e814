import "server-only";
import type { Db } from "@/server/prisma-client";
import { db as appDb } from "@/server/db";
import { memoizeByKey } from "@/server/memo";

// An organizer's responsiveness (issue 12), shown on its public page and its projects' pages:
// how long its team takes to answer an application, from the applications' history
// (ApplicationEvent). An application counts once it is answered (its first change from SUBMITTED
// to ACCEPTED, REJECTED or WAITLISTED) or has waited 7 days unanswered; one withdrawn before an
// answer, or answered automatically (first come, first served), does not count.

/** Below this many applications counted, the figures are not shown. */
export const RESPONSIVENESS_MIN_APPLICATIONS = 5;

export type Responsiveness = {
  /** Applications counted. */
  applications: number;
  /** The median time to answer of those answered, in ms; null when none was answered. */
  medianMs: number | null;
  /** The share (0–1) of the applications counted that were answered within 7 days. */
  within7Days: number;
};

/** The figures from one aggregate query; null below RESPONSIVENESS_MIN_APPLICATIONS. Public data. */
export async function organizerResponsiveness(db: Db, organizerId: string, now = new Date()) {
  const [row] = await db.$queryRawUnsafe<{ counted: number; within: number; median: number | null }[]>(
    `WITH apps AS (
       SELECT a."createdAt" AS submitted, a.status,
              (SELECT min(e."createdAt") FROM "ApplicationEvent" e
                WHERE e."applicationId" = a.id AND e."fromStatus" = 'SUBMITTED'
                  AND e."toStatus" IN ('ACCEPTED', 'REJECTED', 'WAITLISTED')) AS answered
         FROM "Project" p JOIN "Application" a ON a."projectId" = p.id
        WHERE p."organizerId" = $1)
     SELECT count(*) FILTER (WHERE answered IS NOT NULL OR (status = 'SUBMITTED' AND submitted < $2))::int AS counted,
            count(*) FILTER (WHERE answered - submitted <= interval '7 days')::int AS within,
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered - submitted) * 1000)
              FILTER (WHERE answered IS NOT NULL))::float8 AS median
       FROM apps`,
    organizerId,
    new Date(now.getTime() - 7 * 86_400_000),
  );
  if (!row || row.counted < RESPONSIVENESS_MIN_APPLICATIONS) return null;
  return {
    applications: row.counted,
    medianMs: row.median === null ? null : Math.round(row.median),
    within7Days: row.within / row.counted,
  } satisfies Responsiveness;
}

/** As the public pages read it: recomputed at most every ten minutes per organizer and process. */
export const cachedOrganizerResponsiveness = memoizeByKey(
  10 * 60_000,
  (organizerId: string) => organizerResponsiveness(appDb, organizerId),
  512,
);
