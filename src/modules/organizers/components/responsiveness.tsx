import { getTranslations } from "next-intl/server";
import { roughDuration } from "@/domain/time";
import { cachedOrganizerResponsiveness } from "@/modules/organizers/responsiveness";

/**
 * "Answers applications in about 2 days · 90 % within 7 days", from the organizer's own history;
 * nothing at all below 5 applications (too few to say). Server HTML only.
 */
export async function ResponsivenessNote({ organizerId }: { organizerId: string }) {
  const figures = await cachedOrganizerResponsiveness(organizerId);
  if (!figures) return null;
  const t = await getTranslations("reminders.responsiveness");
  const duration = figures.medianMs === null ? null : roughDuration(figures.medianMs);
  return (
    <p className="text-sm text-slate-700" data-testid="responsiveness">
      <span className="font-semibold">{t("title")}: </span>
      {duration
        ? `${t("median", {
            duration:
              duration.unit === "lessThanHour" ? t("lessThanHour") : t(duration.unit, { count: duration.count }),
          })} · `
        : null}
      {t("share", { share: figures.within7Days })} ({t("basis", { count: figures.applications })})
    </p>
  );
}
