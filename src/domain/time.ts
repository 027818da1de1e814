// Kazakhstan's time. Since 1 March 2024 every region is UTC+5, but dates before that (and any
// future change) must follow the IANA tz database, so nothing here uses a fixed offset.
import { dateTimeFormat } from "./intl-formats";

export const KZ_TIME_ZONE = "Asia/Almaty";

/** The zone's offset from UTC in minutes at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** "2026-12-05" + "10:00" on the wall clock of the zone → the instant. */
export function zonedToUtc(date: string, time: string, timeZone = KZ_TIME_ZONE): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // Two passes settle the offset even across a change of the zone's rules.
  let instant = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  instant = wall - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** An instant → its wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in the zone. */
export function utcToZoned(instant: Date, timeZone = KZ_TIME_ZONE): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

// Calendar dates ("YYYY-MM-DD") travel as text and are stored in @db.Date columns, which Prisma
// hands over as a Date at UTC midnight. These convert between the two, without any zone.

/** A @db.Date value (UTC midnight) → "YYYY-MM-DD". */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → the @db.Date value Prisma stores (UTC midnight). */
export function dateValue(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** "2026-02-28" plus n calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  const d = dateValue(date);
  d.setUTCDate(d.getUTCDate() + n);
  return isoDate(d);
}

/** "2026-02-30" is not a date; "2026-02-28" is. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = dateValue(value);
  return !Number.isNaN(d.getTime()) && isoDate(d) === value;
}

/**
 * A span said roughly, as a person says how long something takes: under an hour, whole hours up
 * to two days, then whole days.
 */
export function roughDuration(ms: number): { unit: "lessThanHour" | "hours" | "days"; count: number } {
  const hours = ms / 3_600_000;
  if (hours < 1) return { unit: "lessThanHour", count: 0 };
  if (hours < 47.5) return { unit: "hours", count: Math.round(hours) };
  return { unit: "days", count: Math.round(hours / 24) };
}
