import { useTranslations } from "next-intl";
import type { HoursSource, HoursStatus } from "@/generated/prisma/enums";
import { EntryStatusBadge } from "./status-badges";

export type EntryLineData = {
  id: string;
  workedOn: string;
  hours: number;
  /** Formatted on the server (see ../format.ts). */
  dayLabel: string;
  hoursLabel: string;
  source: HoursSource;
  status: HoursStatus;
  note: string | null;
  disputeComment: string | null;
  confirmedBy: string | null;
  supersedesId: string | null;
  supersededById: string | null;
};

/**
 * One hours entry as both sides see it: date, amount, status, who entered it, the note or the
 * correction's reason, the organizer's comment on a dispute. `showConfirmer` adds who confirmed
 * it (the organizer's own page).
 */
export function EntryLine({ entry, showConfirmer = false }: { entry: EntryLineData; showConfirmer?: boolean }) {
  const t = useTranslations("hours");
  const superseded = entry.status === "SUPERSEDED";
  return (
    <div
      className="min-w-0 space-y-0.5 text-sm"
      data-testid="hours-entry"
      data-id={entry.id}
      data-status={entry.status}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={`font-medium ${superseded ? "text-slate-500 line-through" : ""}`}>
          {entry.dayLabel} · {t("unit", { hours: entry.hoursLabel })}
        </span>
        <EntryStatusBadge status={entry.status} />
        <span className="text-slate-600">{t(`source.${entry.source}`)}</span>
        {showConfirmer && entry.confirmedBy && entry.status !== "PENDING" && entry.status !== "DISPUTED" ? (
          <span className="text-slate-600">· {t("organizer.confirmedBy", { name: entry.confirmedBy })}</span>
        ) : null}
      </div>
      {entry.supersedesId ? (
        <p className="break-words text-slate-800">{t("entry.correction", { reason: entry.note ?? "" })}</p>
      ) : entry.note ? (
        <p className="break-words text-slate-700">{t("entry.note", { note: entry.note })}</p>
      ) : null}
      {entry.status === "DISPUTED" && entry.disputeComment ? (
        <p className="break-words font-medium text-red-800" data-testid="dispute-comment">
          {t("entry.comment", { comment: entry.disputeComment })}
        </p>
      ) : null}
      {superseded && entry.supersededById ? <p className="text-slate-600">{t("entry.replaced")}</p> : null}
    </div>
  );
}
