import { getTranslations } from "next-intl/server";
import { domainLabel } from "@/i18n/labels";
import { roughDuration } from "@/domain/time";
import type { Locale } from "@/domain/locales";
import type { RegionCode } from "@/generated/prisma/enums";
import { cachedRegionModerationTime } from "@/modules/moderation/queries";

/**
 * What the organizer sees while the project waits for moderation: it was sent, who decides, and
 * how long the region's front office usually takes (the median from its audited decisions, or
 * "no data yet" while there are too few).
 */
export async function SubmittedNotice({ regionCode, locale }: { regionCode: RegionCode; locale: Locale }) {
  const [t, time] = await Promise.all([
    getTranslations("projects.view.submitted"),
    cachedRegionModerationTime(regionCode),
  ]);
  const duration = time.medianMs === null ? null : roughDuration(time.medianMs);
  return (
    <div
      role="status"
      className="space-y-1 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
      data-testid="submitted-notice"
    >
      <p className="font-semibold">{t("title")}</p>
      <p>{t("who", { region: domainLabel("region", regionCode, locale) })}</p>
      <p data-testid="moderation-time">
        {duration
          ? t("time", {
              duration:
                duration.unit === "lessThanHour" ? t("lessThanHour") : t(duration.unit, { count: duration.count }),
              decisions: time.decisions,
            })
          : t("noData")}
      </p>
    </div>
  );
}
