// Weekly availability (issue 11): a day of the week and a part of it, on Kazakhstan's wall clock.
// Morning 06–12, afternoon 12–18, evening 18–23; the night (23–06) is no part anyone offers.
import { KZ_TIME_ZONE } from "./time";

export const WEEK_DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];
export const DAY_PARTS = ["MORNING", "AFTERNOON", "EVENING"] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export type WeekSlotCode = `${WeekDay}_${DayPart}`;

export const WEEK_SLOTS: readonly WeekSlotCode[] = WEEK_DAYS.flatMap((d) => DAY_PARTS.map((p) => `${d}_${p}` as const));

/** The part of the day an hour (0–23) on the wall clock falls in, or null at night. */
export function partOfHour(hour: number): DayPart | null {
  if (hour >= 6 && hour < 12) return "MORNING";
  if (hour >= 12 && hour < 18) return "AFTERNOON";
  if (hour >= 18 && hour < 23) return "EVENING";
  return null;
}

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: KZ_TIME_ZONE,
  weekday: "short",
  hour: "numeric",
  hourCycle: "h23",
});

function slotAt(instant: Date): WeekSlotCode | null {
  const parts = wallClock.formatToParts(instant);
  const day = parts
    .find((p) => p.type === "weekday")
    ?.value.toUpperCase()
    .slice(0, 3) as WeekDay | undefined;
  const part = partOfHour(Number(parts.find((p) => p.type === "hour")?.value));
  return day && part ? `${day}_${part}` : null;
}

/**
 * The week slots a project's time touches, on Kazakhstan's wall clock: every part of a day the
 * period [startsAt, endsAt) overlaps. A week or more touches all of them.
 */
export function slotsOfPeriod(startsAt: Date, endsAt: Date): WeekSlotCode[] {
  const HOUR = 3_600_000;
  if (endsAt.getTime() - startsAt.getTime() >= 7 * 24 * HOUR) return [...WEEK_SLOTS];
  const found = new Set<WeekSlotCode>();
  // Parts of the day begin on whole hours (in every zone Kazakhstan has used), so each hour the
  // period overlaps lies wholly in one slot.
  for (let h = Math.floor(startsAt.getTime() / HOUR) * HOUR; h < endsAt.getTime(); h += HOUR) {
    const slot = slotAt(new Date(h));
    if (slot) found.add(slot);
  }
  return WEEK_SLOTS.filter((s) => found.has(s));
}

/** The age band an organizer sees instead of a birth date. */
export const AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(age: number): AgeBand {
  if (age < 25) return "18-24";
  if (age < 35) return "25-34";
  if (age < 45) return "35-44";
  if (age < 55) return "45-54";
  if (age < 65) return "55-64";
  return "65+";
}

/** "Айгерім Сейітова" → "Айгерім С.": what an organizer needs to address someone, no more. */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "—";
  if (words.length === 1) return words[0]!;
  return `${words[0]} ${Array.from(words.at(-1)!)[0]!.toUpperCase()}.`;
}
