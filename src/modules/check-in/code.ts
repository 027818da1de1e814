// Pure (no database, no "server-only"): the demo seed derives the same keys with it.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { addDays, isCalendarDate, utcToZoned, zonedToUtc } from "@/domain/time";

// The check-in codes behind the QR (decision 0035). A code names one occurrence — a slot, or one
// day of a project whose roles have no slots — and carries an HMAC of it under that slot's or
// project's secret, so each slot and each day has its own code, the secret never leaves the
// database, and a code is refused outside its occurrence's window (one hour before the start to
// one hour after the end): a photo of last week's poster names last week's occurrence.

/** How long before the start and after the end a code works. */
export const WINDOW_MARGIN_MS = 3_600_000;

/** Hex characters of the HMAC kept in a code: 80 bits, short enough for a small QR. */
const MAC_LENGTH = 20;

export type Occurrence = { kind: "slot"; slotId: string } | { kind: "day"; projectId: string; date: string };

/** A fresh secret for a slot or a project (stored in its checkInSecret, never shown). */
export function newCheckInSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The key a CheckIn row keeps (unique per application): the slot, or the project's day. */
export function occurrenceKey(o: Occurrence): string {
  return o.kind === "slot" ? `slot:${o.slotId}` : `day:${o.date}`;
}

function mac(secret: string, o: Occurrence): string {
  const subject = o.kind === "slot" ? `slot:${o.slotId}` : `day:${o.projectId}:${o.date}`;
  return createHmac("sha256", secret).update(`asar-check-in:v1:${subject}`).digest("hex").slice(0, MAC_LENGTH);
}

/** The code in the QR and the scanning URL (path-safe: letters, digits and dashes only). */
export function checkInCode(secret: string, o: Occurrence): string {
  return o.kind === "slot"
    ? `s-${o.slotId}-${mac(secret, o)}`
    : `d-${o.projectId}-${o.date.replaceAll("-", "")}-${mac(secret, o)}`;
}

const ID = "[a-z0-9]{1,40}";
const SLOT_CODE = new RegExp(`^s-(${ID})-([0-9a-f]{${MAC_LENGTH}})$`);
const DAY_CODE = new RegExp(`^d-(${ID})-(\\d{4})(\\d{2})(\\d{2})-([0-9a-f]{${MAC_LENGTH}})$`);

/** What a code claims to be, before its HMAC is checked; null when it is not a code at all. */
export function parseCheckInCode(code: string): { occurrence: Occurrence; mac: string } | null {
  if (code.length > 100) return null;
  const s = SLOT_CODE.exec(code);
  if (s) return { occurrence: { kind: "slot", slotId: s[1]! }, mac: s[2]! };
  const d = DAY_CODE.exec(code);
  if (d) {
    const date = `${d[2]}-${d[3]}-${d[4]}`;
    if (!isCalendarDate(date)) return null;
    return { occurrence: { kind: "day", projectId: d[1]!, date }, mac: d[5]! };
  }
  return null;
}

/** Whether the code's HMAC is the one of this secret, compared in constant time. */
export function codeMatches(secret: string, o: Occurrence, given: string): boolean {
  const expected = Buffer.from(mac(secret, o));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type Span = { startsAt: Date; endsAt: Date };

/** When a code works: from an hour before the start to an hour after the end. */
export function windowOf(span: Span): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(span.startsAt.getTime() - WINDOW_MARGIN_MS),
    closesAt: new Date(span.endsAt.getTime() + WINDOW_MARGIN_MS),
  };
}

export function windowRefusal(span: Span, now: Date): "TOO_EARLY" | "TOO_LATE" | null {
  const { opensAt, closesAt } = windowOf(span);
  if (now < opensAt) return "TOO_EARLY";
  if (now > closesAt) return "TOO_LATE";
  return null;
}

/**
 * One day of a project without slots, in Kazakhstan time: a one-day project is its own span; on
 * a longer one each day runs from the project's start time to its end time (the whole day when
 * the end time is not after the start time), cut to the project. Null for a date outside it.
 */
export function projectDaySpan(project: Span, date: string): Span | null {
  const first = utcToZoned(project.startsAt);
  const last = utcToZoned(project.endsAt);
  if (!isCalendarDate(date) || date < first.date || date > last.date) return null;
  if (first.date === last.date) return { startsAt: project.startsAt, endsAt: project.endsAt };
  const daily = last.time > first.time;
  const startsAt = daily ? zonedToUtc(date, first.time) : zonedToUtc(date, "00:00");
  const endsAt = daily ? zonedToUtc(date, last.time) : zonedToUtc(addDays(date, 1), "00:00");
  return {
    startsAt: startsAt < project.startsAt ? project.startsAt : startsAt,
    endsAt: endsAt > project.endsAt ? project.endsAt : endsAt,
  };
}

/** The Kazakhstan dates of a project, first to last (at most `max`). */
export function projectDates(project: Span, max = 366): string[] {
  const first = utcToZoned(project.startsAt).date;
  const last = utcToZoned(project.endsAt).date;
  const out: string[] = [];
  for (let d = first; d <= last && out.length < max; d = addDays(d, 1)) out.push(d);
  return out;
}
