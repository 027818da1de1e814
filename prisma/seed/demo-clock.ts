// Dates of the demo dataset, always in Kazakhstan's time through the tz database
// (src/domain/time.ts), never a fixed offset.
import { addDays, utcToZoned, zonedToUtc } from "../../src/domain/time";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, "0");

/** The Kazakhstan calendar date of an instant. */
export const kzDate = (instant: Date): string => utcToZoned(instant).date;

/** A Kazakhstan wall-clock time on a calendar date, as an instant. */
export const kzAt = (isoDate: string, hour: number, minute = 0): Date =>
  zonedToUtc(isoDate, `${pad(hour)}:${pad(minute)}`);

/**
 * The most recent run of a yearly project (first day month/day, `days` long, the last day ending
 * at endHour) that was over at least two days before `now`: the demo's past projects keep their
 * season whatever day the database is seeded on.
 */
export function lastRun(
  now: Date,
  month: number,
  day: number,
  days: number,
  endHour: number,
): { first: string; last: string } {
  const year = Number(kzDate(now).slice(0, 4));
  for (const y of [year, year - 1, year - 2]) {
    const first = `${y}-${pad(month)}-${pad(day)}`;
    const last = addDays(first, days - 1);
    if (kzAt(last, endHour).getTime() <= now.getTime() - 2 * DAY) return { first, last };
  }
  throw new Error(`no past run for ${month}/${day}`);
}
