import { getTranslations } from "next-intl/server";
import type { ProjectStatus } from "@/generated/prisma/enums";

const STYLE: Record<ProjectStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800 border-slate-300",
  SUBMITTED: "bg-amber-100 text-amber-900 border-amber-300",
  CHANGES_REQUESTED: "bg-orange-100 text-orange-900 border-orange-300",
  PUBLISHED: "bg-green-100 text-green-800 border-green-300",
  REJECTED: "bg-red-100 text-red-800 border-red-300",
  COMPLETED: "bg-sky-100 text-sky-900 border-sky-300",
  CANCELLED: "bg-slate-200 text-slate-700 border-slate-400",
};

export async function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = await getTranslations("projects.status");
  return (
    <span
      className={`inline-flex rounded-full border px-3 py-1 text-sm font-semibold ${STYLE[status]}`}
      data-testid="project-status"
    >
      {t(status)}
    </span>
  );
}
