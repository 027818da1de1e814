import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listMyHours } from "@/modules/hours/queries";
import { AttendanceBadge } from "@/modules/hours/components/status-badges";
import { EntryLine } from "@/modules/hours/components/entry-line";
import { ReportForm } from "@/modules/hours/components/report-form";
import { entryLine } from "@/modules/hours/format";
import { ClientMessages } from "@/i18n/client-messages";
import { pageNumber } from "@/domain/search-params";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "hours.my" });
  return { title: t("title") };
}

const REFUSAL_TEXT = {
  NOT_STARTED: "notStarted",
  NO_SHOW: "noShow",
  PROJECT_CLOSED: "closed",
  NOT_ACCEPTED: "notAccepted",
} as const;

export default async function MyHoursPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/hours` } }, locale });
  const page = pageNumber((await searchParams).page);
  const [data, t, tApps, format] = await Promise.all([
    listMyHours(db, viewer, page),
    getTranslations("hours.my"),
    getTranslations("applications.my"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/my/applications" className="text-sm text-brand-700 underline">
          ← {tApps("title")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
        <p className="mt-3 text-lg font-semibold" data-testid="my-hours-total">
          {t("total", { hours: data.confirmedHours })}
        </p>
      </div>
      {data.items.length === 0 ? (
        <EmptyState
          message={t("empty")}
          actions={
            <Link href="/projects" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              {t("findProjects")}
            </Link>
          }
        />
      ) : (
        <ul className="space-y-4" data-testid="my-hours">
          {data.items.map((item) => {
            const lastDay = item.days.last < item.days.today ? item.days.last : item.days.today;
            return (
              <Card
                as="li"
                key={item.applicationId}
                id={`application-${item.applicationId}`}
                className="scroll-mt-4 space-y-3 p-4"
                data-testid="my-hours-item"
                data-id={item.applicationId}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    {/* The project is the heading of its card: the report form's h3 sits under it. */}
                    <h2 className="font-semibold">
                      <Link
                        href={`/projects/${item.project.id}`}
                        className="break-words text-brand-700 hover:underline"
                      >
                        {item.project.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-slate-700">
                      {t("role", { role: item.roleTitle })} · {item.project.organizerName}
                    </p>
                    <p className="text-sm text-slate-600">
                      {format.dateTimeRange(item.project.startsAt, item.project.endsAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                      })}
                    </p>
                  </div>
                  <AttendanceBadge attendance={item.attendance} />
                </div>
                <p className="text-sm font-semibold" data-testid="my-project-hours">
                  {t("projectHours", { hours: item.confirmedHours })}
                </p>
                {item.entries.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("noEntries")}</p>
                ) : (
                  <ul className="space-y-2 border-l-2 border-slate-200 pl-3">
                    {item.entries.map((e) => (
                      <li key={e.id}>
                        <EntryLine entry={entryLine(format, e)} />
                      </li>
                    ))}
                  </ul>
                )}
                {item.refusal === null ? (
                  <ClientMessages components={["modules/hours/components/report-form"]}>
                    <ReportForm applicationId={item.applicationId} min={item.days.first} max={lastDay} />
                  </ClientMessages>
                ) : (
                  <p
                    role="note"
                    className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800"
                  >
                    {item.refusal === "NOT_STARTED"
                      ? t("notStarted", {
                          date: format.dateTime(item.project.startsAt, { dateStyle: "long", timeStyle: "short" }),
                        })
                      : t(REFUSAL_TEXT[item.refusal])}
                  </p>
                )}
              </Card>
            );
          })}
        </ul>
      )}
      <Pagination page={data.page} pages={Math.ceil(data.total / data.pageSize)} href={pageInQuery("/my/hours", {})} />
    </div>
  );
}
