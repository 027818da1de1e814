import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { getPublicReport, statisticsYears } from "@/modules/statistics/queries";
import { canEditWages, viewableAreas } from "@/modules/statistics/policy";
import { NATION, periodOf, periodQuery, statisticsFilterSchema } from "@/modules/statistics/schema";
import { FilterForm } from "@/modules/statistics/components/filter-form";
import { ReportStatus } from "@/modules/statistics/components/report-header";
import { ReportView } from "@/modules/statistics/components/report-view";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statistics" });
  return { title: t("title") };
}

/** The public national overview: anyone, no sign-in; small groups withheld. */
export default async function StatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const l = locale as Locale;
  const [t, viewer, raw] = await Promise.all([getTranslations("statistics"), getViewer(), searchParams]);
  const period = periodOf(statisticsFilterSchema.parse(raw));
  const [report, years] = await Promise.all([getPublicReport(db, period), statisticsYears(db)]);
  const areas = viewableAreas(viewer);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        <ReportStatus report={report} locale={l} />
      </header>
      <FilterForm period={period} years={years} locale={l} />
      {areas.length > 0 ? (
        <nav aria-labelledby="full-reports" className="rounded-xl border border-brand-100 bg-brand-50 p-4">
          <h2 id="full-reports" className="font-semibold">
            {t("fullReports")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("fullReportsLead")}</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" data-testid="full-report-links">
            {areas.map((a) => (
              <li key={a}>
                <Link
                  href={`/statistics/region/${a}${periodQuery(period)}`}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
                >
                  {a === NATION ? t("nation") : domainLabel("region", a, l)}
                </Link>
              </li>
            ))}
          </ul>
          {canEditWages(viewer) ? (
            <p className="mt-2 text-sm">
              <Link href="/admin/wages" className="font-semibold text-brand-700 underline">
                {t("editWages")}
              </Link>
            </p>
          ) : null}
        </nav>
      ) : null}
      <ReportView report={report} locale={l} />
    </div>
  );
}
