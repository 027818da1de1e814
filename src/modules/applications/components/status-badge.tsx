import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/generated/prisma/enums";

const STYLE: Record<ApplicationStatus, string> = {
  SUBMITTED: "bg-amber-100 text-amber-900 border-amber-300",
  ACCEPTED: "bg-green-100 text-green-800 border-green-300",
  WAITLISTED: "bg-sky-100 text-sky-900 border-sky-300",
  REJECTED: "bg-red-100 text-red-800 border-red-300",
  WITHDRAWN: "bg-slate-100 text-slate-700 border-slate-300",
  CANCELLED: "bg-slate-200 text-slate-700 border-slate-400",
};

/** An application's status in words and colour; usable from server and client components. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("applications.status");
  return (
    <span
      className={`inline-flex shrink-0 rounded-full border px-3 py-1 text-sm font-semibold ${STYLE[status]}`}
      data-testid="application-status"
      data-status={status}
    >
      {t(status)}
    </span>
  );
}
