import "server-only";
import type { Db } from "@/server/prisma-client";
import type { NotificationInput } from "@/modules/notifications/notify";
import { overdueWhere } from "@/modules/help/scope";
import { utcToZoned } from "@/domain/time";
import { sendOnce, type Occasion } from "./send";

// What waits for organizers' teams and regions' staff (docs/decisions/0033-reminders.md).

/** An application SUBMITTED this many days ago is waiting: its organizer's members are reminded. */
export const WAITING_DAYS = 5;
/** ...and this many days ago, stale: the project's region's staff are told too. */
export const STALE_DAYS = 10;

const DAY = 86_400_000;

type Waiting = { applicationId: string; organizerId: string; regionCode: string };

/** SUBMITTED applications of published projects older than `days`, not yet sent under `prefix`. */
async function waitingApplications(db: Db, now: Date, days: number, prefix: string): Promise<Waiting[]> {
  return db.$queryRawUnsafe<Waiting[]>(
    `SELECT a.id AS "applicationId", p."organizerId", p."regionCode"::text AS "regionCode"
       FROM "Application" a JOIN "Project" p ON p.id = a."projectId"
      WHERE a.status = 'SUBMITTED' AND a."createdAt" < $1 AND p.status = 'PUBLISHED'
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = $2 || a.id)
      ORDER BY a.id`,
    new Date(now.getTime() - days * DAY),
    prefix,
  );
}

/** userIds per organizer and per region, in two queries whatever the number of groups. */
async function membersOf(db: Db, organizerIds: string[]): Promise<Map<string, string[]>> {
  const rows = await db.organizerMember.findMany({
    where: { organizerId: { in: organizerIds }, user: { deletedAt: null } },
    select: { organizerId: true, userId: true },
  });
  return groupIds(rows.map((r) => [r.organizerId, r.userId]));
}

async function staffOf(db: Db, regionCodes: string[]): Promise<Map<string, string[]>> {
  const rows = await db.staffAssignment.findMany({
    where: { regionCode: { in: regionCodes as never[] }, user: { deletedAt: null } },
    select: { regionCode: true, userId: true },
  });
  return groupIds(rows.map((r) => [r.regionCode, r.userId]));
}

function groupIds(pairs: [string, string][]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [k, v] of pairs) m.set(k, [...(m.get(k) ?? []), v]);
  return m;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const i of items) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
  return m;
}

/**
 * Daily: applications waiting more than 5 days → APPLICATIONS_WAITING to the organizer's members;
 * more than 10 days → APPLICATIONS_STALE to the members and to the project region's staff. Each
 * application is counted once per stage (keys "application-waiting:<id>", "application-stale:<id>"),
 * one notification per organizer (and region) tells how many newly crossed the line.
 */
export async function sendWaitingApplications(db: Db, now = new Date()) {
  const waiting = await waitingApplications(db, now, WAITING_DAYS, "application-waiting:");
  const stale = await waitingApplications(db, now, STALE_DAYS, "application-stale:");
  const organizerIds = [...new Set([...waiting, ...stale].map((w) => w.organizerId))];
  const members = await membersOf(db, organizerIds);
  const staff = await staffOf(db, [...new Set(stale.map((s) => s.regionCode))]);
  const occasions: Occasion[] = [];
  for (const [organizerId, apps] of groupBy(waiting, (w) => w.organizerId)) {
    occasions.push({
      keys: apps.map((a) => `application-waiting:${a.applicationId}`),
      notifications: (taken) =>
        (members.get(organizerId) ?? []).map((userId) => ({
          userId,
          type: "APPLICATIONS_WAITING" as const,
          data: { organizerId, count: taken.length, days: WAITING_DAYS },
        })),
    });
  }
  for (const apps of groupBy(stale, (s) => `${s.organizerId} ${s.regionCode}`).values()) {
    const { organizerId, regionCode } = apps[0]!;
    occasions.push({
      keys: apps.map((a) => `application-stale:${a.applicationId}`),
      notifications: (taken) => [
        ...(members.get(organizerId) ?? []).map((userId) => ({
          userId,
          type: "APPLICATIONS_STALE" as const,
          data: { organizerId, count: taken.length, days: STALE_DAYS },
        })),
        ...(staff.get(regionCode) ?? []).map((userId) => ({
          userId,
          type: "APPLICATIONS_STALE" as const,
          data: { organizerId, regionCode, count: taken.length, days: STALE_DAYS, forStaff: true },
        })),
      ],
    });
  }
  // Small groups: many organizers share a transaction.
  return sendOnce(db, occasions, 200);
}

/** The Monday of `now`'s Kazakhstan week ("YYYY-MM-DD"), naming the week in the digest's key. */
export function kzWeek(now: Date): string {
  const date = utcToZoned(now).date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

type OrganizerWeek = { organizerId: string; waiting: number; overdue: number; upcoming: number; hours: number };

/**
 * Mondays: each organizer with something to do gets one digest per member: applications waiting
 * for an answer (and how many of them more than 5 days), its projects starting within 7 days,
 * hours waiting for its confirmation. Nothing to do, no digest.
 */
export async function sendOrganizerWeeklyDigests(db: Db, now = new Date()) {
  const week = kzWeek(now);
  const rows = await db.$queryRawUnsafe<OrganizerWeek[]>(
    `WITH w AS (
       SELECT p."organizerId", count(*)::int AS waiting, count(*) FILTER (WHERE a."createdAt" < $1)::int AS overdue
         FROM "Application" a JOIN "Project" p ON p.id = a."projectId"
        WHERE a.status = 'SUBMITTED' AND p.status = 'PUBLISHED' GROUP BY 1),
     u AS (
       SELECT "organizerId", count(*)::int AS upcoming FROM "Project"
        WHERE status = 'PUBLISHED' AND "startsAt" >= $2 AND "startsAt" < $3 GROUP BY 1),
     h AS (
       SELECT p."organizerId", count(*)::int AS hours
         FROM "HoursEntry" e JOIN "Project" p ON p.id = e."projectId"
        WHERE e.status = 'PENDING' GROUP BY 1)
     SELECT o.id AS "organizerId", coalesce(w.waiting, 0) AS waiting, coalesce(w.overdue, 0) AS overdue,
            coalesce(u.upcoming, 0) AS upcoming, coalesce(h.hours, 0) AS hours
       FROM "Organizer" o
       LEFT JOIN w ON w."organizerId" = o.id LEFT JOIN u ON u."organizerId" = o.id LEFT JOIN h ON h."organizerId" = o.id
      WHERE (w.waiting > 0 OR u.upcoming > 0 OR h.hours > 0)
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = 'organizer-weekly:' || o.id || ':' || $4)
      ORDER BY o.id`,
    new Date(now.getTime() - WAITING_DAYS * DAY),
    now,
    new Date(now.getTime() + 7 * DAY),
    week,
  );
  const members = await membersOf(
    db,
    rows.map((r) => r.organizerId),
  );
  return sendOnce(
    db,
    rows.map((r) => ({
      keys: [`organizer-weekly:${r.organizerId}:${week}`],
      notifications: () =>
        (members.get(r.organizerId) ?? []).map((userId): NotificationInput => ({
          userId,
          type: "ORGANIZER_WEEKLY_DIGEST",
          data: {
            organizerId: r.organizerId,
            waiting: r.waiting,
            overdue: r.overdue,
            upcoming: r.upcoming,
            hours: r.hours,
          },
        })),
    })),
    500,
  );
}

type RegionDay = { regionCode: string; organizers: number; projects: number; stale: number };

/**
 * Every morning, each region's staff get one digest: organizers to verify, projects to moderate,
 * requests for help waiting more than 48 hours (this replaces the help module's separate
 * HELP_REQUESTS_OVERDUE digest), applications unanswered for more than 10 days. Nothing waiting,
 * no digest.
 */
export async function sendStaffDailyDigests(db: Db, now = new Date()) {
  const day = utcToZoned(now).date;
  const rows = await db.$queryRawUnsafe<RegionDay[]>(
    `SELECT r.code::text AS "regionCode",
            (SELECT count(*)::int FROM "Organizer" o WHERE o."regionCode" = r.code AND o."verificationStatus" = 'PENDING') AS organizers,
            (SELECT count(*)::int FROM "Project" p WHERE p."regionCode" = r.code AND p.status = 'SUBMITTED') AS projects,
            (SELECT count(*)::int FROM "Application" a JOIN "Project" p ON p.id = a."projectId"
              WHERE p."regionCode" = r.code AND p.status = 'PUBLISHED' AND a.status = 'SUBMITTED' AND a."createdAt" < $1) AS stale
       FROM "Region" r
      WHERE EXISTS (SELECT 1 FROM "StaffAssignment" s WHERE s."regionCode" = r.code)
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = 'staff-daily:' || r.code || ':' || $2)`,
    new Date(now.getTime() - STALE_DAYS * DAY),
    day,
  );
  const help = new Map(
    (await db.helpRequest.groupBy({ by: ["regionCode"], where: overdueWhere(now), _count: { _all: true } })).map(
      (g) => [g.regionCode as string, g._count._all],
    ),
  );
  const due = rows
    .map((r) => ({ ...r, helpRequests: help.get(r.regionCode) ?? 0 }))
    .filter((r) => r.organizers + r.projects + r.stale + r.helpRequests > 0);
  const staff = await staffOf(
    db,
    due.map((r) => r.regionCode),
  );
  return sendOnce(
    db,
    due.map((r) => ({
      keys: [`staff-daily:${r.regionCode}:${day}`],
      notifications: () =>
        (staff.get(r.regionCode) ?? []).map((userId): NotificationInput => ({
          userId,
          type: "STAFF_DAILY_DIGEST",
          data: {
            regionCode: r.regionCode,
            organizers: r.organizers,
            projects: r.projects,
            helpRequests: r.helpRequests,
            stale: r.stale,
          },
        })),
    })),
  );
}
