import "server-only";
import type { Db } from "@/server/prisma-client";

export type Violation = { rule: string; id: string; detail: string };

/**
 * What must hold after any interleaving of apply, withdraw, decide, cancel and edit (decision
 * 0007), as one SQL check; each row is a broken rule. The concurrency tests run it after every
 * test, and it can be run against a live database by hand.
 *
 * - places: a role's acceptedCount is its ACCEPTED applications, within its capacity;
 * - closed: no application is open on a cancelled project, and none is waiting on a completed one;
 * - history: each application's status is the last status its history records;
 * - told: each volunteer whose application a cancellation ended got exactly one notice of it.
 */
export const INVARIANT_SQL = `
  SELECT 'places' AS rule, r.id, format('acceptedCount %s, ACCEPTED rows %s, capacity %s', r."acceptedCount", count(a.id), r.capacity) AS detail
    FROM "ProjectRole" r LEFT JOIN "Application" a ON a."roleId" = r.id AND a.status = 'ACCEPTED'
   GROUP BY r.id HAVING r."acceptedCount" <> count(a.id) OR count(a.id) > r.capacity
  UNION ALL
  SELECT 'closed', a.id, format('%s application on a %s project', a.status, p.status)
    FROM "Application" a JOIN "Project" p ON p.id = a."projectId"
   WHERE (p.status = 'CANCELLED' AND a.status IN ('SUBMITTED', 'ACCEPTED', 'WAITLISTED'))
      OR (p.status = 'COMPLETED' AND a.status IN ('SUBMITTED', 'WAITLISTED'))
  UNION ALL
  SELECT 'history', a.id, format('status %s, last event %s', a.status, e."toStatus")
    FROM "Application" a
    JOIN LATERAL (SELECT "toStatus" FROM "ApplicationEvent" WHERE "applicationId" = a.id ORDER BY id DESC LIMIT 1) e ON true
   WHERE e."toStatus" <> a.status
  UNION ALL
  SELECT 'told', a."volunteerId", format('%s notices of the cancellation of %s', count(DISTINCT n.id), p.id)
    FROM "Project" p
    JOIN "Application" a ON a."projectId" = p.id AND a.status = 'CANCELLED'
    LEFT JOIN "Notification" n ON n."userId" = a."volunteerId" AND n.type = 'PROJECT_CANCELLED' AND n.data->>'projectId' = p.id
   WHERE p.status = 'CANCELLED'
   GROUP BY p.id, a."volunteerId" HAVING count(DISTINCT n.id) <> 1`;

export async function invariantViolations(db: Db): Promise<Violation[]> {
  return db.$queryRawUnsafe<Violation[]>(INVARIANT_SQL);
}
