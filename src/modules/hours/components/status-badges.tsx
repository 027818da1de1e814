import { useTranslations } from "next-intl";
import type { Attendance, HoursStatus } from "@/generated/prisma/enums";

const ENTRY_STYLE: Record<HoursStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  CONFIRMED: "bg-green-100 text-green-800 border-green-300",
  DISPUTED: "bg-red-100 text-red-800 border-red-300",
  SUPERSEDED: "bg-slate-100 text-slate-700 border-slate-300",
};

/** An hours entry's status in words and colour; usable from server and client components. */
export function EntryStatusBadge({ status }: { status: HoursStatus }) {
  const t = useTranslations("hours.status");
  return (
    <span
      className={`inline-flex shrink-0 rounded-full border px-2 py-0.5 text-xs font-semibold ${ENTRY_STYLE[status]}`}
      data-testid="hours-status"
      data-status={status}
    >
      {t(status)}
    </span>
  );
}

const ATTENDANCE_STYLE = {
  ATTENDED: "bg-green-50 text-green-800 border-green-300",
  NO_SHOW: "bg-red-50 text-red-800 border-red-300",
  NONE: "bg-white text-slate-600 border-slate-300",
} as const;

export function AttendanceBadge({ attendance }: { attendance: Attendance | null }) {
  const t = useTranslations("hours.attendance");
  const key = attendance ?? "NONE";
  return (
    <span
      className={`inline-flex shrink-0 rounded-full border px-2 py-0.5 text-xs font-semibold ${ATTENDANCE_STYLE[key]}`}
      data-testid="attendance"
      data-attendance={key}
    >
      {t(key)}
    </span>
  );
}
