import { getTranslations } from "next-intl/server";
import type { HelpRequestStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<HelpRequestStatus | "OFFERED", BadgeTone> = {
  NEW: "amber",
  OFFERED: "amber",
  IN_PROGRESS: "sky",
  RESOLVED: "green",
  DECLINED: "red",
  DUPLICATE: "slate",
};

/** A request's status in words; "offered" is IN_PROGRESS before the organizer accepted. */
export async function HelpStatusBadge({ status, accepted }: { status: HelpRequestStatus; accepted: boolean }) {
  const t = await getTranslations("help.status");
  const shown = status === "IN_PROGRESS" && !accepted ? "OFFERED" : status;
  return (
    <Badge tone={TONE[shown]} data-testid="help-status">
      {t(shown)}
    </Badge>
  );
}
