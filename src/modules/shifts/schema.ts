// The shifts forms (decision 0032). Every form is a plain post (FormData), so it works without
// JavaScript: numbers and checkbox groups arrive as strings and are read here.
import { z } from "zod";
import { isCalendarDate } from "@/domain/time";
import { generateSlots, MAX_PATTERN_WEEKS, slotPatternSchema, type SlotPattern } from "@/domain/slot-pattern";
import { slotIdsField } from "@/modules/applications/schema";

const id = z.string().min(1).max(40);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "shifts.validation.time");
const date = z.string().refine(isCalendarDate, "shifts.validation.date");
const places = z.coerce
  .number({ message: "shifts.validation.capacity" })
  .int("shifts.validation.capacity")
  .min(1, "shifts.validation.capacity")
  .max(10_000, "shifts.validation.capacity");

/** One slot added by hand: a date and its start and end in Kazakhstan time. */
export const addSlotSchema = z
  .object({ roleId: id, date, start: time, end: time, capacity: places })
  .refine((s) => s.end > s.start, { path: ["end"], message: "shifts.validation.endBeforeStart" });

/**
 * A future slot edited by the organizer: its date, start and end in Kazakhstan time and its
 * places (never fewer than already taken: checked under the slot's lock, src/modules/shifts/mutations.ts).
 */
export const editSlotSchema = z
  .object({ slotId: id, date, start: time, end: time, capacity: places })
  .refine((s) => s.end > s.start, { path: ["end"], message: "shifts.validation.endBeforeStart" });

/** The fields of the slot forms, the ones an error can stand next to. */
export const SLOT_FORM_FIELDS = ["date", "start", "end", "capacity"] as const;
export type SlotFormField = (typeof SLOT_FORM_FIELDS)[number];

/** One value or a checkbox group (FormData.getAll) as a list of strings. */
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null || v === "" ? [] : [v]);

/**
 * The weekly pattern form: "every Saturday 10:00–14:00 for 8 weeks, 6 places". Weekdays are the
 * checked boxes (1 = Monday … 7 = Sunday). The output is the domain's SlotPattern.
 */
export const patternFormSchema = z
  .object({
    roleId: id,
    from: date,
    weekdays: z.preprocess(
      list,
      z
        .array(z.coerce.number().int().min(1).max(7))
        .min(1, "shifts.validation.weekdays")
        .max(7, "shifts.validation.weekdays"),
    ),
    start: time,
    end: time,
    weeks: z.coerce
      .number({ message: "shifts.validation.weeks" })
      .int("shifts.validation.weeks")
      .min(1, "shifts.validation.weeks")
      .max(MAX_PATTERN_WEEKS, "shifts.validation.weeks"),
    capacity: places,
  })
  .refine((p) => p.end > p.start, { path: ["end"], message: "shifts.validation.endBeforeStart" })
  .transform(({ roleId, ...rest }) => ({ roleId, pattern: slotPatternSchema.parse(rest) as SlotPattern }));

export type PatternForm = z.output<typeof patternFormSchema>;

/** How many slots a pattern makes, for the preview before generating them. */
export function patternSlotCount(pattern: SlotPattern): number {
  return generateSlots(pattern).length;
}

export const slotIdSchema = z.object({ slotId: id });
export const signupIdSchema = z.object({ signupId: id });
export const changeSlotsSchema = z.object({ applicationId: id, slotIds: slotIdsField });

/** The feed token as it appears in the URL: 43 base64url characters (32 random bytes). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Where a new feed's token waits to be shown once (src/modules/shifts/actions.ts): an httpOnly
 * cookie for two minutes, sent only to /[locale]/my/calendar.
 */
export const FEED_TOKEN_COOKIE = "asar-feed-token";
