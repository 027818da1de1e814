import { useTranslations } from "next-intl";
import type { Attendance, HoursStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const ENTRY_TONE: Record<HoursStatus, BadgeTone> = {
  PENDING: "amber",
  CONFIRMED: "green",
  DISPUTED: "red",
  SUPERSEDED: "slate",
};

/** An hours entry's status in words and colour; usable from server and client components. */
export function EntryStatusBadge({ status }: { status: HoursStatus }) {
  const t = useTranslations("hours.status");
  return (
    <Badge tone={ENTRY_TONE[status]} size="sm" className="shrink-0" data-testid="hours-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}

const ATTENDANCE_TONE: Record<Attendance | "NONE", BadgeTone> = { ATTENDED: "green", NO_SHOW: "red", NONE: "outline" };

export function AttendanceBadge({ attendance }: { attendance: Attendance | null }) {
  const t = useTranslations("hours.attendance");
  const key = attendance ?? "NONE";
  return (
    <Badge tone={ATTENDANCE_TONE[key]} size="sm" className="shrink-0" data-testid="attendance" data-attendance={key}>
      {t(key)}
    </Badge>
  );
}
