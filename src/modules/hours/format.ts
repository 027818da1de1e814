// Dates and amounts of hours are formatted on the server and handed to client components as
// text: browsers ship less locale data than Node (Chromium has no Kazakh date or number
// formats), so formatting them in the browser would differ from the server's HTML.
import type { createFormatter } from "next-intl";
import { formatDay, formatHours } from "@/i18n/format";
import type { HoursEntryView } from "./queries";
import type { EntryLineData } from "./components/entry-line";

type Formatter = Pick<ReturnType<typeof createFormatter>, "dateTime" | "number">;

/** An entry as EntryLine and the organizer's actions need it. */
export function entryLine(format: Formatter, e: HoursEntryView): EntryLineData {
  return {
    id: e.id,
    workedOn: e.workedOn,
    hours: e.hours,
    dayLabel: formatDay(format, e.workedOn),
    hoursLabel: formatHours(format, e.hours),
    source: e.source,
    status: e.status,
    note: e.note,
    disputeComment: e.disputeComment,
    confirmedBy: e.confirmedBy,
    supersedesId: e.supersedesId,
    supersededById: e.supersededById,
  };
}
