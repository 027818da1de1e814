import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { WORKING_HOURS_PER_MONTH } from "@/domain/region-wages";
import { listWages } from "@/modules/statistics/queries";
import { currentYear, wagePeriodSchema } from "@/modules/statistics/schema";
import { WagesForm, type WagesPeriod } from "@/modules/statistics/components/wages-form";
import { formatTenge } from "@/modules/statistics/components/format";
import { ClientMessages } from "@/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statistics.wages" });
  return { title: t("title") };
}

/** The national admin keeps the regions' wages per year and quarter, with sources; everyone else gets 404. */
export default async function WagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/admin/wages` } }, locale });
  const query = wagePeriodSchema.parse(await searchParams);
  const year = query.year ?? currentYear();
  const quarter = query.quarter ? Number(query.quarter) : null;
  const wages = await listWages(db, viewer, { year, quarter });
  if (!wages) notFound();
  const [t, format] = await Promise.all([getTranslations("statistics.wages"), getFormatter()]);
  const l = locale as Locale;
  const tenge = (n: number) => formatTenge(locale, n);
  const periodName = (y: number, q: number | null) =>
    q ? t("quarterOf", { year: y, quarter: q }) : t("yearOf", { year: y });
  const period: WagesPeriod = {
    year,
    quarter: (quarter ? String(quarter) : "") as WagesPeriod["quarter"],
    source: wages.source,
  };
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { hours: WORKING_HOURS_PER_MONTH })}</p>
        <p className="text-sm">
          <Link href="/statistics" className="font-semibold text-brand-700 underline">
            {t("toStatistics")}
          </Link>{" "}
          ·{" "}
          <Link href="/statistics/methods#value" className="font-semibold text-brand-700 underline">
            {t("toMethods")}
          </Link>
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("periodPicker")}>
        <div className="space-y-1">
          <label htmlFor="wages-year" className="block text-sm font-semibold">
            {t("year")}
          </label>
          <input id="wages-year" name="year" type="number" defaultValue={year} className={`${inputClass} w-28`} />
        </div>
        <div className="space-y-1">
          <label htmlFor="wages-quarter" className="block text-sm font-semibold">
            {t("quarter")}
          </label>
          <select id="wages-quarter" name="quarter" defaultValue={quarter ?? ""} className={inputClass}>
            <option value="">{t("annual")}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t("quarterN", { quarter: q })}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {wages.periods.length > 0 ? (
        <p className="text-sm text-slate-700">
          {t("periods")}{" "}
          {wages.periods.map((p, i) => (
            <span key={`${p.year}-${p.quarter}`}>
              {i > 0 ? ", " : ""}
              <Link
                href={{
                  pathname: "/admin/wages",
                  query: { year: p.year, ...(p.quarter ? { quarter: p.quarter } : {}) },
                }}
                className="text-brand-700 underline"
              >
                {periodName(p.year, p.quarter)}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <h2 className="text-xl font-semibold">{periodName(year, quarter)}</h2>
      {wages.source ? null : <p className="text-slate-700">{t("notEntered")}</p>}
      <ClientMessages components={["modules/statistics/components/wages-form"]}>
        <WagesForm
          key={`${year}-${quarter ?? ""}`}
          period={period}
          rows={wages.rows.map((w) => ({
            regionCode: w.regionCode,
            region: domainLabel("region", w.regionCode, l),
            monthlyWageKzt: w.monthlyWageKzt,
            valuing: w.valuing
              ? t(w.valuing.basis === "QUARTER" || w.valuing.basis === "YEAR" ? "valuingOwn" : "valuingStandIn", {
                  hourly: tenge(w.valuing.hourlyWageKzt),
                  monthly: tenge(w.valuing.monthlyWageKzt),
                  period: periodName(w.valuing.year, w.valuing.quarter),
                })
              : t("valuingNone"),
            changed: w.changedAt
              ? t(w.changedBy ? "changedBy" : "changedAt", {
                  date: format.dateTime(w.changedAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: "Asia/Almaty",
                  }),
                  name: w.changedBy ?? "",
                })
              : null,
          }))}
        />
      </ClientMessages>
    </div>
  );
}
