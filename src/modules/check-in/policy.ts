// The hours a check-in proposes and the refusals of a scan. Pure: the mutations call these with
// what they read under the volunteer's lock (the same lock as src/modules/hours).
import { HOURS_STEP, MAX_HOURS_PER_DAY, MAX_HOURS_PER_ENTRY } from "@/modules/hours/policy";

/** Each is a message key checkIn.errors.<reason>. */
export const SCAN_REFUSALS = ["INVALID", "TOO_EARLY", "TOO_LATE", "NOT_YOURS", "CLOSED"] as const;
export type ScanRefusal = (typeof SCAN_REFUSALS)[number];

const QUARTER_MS = HOURS_STEP * 3_600_000;

/** The time between check-in and check-out, to the nearest quarter hour; never negative. */
export function quarterHours(checkedInAt: Date, checkedOutAt: Date): number {
  return Math.max(0, Math.round((checkedOutAt.getTime() - checkedInAt.getTime()) / QUARTER_MS)) * HOURS_STEP;
}

/**
 * Hours within the hours rules: at most 12 in one entry, and no more than what is left of the
 * volunteer's 16-hour day after what already counts on that date (`otherHoursThatDay`), in
 * whole quarter hours.
 */
export function capProposal(hours: number, otherHoursThatDay = 0): number {
  const left = Math.max(0, Math.floor((MAX_HOURS_PER_DAY - otherHoursThatDay) / HOURS_STEP + 1e-9) * HOURS_STEP);
  return Math.min(hours, MAX_HOURS_PER_ENTRY, left);
}

/** What a check-out proposes for the organizer's confirmation. */
export function proposedHours(checkedInAt: Date, checkedOutAt: Date, otherHoursThatDay = 0): number {
  return capProposal(quarterHours(checkedInAt, checkedOutAt), otherHoursThatDay);
}
