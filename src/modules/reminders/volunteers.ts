import "server-only";
import type { Db } from "@/server/prisma-client";
import { addDays, utcToZoned, zonedToUtc } from "@/domain/time";
import { sendOnce, type Occasion } from "./send";

// The volunteers' reminders (docs/decisions/0033-reminders.md). A slot sign-up (SlotSignup
// CONFIRMED under an ACCEPTED application) is reminded by the slot's start; an "event" (an
// ACCEPTED application to a role without slots) by the project's start, once, not per day of a
// multi-day project. Cancelled projects, cancelled sign-ups and deleted accounts get nothing.

type Window = { from: Date; to: Date };

/** The Kazakhstan calendar day after `now`'s: [its 00:00, the next 00:00). */
export function nextKzDay(now: Date): Window & { date: string } {
  const date = addDays(utcToZoned(now).date, 1);
  return { date, from: zonedToUtc(date, "00:00"), to: zonedToUtc(addDays(date, 1), "00:00") };
}

/** The Kazakhstan calendar day before `now`'s. */
export function previousKzDay(now: Date): Window & { date: string } {
  const date = addDays(utcToZoned(now).date, -1);
  return { date, from: zonedToUtc(date, "00:00"), to: zonedToUtc(addDays(date, 1), "00:00") };
}

/** How far ahead the "soon" reminder looks; the job runs every 10 minutes. */
export const SOON_HOURS = 2;

type Due = {
  signupId: string | null;
  applicationId: string;
  volunteerId: string;
  projectId: string;
  projectTitle: string;
  roleTitle: string;
  settlement: string | null;
  startsAt: Date;
  endsAt: Date;
};

/** Slot sign-ups starting within the window whose `prefix` send has not been taken yet. */
async function dueSlots(db: Db, w: Window, prefix: string): Promise<Due[]> {
  return db.$queryRawUnsafe<Due[]>(
    `SELECT s.id AS "signupId", s."applicationId", s."volunteerId", p.id AS "projectId", p.title AS "projectTitle",
            r.title AS "roleTitle", CASE WHEN p."isOnline" THEN NULL ELSE p.settlement END AS settlement,
            s."startsAt", s."endsAt"
       FROM "SlotSignup" s
       JOIN "Application" a ON a.id = s."applicationId"
       JOIN "ProjectRole" r ON r.id = a."roleId"
       JOIN "Project" p ON p.id = a."projectId"
       JOIN "User" u ON u.id = s."volunteerId"
      WHERE s.status = 'CONFIRMED' AND s."startsAt" >= $1 AND s."startsAt" < $2
        AND a.status = 'ACCEPTED' AND p.status = 'PUBLISHED' AND u."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = $3 || s.id)
      ORDER BY s.id`,
    w.from,
    w.to,
    prefix,
  );
}

/** Accepted applications to roles without slots whose project starts within the window. */
async function dueEvents(db: Db, w: Window, prefix: string): Promise<Due[]> {
  return db.$queryRawUnsafe<Due[]>(
    `SELECT NULL AS "signupId", a.id AS "applicationId", a."volunteerId", p.id AS "projectId",
            p.title AS "projectTitle", r.title AS "roleTitle",
            CASE WHEN p."isOnline" THEN NULL ELSE p.settlement END AS settlement, p."startsAt", p."endsAt"
       FROM "Project" p
       JOIN "Application" a ON a."projectId" = p.id
       JOIN "ProjectRole" r ON r.id = a."roleId"
       JOIN "User" u ON u.id = a."volunteerId"
      WHERE p.status = 'PUBLISHED' AND p."startsAt" >= $1 AND p."startsAt" < $2
        AND a.status = 'ACCEPTED' AND u."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "RoleSlot" rs WHERE rs."roleId" = a."roleId")
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = $3 || a.id)
      ORDER BY a.id`,
    w.from,
    w.to,
    prefix,
  );
}

function reminder(type: "REMINDER_DAY_BEFORE" | "REMINDER_SOON", prefix: "day-before" | "soon") {
  return (d: Due): Occasion => ({
    keys: [d.signupId ? `slot-${prefix}:${d.signupId}` : `event-${prefix}:${d.applicationId}`],
    notifications: () => [
      {
        userId: d.volunteerId,
        type,
        data: {
          projectId: d.projectId,
          projectTitle: d.projectTitle,
          roleTitle: d.roleTitle,
          startsAt: d.startsAt.toISOString(),
          endsAt: d.endsAt.toISOString(),
          ...(d.settlement ? { settlement: d.settlement } : {}),
          ...(d.signupId ? { signupId: d.signupId } : { applicationId: d.applicationId }),
        },
      },
    ],
  });
}

export type RunFigures = { candidates: number; notifications: number };

/** 18:00: everything starting during the next Kazakhstan day. */
export async function sendDayBeforeReminders(db: Db, now = new Date()): Promise<RunFigures> {
  const w = nextKzDay(now);
  const due = [...(await dueSlots(db, w, "slot-day-before:")), ...(await dueEvents(db, w, "event-day-before:"))];
  const notifications = await sendOnce(db, due.map(reminder("REMINDER_DAY_BEFORE", "day-before")));
  return { candidates: due.length, notifications };
}

/** Every 10 minutes: what starts within the next two hours and was not reminded so yet. */
export async function sendSoonReminders(db: Db, now = new Date()): Promise<RunFigures> {
  const w = { from: now, to: new Date(now.getTime() + SOON_HOURS * 3600_000) };
  const due = [...(await dueSlots(db, w, "slot-soon:")), ...(await dueEvents(db, w, "event-soon:"))];
  const notifications = await sendOnce(db, due.map(reminder("REMINDER_SOON", "soon")));
  return { candidates: due.length, notifications };
}

type TookPart = {
  applicationId: string;
  volunteerId: string;
  projectId: string;
  projectTitle: string;
  roleTitle: string;
};

/**
 * 09:00: "Did you take part?" for yesterday's (Kazakhstan day) slots and for events that ended
 * yesterday, once per application and day, leading to the hours report. Not to those marked as
 * not having come.
 */
export async function sendTookPartFollowUps(db: Db, now = new Date()): Promise<RunFigures> {
  const w = previousKzDay(now);
  const prefix = `took-part:`;
  const suffix = `:${w.date}`;
  const due = await db.$queryRawUnsafe<TookPart[]>(
    `SELECT DISTINCT ON (a.id) a.id AS "applicationId", a."volunteerId", p.id AS "projectId",
            p.title AS "projectTitle", r.title AS "roleTitle"
       FROM "SlotSignup" s
       JOIN "Application" a ON a.id = s."applicationId"
       JOIN "ProjectRole" r ON r.id = a."roleId"
       JOIN "Project" p ON p.id = a."projectId"
       JOIN "User" u ON u.id = a."volunteerId"
      WHERE s.status = 'CONFIRMED' AND s."startsAt" >= $1 AND s."startsAt" < $2
        AND s.attendance IS DISTINCT FROM 'NO_SHOW'
        AND a.status = 'ACCEPTED' AND p.status IN ('PUBLISHED', 'COMPLETED') AND u."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = $3 || a.id || $4)
     UNION ALL
     SELECT a.id, a."volunteerId", p.id, p.title, r.title
       FROM "Project" p
       JOIN "Application" a ON a."projectId" = p.id
       JOIN "ProjectRole" r ON r.id = a."roleId"
       JOIN "User" u ON u.id = a."volunteerId"
      WHERE p.status IN ('PUBLISHED', 'COMPLETED') AND p."endsAt" >= $1 AND p."endsAt" < $2
        AND a.status = 'ACCEPTED' AND a.attendance IS DISTINCT FROM 'NO_SHOW' AND u."deletedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "RoleSlot" rs WHERE rs."roleId" = a."roleId")
        AND NOT EXISTS (SELECT 1 FROM "ScheduledSend" k WHERE k.key = $3 || a.id || $4)`,
    w.from,
    w.to,
    prefix,
    suffix,
  );
  const notifications = await sendOnce(
    db,
    due.map((d) => ({
      keys: [`${prefix}${d.applicationId}${suffix}`],
      notifications: () => [
        {
          userId: d.volunteerId,
          type: "TOOK_PART_FOLLOW_UP" as const,
          data: { projectId: d.projectId, projectTitle: d.projectTitle, roleTitle: d.roleTitle, workedOn: w.date },
        },
      ],
    })),
  );
  return { candidates: due.length, notifications };
}
