import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { getAreaReport, statisticsYears } from "@/modules/statistics/queries";
import { canEditWages, viewableAreas } from "@/modules/statistics/policy";
import { isArea, NATION, periodOf, periodQuery, statisticsFilterSchema, type Area } from "@/modules/statistics/schema";
import { FilterForm } from "@/modules/statistics/components/filter-form";
import { ReportStatus } from "@/modules/statistics/components/report-header";
import { ReportView } from "@/modules/statistics/components/report-view";
import { Card } from "@/components/ui/card";
import { helpRequestFigures } from "@/modules/help/statistics";
import { HelpFigures } from "@/modules/help/components/help-figures";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function areaName(t: (key: string) => string, area: Area, locale: Locale) {
  return area === NATION ? t("nation") : domainLabel("region", area, locale);
}

export async function generateMetadata({ params }: Props) {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "statistics" });
  return { title: isArea(code) ? t("areaTitle", { area: areaName(t, code, locale as Locale) }) : t("title") };
}

/**
 * The full statistics of a region (or, for admins, of the whole country): every cut, exact
 * figures, the monthly report as CSV and XLSX. Staff of another region get 404 — decided by
 * getAreaReport, not here.
 */
export default async function AreaStatisticsPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const l = locale as Locale;
  if (!isArea(code)) notFound();
  const [t, viewer, raw] = await Promise.all([getTranslations("statistics"), getViewer(), searchParams]);
  const filter = statisticsFilterSchema.parse(raw);
  const period = periodOf(filter);
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/statistics/region/${code}${periodQuery(period)}` } },
      locale,
    });
  // The area chooser of the GET form: another area is another address.
  if (filter.area && filter.area !== code)
    return redirect({ href: `/statistics/region/${filter.area}${periodQuery(period)}`, locale });
  const report = await getAreaReport(db, viewer, code, period);
  if (!report) notFound();
  const [years, helpFigures] = await Promise.all([statisticsYears(db), helpRequestFigures(db, viewer, code, period)]);
  const query = periodQuery(period, { locale });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/statistics${periodQuery(period)}`} className="font-semibold text-brand-700 underline">
            {t("backToOverview")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold" data-testid="statistics-area">
          {t("areaTitle", { area: areaName(t, code, l) })}
        </h1>
        <p className="text-slate-700">{t("areaLead")}</p>
        <ReportStatus report={report} locale={l} />
      </header>
      <FilterForm period={period} years={years} locale={l} areas={{ current: code, options: viewableAreas(viewer) }} />
      <Card as="section" aria-labelledby="downloads" className="p-4">
        <h2 id="downloads" className="font-semibold">
          {t("downloads.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("downloads.lead")}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <a
            href={`/api/statistics/report/${code}${query}&format=xlsx`}
            download
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
            data-testid="download-xlsx"
          >
            {t("downloads.xlsx")}
          </a>
          <a
            href={`/api/statistics/report/${code}${query}&format=csv`}
            download
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-semibold hover:bg-slate-50"
            data-testid="download-csv"
          >
            {t("downloads.csv")}
          </a>
        </div>
      </Card>
      {canEditWages(viewer) ? (
        <p className="text-sm">
          <Link href="/admin/wages" className="font-semibold text-brand-700 underline">
            {t("editWages")}
          </Link>
        </p>
      ) : null}
      <ReportView report={report} locale={l} />
      {helpFigures ? <HelpFigures figures={helpFigures} locale={l} /> : null}
    </div>
  );
}
