// Who may record, confirm and correct volunteer hours, and the sane bounds every entry keeps.
// Pure: the mutations call these with what they read under the volunteer's lock, the forms
// call the per-entry checks before sending.
import type { ApplicationStatus, Attendance, ProjectStatus } from "@/generated/prisma/enums";
import { isCalendarDate, utcToZoned } from "@/domain/time";

/** At most this much in one entry: a long day of volunteering, not a shift plus a night. */
export const MAX_HOURS_PER_ENTRY = 12;
/** At most this much on one calendar day (Kazakhstan date), across all projects. */
export const MAX_HOURS_PER_DAY = 16;
/** Hours are recorded in quarter hours. */
export const HOURS_STEP = 0.25;

/** Each is a message key hours.errors.<reason>. */
export const HOURS_REFUSALS = [
  "HOURS_NOT_POSITIVE",
  "HOURS_OVER_ENTRY_LIMIT",
  "HOURS_NOT_QUARTER",
  "DATE_INVALID",
  "DATE_IN_FUTURE",
  "DATE_OUTSIDE_PROJECT",
  "DAY_LIMIT",
] as const;
export type HoursRefusal = (typeof HOURS_REFUSALS)[number];

/** The form field a refusal belongs next to. */
export function refusalField(reason: HoursRefusal): "hours" | "workedOn" {
  return reason.startsWith("DATE_") ? "workedOn" : "hours";
}

/** The amount alone: more than zero, at most 12, in quarter hours. */
export function entryHoursRefusal(hours: number): HoursRefusal | null {
  if (!(hours > 0)) return "HOURS_NOT_POSITIVE";
  if (hours > MAX_HOURS_PER_ENTRY) return "HOURS_OVER_ENTRY_LIMIT";
  if (Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) > 1e-9) return "HOURS_NOT_QUARTER";
  return null;
}

/** The Kazakhstan calendar dates a project runs on, and today's. */
export function projectDays(
  project: { startsAt: Date; endsAt: Date },
  now: Date,
): { first: string; last: string; today: string } {
  return {
    first: utcToZoned(project.startsAt).date,
    last: utcToZoned(project.endsAt).date,
    today: utcToZoned(now).date,
  };
}

/** The date alone: a real date within the project's days, not after today (Kazakhstan time). */
export function dateRefusal(
  workedOn: string,
  project: { startsAt: Date; endsAt: Date },
  now: Date,
): HoursRefusal | null {
  if (!isCalendarDate(workedOn)) return "DATE_INVALID";
  const { first, last, today } = projectDays(project, now);
  // ISO dates compare as strings.
  if (workedOn > today) return "DATE_IN_FUTURE";
  if (workedOn < first || workedOn > last) return "DATE_OUTSIDE_PROJECT";
  return null;
}

/** Hundredths, so sums of quarter hours never drift. */
const cents = (h: number) => Math.round(h * 100);

/**
 * The volunteer's day: `otherHoursThatDay` is what already counts on that date (pending and
 * confirmed entries on any project, without the entry being confirmed or replaced).
 */
export function dayLimitRefusal(hours: number, otherHoursThatDay: number): HoursRefusal | null {
  return cents(otherHoursThatDay) + cents(hours) > cents(MAX_HOURS_PER_DAY) ? "DAY_LIMIT" : null;
}

export type HoursCheck = {
  hours: number;
  workedOn: string;
  project: { startsAt: Date; endsAt: Date };
  otherHoursThatDay: number;
  now: Date;
};

/** Every bound at once, first failure wins: the one answer to "may these hours be recorded?". */
export function hoursRefusal(c: HoursCheck): HoursRefusal | null {
  return (
    entryHoursRefusal(c.hours) ??
    dateRefusal(c.workedOn, c.project, c.now) ??
    dayLimitRefusal(c.hours, c.otherHoursThatDay)
  );
}

/** Projects whose activity may carry hours. */
const HOURS_PROJECT_STATUSES: readonly ProjectStatus[] = ["PUBLISHED", "COMPLETED"];

/** Why no hours can be recorded for this application yet (message key hours.errors.<reason>). */
export const RECORD_REFUSALS = ["NOT_ACCEPTED", "NOT_STARTED", "PROJECT_CLOSED", "NO_SHOW"] as const;
export type RecordRefusal = (typeof RECORD_REFUSALS)[number];

/**
 * Whether hours can be recorded on an application at all — by its volunteer (reporting) or by
 * the organizer (confirming): an accepted place on a project that has started and was not
 * cancelled, and not marked a no-show.
 */
export function recordRefusal(
  application: { status: ApplicationStatus; attendance: Attendance | null },
  project: { status: ProjectStatus; startsAt: Date },
  now: Date,
): RecordRefusal | null {
  if (application.status !== "ACCEPTED") return "NOT_ACCEPTED";
  if (!HOURS_PROJECT_STATUSES.includes(project.status)) return "PROJECT_CLOSED";
  if (project.startsAt > now) return "NOT_STARTED";
  if (application.attendance === "NO_SHOW") return "NO_SHOW";
  return null;
}

/** Attendance can be marked once the activity has started, on accepted places only. */
export function attendanceRefusal(
  application: { status: ApplicationStatus },
  project: { status: ProjectStatus; startsAt: Date },
  now: Date,
): Exclude<RecordRefusal, "NO_SHOW"> | null {
  if (application.status !== "ACCEPTED") return "NOT_ACCEPTED";
  if (!HOURS_PROJECT_STATUSES.includes(project.status)) return "PROJECT_CLOSED";
  if (project.startsAt > now) return "NOT_STARTED";
  return null;
}

/** Adds hours without floating-point drift (0.1 + 0.2 style), to two decimals. */
export function sumHours(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += cents(v);
  return total / 100;
}
