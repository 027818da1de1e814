import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { WORKING_HOURS_PER_MONTH } from "@/domain/regions";
import { listWages } from "@/modules/statistics/queries";
import { WagesForm } from "@/modules/statistics/components/wages-form";
import { formatTenge } from "@/modules/statistics/components/format";
import { ClientMessages } from "@/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statistics.wages" });
  return { title: t("title") };
}

/** The national admin keeps the regions' average hourly wages; everyone else gets 404. */
export default async function WagesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/admin/wages` } }, locale });
  const wages = await listWages(db, viewer);
  if (!wages) notFound();
  const [t, format] = await Promise.all([getTranslations("statistics.wages"), getFormatter()]);
  const l = locale as Locale;
  const tenge = (n: number) => formatTenge(locale, n);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead", { hours: WORKING_HOURS_PER_MONTH })}</p>
        <p className="text-sm">
          <Link href="/statistics" className="font-semibold text-brand-700 underline">
            {t("toStatistics")}
          </Link>
        </p>
      </div>
      <ClientMessages components={["modules/statistics/components/wages-form"]}>
        <WagesForm
          rows={wages.map((w) => ({
            regionCode: w.regionCode,
            region: domainLabel("region", w.regionCode, l),
            hourlyWageKzt: w.hourlyWageKzt,
            reference: t("referenceValue", {
              hourly: tenge(w.defaultHourlyWageKzt),
              monthly: tenge(w.averageMonthlyWageKzt),
            }),
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
