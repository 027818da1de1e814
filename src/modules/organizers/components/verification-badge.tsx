import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function VerificationBadge({ status }: { status: "PENDING" | "VERIFIED" | "REJECTED" }) {
  const t = await getTranslations("organizer.status");
  const tone = ({ VERIFIED: "green", PENDING: "amber", REJECTED: "red" } as const)[status];
  return (
    <Badge tone={tone} data-testid="verification-badge">
      {status === "VERIFIED" ? <span aria-hidden>✓</span> : null}
      {t(status)}
    </Badge>
  );
}
