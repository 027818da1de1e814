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
 * - told: each volunteer whose application a cancellation ended got exactly one notice of it;
 * - slot places: a slot's acceptedCount is its CONFIRMED sign-ups, within its capacity (decision 0032);
 * - slot holders: a CONFIRMED or WAITLISTED sign-up belongs to an ACCEPTED application, a PENDING
 *   one to an application still waiting (SUBMITTED, WAITLISTED); none stays open on a cancelled
 *   project; no volunteer holds two overlapping CONFIRMED slots;
 * - slot times: each sign-up's times are its slot's (copied on insert, moved with an edited slot).
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
   GROUP BY p.id, a."volunteerId" HAVING count(DISTINCT n.id) <> 1
  UNION ALL
  SELECT 'slot places', s.id, format('acceptedCount %s, CONFIRMED sign-ups %s, capacity %s', s."acceptedCount", count(g.id), s.capacity)
    FROM "RoleSlot" s LEFT JOIN "SlotSignup" g ON g."slotId" = s.id AND g.status = 'CONFIRMED'
   GROUP BY s.id HAVING s."acceptedCount" <> count(g.id) OR count(g.id) > s.capacity
  UNION ALL
  SELECT 'slot holders', g.id, format('%s sign-up of a %s application on a %s project', g.status, a.status, p.status)
    FROM "SlotSignup" g JOIN "Application" a ON a.id = g."applicationId" JOIN "Project" p ON p.id = a."projectId"
   WHERE (g.status IN ('CONFIRMED', 'WAITLISTED') AND a.status <> 'ACCEPTED')
      OR (g.status = 'PENDING' AND a.status NOT IN ('SUBMITTED', 'WAITLISTED'))
      OR (g.status <> 'CANCELLED' AND p.status = 'CANCELLED')
  UNION ALL
  SELECT 'slot overlap', g.id, format('overlaps CONFIRMED sign-up %s', h.id)
    FROM "SlotSignup" g JOIN "SlotSignup" h ON h."volunteerId" = g."volunteerId" AND h.id > g.id
     AND h.status = 'CONFIRMED' AND h."startsAt" < g."endsAt" AND h."endsAt" > g."startsAt"
   WHERE g.status = 'CONFIRMED'
  UNION ALL
  SELECT 'slot times', g.id, format('sign-up %s–%s, slot %s–%s', g."startsAt", g."endsAt", s."startsAt", s."endsAt")
    FROM "SlotSignup" g JOIN "RoleSlot" s ON s.id = g."slotId"
   WHERE g."startsAt" <> s."startsAt" OR g."endsAt" <> s."endsAt"`;

export async function invariantViolations(db: Db): Promise<Violation[]> {
  return db.$queryRawUnsafe<Violation[]>(INVARIANT_SQL);
}
