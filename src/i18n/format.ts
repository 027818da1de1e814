// Calendar dates and amounts of hours in the reader's language, the same on every page, in
// client components (useFormatter) and on the server (getFormatter).
import type { createFormatter } from "next-intl";
import { dateValue } from "@/domain/time";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime" | "number">;

/** "YYYY-MM-DD" → the date in the reader's language, formatted at UTC so no time zone moves the day. */
export function formatDay(format: Formatter, isoDate: string, dateStyle: "medium" | "long" = "medium"): string {
  return format.dateTime(dateValue(isoDate), { dateStyle, timeZone: "UTC" });
}

/** Hours with at most two decimals (7.5, 20.25). */
export function formatHours(format: Formatter, hours: number): string {
  return format.number(hours, { maximumFractionDigits: 2 });
}
