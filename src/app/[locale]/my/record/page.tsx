import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel, placeLabel } from "@/i18n/labels";
import { negotiateLocale } from "@/domain/locales";
import { getMyRecord } from "@/modules/records/queries";
import { pageNumber } from "@/domain/search-params";
import { formatDay, formatHours } from "@/i18n/format";
import { SdgBadges } from "@/modules/records/components/sdg-badges";
import { DownloadForm } from "@/modules/records/components/download-form";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "records.page" });
  return { title: t("title") };
}

export default async function MyRecordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/record` } }, locale });
  const l = negotiateLocale(locale);
  const page = pageNumber((await searchParams).page);
  const [record, t, format] = await Promise.all([
    getMyRecord(db, viewer, page),
    getTranslations("records"),
    getFormatter(),
  ]);
  const hours = (centi: number) => formatHours(format, centi / 100);
  const day = (iso: string) => formatDay(format, iso);
  const range = (from: string, to: string) =>
    from === to ? day(from) : t("pdf.range", { from: day(from), to: day(to) });

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("page.title")}</h1>
        <p className="mt-1 text-slate-700">{t("page.lead")}</p>
      </div>

      {record.projectCount === 0 ? (
        <EmptyState
          data-testid="record-empty"
          message={t("page.empty")}
          actions={
            <>
              <Link
                href="/projects"
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                {t("page.findProjects")}
              </Link>
              <Link
                href="/my/applications"
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                {t("page.myApplications")}
              </Link>
            </>
          }
        />
      ) : (
        <>
          <section aria-labelledby="totals" className="grid gap-4 sm:grid-cols-3">
            <h2 id="totals" className="sr-only">
              {t("page.totalHours")}
            </h2>
            <Card className="p-4">
              <p className="text-sm text-slate-600">{t("page.totalHours")}</p>
              <p className="text-3xl font-bold text-brand-700" data-testid="record-total">
                {hours(record.totalCenti)}
              </p>
            </Card>
            <Card className="p-4">
              <p className="text-sm text-slate-600">{t("page.projectCount")}</p>
              <p className="text-3xl font-bold">{record.projectCount}</p>
            </Card>
            <Card className="p-4">
              <table className="w-full text-sm">
                <caption className="mb-1 text-left text-slate-600">{t("page.byYear")}</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t("page.year")}</th>
                    <th scope="col">{t("page.hours")}</th>
                  </tr>
                </thead>
                <tbody>
                  {record.years.map((y) => (
                    <tr key={y.year} data-testid="record-year">
                      <th scope="row" className="py-0.5 text-left font-medium">
                        {y.year}
                      </th>
                      <td className="py-0.5 text-right tabular-nums">
                        {t("page.hoursValue", { hours: hours(y.centi) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          </section>

          <Card as="section" aria-labelledby="record-pdf" className="p-4 sm:p-6">
            <h2 id="record-pdf" className="text-lg font-semibold">
              {t("page.recordTitle")}
            </h2>
            <p className="mb-3 mt-1 text-sm text-slate-700">{t("page.recordHint")}</p>
            <DownloadForm
              action="/api/records/record"
              defaultLocale={viewer.locale}
              label={t("page.downloadRecord")}
              id="record-locale"
              testId="download-record"
            />
          </Card>

          <section aria-labelledby="record-projects" className="space-y-4">
            <h2 id="record-projects" className="text-lg font-semibold">
              {t("page.projectsTitle")}
            </h2>
            <ul className="space-y-4" data-testid="record-projects">
              {record.items.map((p) => (
                <Card
                  as="li"
                  key={p.projectId}
                  className="space-y-3 p-4"
                  data-testid="record-project"
                  data-id={p.projectId}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <Link
                        href={`/projects/${p.projectId}`}
                        className="inline-block min-h-6 break-words py-0.5 font-semibold text-brand-700 hover:underline"
                      >
                        {p.title}
                      </Link>
                      <p className="text-sm text-slate-700">
                        {t("labels.organizer")}:{" "}
                        <Link href={`/organizers/${p.organizer.slug}`} className="underline">
                          {p.organizer.name}
                        </Link>
                      </p>
                    </div>
                    <p
                      className="shrink-0 rounded-md bg-brand-50 px-3 py-1 text-lg font-bold text-brand-800"
                      data-testid="record-project-hours"
                    >
                      {t("page.hoursValue", { hours: hours(p.centi) })}
                    </p>
                  </div>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    {p.roles.length > 0 ? (
                      <>
                        <dt className="text-slate-600">{t("labels.roles")}</dt>
                        <dd className="break-words">{p.roles.join(", ")}</dd>
                      </>
                    ) : null}
                    <dt className="text-slate-600">{t("labels.worked")}</dt>
                    <dd>{range(p.firstWorkedOn, p.lastWorkedOn)}</dd>
                    <dt className="text-slate-600">{t("labels.projectDates")}</dt>
                    <dd>{range(p.startsOn, p.endsOn)}</dd>
                    <dt className="text-slate-600">{t("labels.place")}</dt>
                    <dd className="break-words">
                      {p.isOnline
                        ? t("labels.online")
                        : placeLabel(p.settlement === "—" ? null : p.settlement, p.regionCode, l)}
                    </dd>
                    <dt className="text-slate-600">{t("labels.directions")}</dt>
                    <dd className="break-words">
                      {[
                        ...p.directions.map((d) => domainLabel("direction", d, l)),
                        ...(p.socialSubtype ? [domainLabel("socialSubtype", p.socialSubtype, l)] : []),
                      ].join("; ")}
                    </dd>
                  </dl>
                  {p.sdgs.length > 0 ? (
                    <div className="space-y-1">
                      <p className="text-sm text-slate-600">{t("labels.sdgs")}</p>
                      <SdgBadges sdgs={p.sdgs.map((s) => ({ goal: s.sdg, impact: s.impact }))} locale={l} />
                    </div>
                  ) : null}
                  <div className="flex justify-end">
                    <DownloadForm
                      action={`/api/records/certificate/${p.projectId}`}
                      defaultLocale={viewer.locale}
                      label={t("page.downloadCertificate")}
                      srSuffix={p.title}
                      id={`certificate-locale-${p.projectId}`}
                      testId="download-certificate"
                    />
                  </div>
                </Card>
              ))}
            </ul>
            <Pagination
              page={record.page}
              pages={Math.ceil(record.projectCount / record.pageSize)}
              href={pageInQuery("/my/record", {})}
            />
          </section>
        </>
      )}

      <p className="text-sm">
        <Link href="/my/data" className="text-brand-700 underline">
          {t("page.dataLink")}
        </Link>
      </p>
    </div>
  );
}
