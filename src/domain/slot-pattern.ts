// A role's weekly slot pattern (issue 12): "every Saturday 10:00–14:00 for 8 weeks, 6 places".
// Stored on ProjectRole.slotPattern so that duplicating a project or a template can generate the
// slots again from another first date. Pure: the wall-clock times are Kazakhstan time.
import { z } from "zod";
import { addDays, dateValue, isCalendarDate, zonedToUtc } from "./time";

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MAX_PATTERN_WEEKS = 52;
/** No role gets more slots than this from one pattern (every day for a year is 365). */
export const MAX_SLOTS_PER_PATTERN = 400;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

export const slotPatternSchema = z
  .object({
    /** The first day the pattern may fall on, "YYYY-MM-DD". */
    from: z.string().refine(isCalendarDate, "date"),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, "weekdays")
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    start: time,
    end: time,
    weeks: z.number().int().min(1).max(MAX_PATTERN_WEEKS),
    capacity: z.number().int().min(1).max(10_000),
  })
  .refine((p) => p.end > p.start, { path: ["end"], message: "endBeforeStart" });

export type SlotPattern = z.infer<typeof slotPatternSchema>;
export type GeneratedSlot = { startsAt: Date; endsAt: Date; capacity: number };

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: string): number {
  const day = dateValue(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/**
 * The slots a pattern makes: every chosen weekday in the `weeks` weeks starting at `from`
 * (week 1 is the seven days from `from`), at start–end Kazakhstan time, in time order.
 */
export function generateSlots(pattern: SlotPattern): GeneratedSlot[] {
  const slots: GeneratedSlot[] = [];
  const wanted = new Set(pattern.weekdays);
  for (let i = 0; i < pattern.weeks * 7 && slots.length < MAX_SLOTS_PER_PATTERN; i++) {
    const date = addDays(pattern.from, i);
    if (!wanted.has(isoWeekday(date))) continue;
    slots.push({
      startsAt: zonedToUtc(date, pattern.start),
      endsAt: zonedToUtc(date, pattern.end),
      capacity: pattern.capacity,
    });
  }
  return slots;
}

/** The same pattern moved so it begins on another date (duplicating a project, a template). */
export function shiftPattern(pattern: SlotPattern, from: string): SlotPattern {
  return { ...pattern, from };
}
