import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locales";
import type { StatisticsReport } from "../report";
import { formatInstant, periodLabel } from "./format";

/** The report's period and how fresh its figures are. */
export async function ReportStatus({ report, locale }: { report: StatisticsReport; locale: Locale }) {
  const t = await getTranslations("statistics");
  return (
    <p className="text-sm text-slate-700" data-testid="statistics-status">
      <span className="font-semibold" data-testid="statistics-period">
        {periodLabel(locale, report.period.year, report.period.month)}
      </span>
      {" · "}
      <span data-testid="statistics-as-of">
        {report.asOf ? t("asOf", { time: formatInstant(locale, report.asOf) }) : t("notYet")}
      </span>
    </p>
  );
}
