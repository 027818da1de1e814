import { getTranslations } from "next-intl/server";
import type { ProjectStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<ProjectStatus, BadgeTone> = {
  DRAFT: "slate",
  SUBMITTED: "amber",
  CHANGES_REQUESTED: "orange",
  PUBLISHED: "green",
  REJECTED: "red",
  COMPLETED: "sky",
  CANCELLED: "gray",
};

export async function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const t = await getTranslations("projects.status");
  return (
    <Badge tone={TONE[status]} data-testid="project-status">
      {t(status)}
    </Badge>
  );
}
