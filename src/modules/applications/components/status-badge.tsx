import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<ApplicationStatus, BadgeTone> = {
  SUBMITTED: "amber",
  ACCEPTED: "green",
  WAITLISTED: "sky",
  REJECTED: "red",
  WITHDRAWN: "slate",
  CANCELLED: "gray",
};

/** An application's status in words and colour; usable from server and client components. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const t = useTranslations("applications.status");
  return (
    <Badge tone={TONE[status]} className="shrink-0" data-testid="application-status" data-status={status}>
      {t(status)}
    </Badge>
  );
}
