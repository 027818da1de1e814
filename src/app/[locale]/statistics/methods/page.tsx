import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { listWageSources } from "@/modules/statistics/queries";
import { DEFINITIONS, DEFINITION_VALUES } from "@/modules/statistics/definitions";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "statistics.methodsPage" });
  return { title: t("title") };
}

/**
 * The statistics' definitions and methods (issue 13), one anchor per definition: every figure on
 * the statistics pages links here, the downloads carry the same texts, the open data too. Public.
 */
export default async function MethodsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, sources] = await Promise.all([getTranslations("statistics"), getFormatter(), listWageSources(db)]);
  const periodName = (year: number, quarter: number | null) =>
    quarter ? t("wages.quarterOf", { year, quarter }) : t("wages.yearOf", { year });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/statistics" className="font-semibold text-brand-700 underline">
            {t("methodsPage.toStatistics")}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{t("methodsPage.title")}</h1>
        <p className="text-slate-700">{t("methodsPage.lead")}</p>
      </header>
      <Card as="dl" className="space-y-5 p-4 text-slate-800">
        {DEFINITIONS.map((id) => (
          <div key={id} id={id} className="scroll-mt-20" data-testid={`definition-${id}`}>
            <dt className="text-lg font-semibold">
              <a href={`#${id}`} className="text-slate-900 no-underline hover:underline">
                {t(`methods.${id}.term`)}
              </a>
            </dt>
            <dd className="mt-1">{t(`methods.${id}.text`, DEFINITION_VALUES)}</dd>
            {id === "wages" ? (
              <dd className="mt-3 space-y-2">
                <h2 className="font-semibold">{t("methodsPage.sources")}</h2>
                <p className="text-sm text-slate-700">{t("methodsPage.sourcesLead")}</p>
                {sources.length === 0 ? (
                  <p className="text-sm">{t("methodsPage.noSources")}</p>
                ) : (
                  <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="wage-sources">
                    {sources.map((s) => (
                      <li key={`${s.year}-${s.quarter}-${s.title}-${s.url}`}>
                        <span className="font-semibold">
                          {t("methodsPage.sourceYear", { period: periodName(s.year, s.quarter), regions: s.regions })}
                        </span>{" "}
                        —{" "}
                        {s.url ? (
                          <a href={s.url} className="text-brand-700 underline" rel="noopener noreferrer">
                            {s.title}
                          </a>
                        ) : (
                          s.title
                        )}
                        {s.publishedOn
                          ? `, ${t("methodsPage.published", { date: format.dateTime(s.publishedOn, { dateStyle: "medium", timeZone: "UTC" }) })}`
                          : ""}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            ) : null}
          </div>
        ))}
      </Card>
    </div>
  );
}
