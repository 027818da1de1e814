import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listMyApplications } from "@/modules/applications/queries";
import { ACTIVE_STATUSES } from "@/modules/applications/policy";
import { ApplicationStatusBadge } from "@/modules/applications/components/status-badge";
import { WithdrawButton } from "@/modules/applications/components/withdraw-button";
import { ClientMessages } from "@/i18n/client-messages";
import { pageNumber } from "@/domain/search-params";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "applications.my" });
  return { title: t("title") };
}

export default async function MyApplicationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/applications` } }, locale });
  const page = pageNumber((await searchParams).page);
  const [data, t, tStatus, format, tHours, tMessages] = await Promise.all([
    listMyApplications(db, viewer, page),
    getTranslations("applications.my"),
    getTranslations("applications.status"),
    getFormatter(),
    getTranslations("hours.my"),
    getTranslations("messages"),
  ]);
  const tShifts = await getTranslations("shifts.my");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
        <Link
          href="/my/hours"
          className="mt-2 inline-block font-semibold text-brand-700 underline"
          data-testid="my-hours-link"
        >
          {tHours("link")}
        </Link>
        <Link
          href="/my/calendar"
          className="mt-2 ml-4 inline-block font-semibold text-brand-700 underline"
          data-testid="my-calendar-link"
        >
          {tShifts("link")}
        </Link>
      </div>
      {data.items.length === 0 ? (
        <EmptyState
          message={t("empty")}
          actions={
            <Link href="/projects" className="font-semibold text-brand-700 underline">
              {t("findProjects")}
            </Link>
          }
        />
      ) : (
        <ul className="space-y-4" data-testid="my-applications">
          {data.items.map((a) => (
            <Card as="li" key={a.id} className="space-y-3 p-4" data-testid="my-application" data-id={a.id}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <Link href={`/projects/${a.project.id}`} className="font-semibold text-brand-700 hover:underline">
                    {a.project.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {t("role", { role: a.role.title })} · {a.project.organizer.name}
                  </p>
                  <p className="text-sm text-slate-600">
                    {format.dateTimeRange(a.project.startsAt, a.project.endsAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    })}
                  </p>
                </div>
                <ApplicationStatusBadge status={a.status} />
              </div>
              {a.placeInLine ? (
                <p className="text-sm font-medium text-sky-900">{t("placeInLine", { place: a.placeInLine })}</p>
              ) : null}
              {a.motivation ? (
                <p className="whitespace-pre-line break-words text-sm text-slate-800">
                  <span className="font-medium">{t("motivation")}: </span>
                  {a.motivation}
                </p>
              ) : null}
              <Link
                href={`/messages/application/${a.id}`}
                className="inline-block text-sm font-semibold text-brand-700 underline"
                aria-label={tMessages("linkLabel", { role: a.role.title })}
                data-testid="application-message-link"
              >
                {tMessages("link")}
              </Link>
              <details className="text-sm">
                <summary className="cursor-pointer text-slate-700">{t("history")}</summary>
                <ol className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
                  {a.events.map((e) => (
                    <li key={e.id}>
                      <span className="text-slate-600">
                        {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </span>{" "}
                      {e.fromStatus ? `${tStatus(e.fromStatus)} → ` : ""}
                      <span className="font-medium">{tStatus(e.toStatus)}</span>{" "}
                      <span className="text-slate-600">({t(`by.${e.by}`)})</span>
                      {e.note ? <span className="block break-words text-slate-800">«{e.note}»</span> : null}
                    </li>
                  ))}
                </ol>
              </details>
              {ACTIVE_STATUSES.includes(a.status) ? (
                <div className="flex flex-wrap items-center justify-end gap-3">
                  {a.status === "ACCEPTED" ? (
                    <Link
                      href={`/my/hours#application-${a.id}`}
                      className="text-sm font-semibold text-brand-700 underline"
                      data-testid="application-hours-link"
                    >
                      {tHours("hoursLink")}
                    </Link>
                  ) : null}
                  <ClientMessages components={["modules/applications/components/withdraw-button"]}>
                    <WithdrawButton applicationId={a.id} roleTitle={a.role.title} />
                  </ClientMessages>
                </div>
              ) : null}
            </Card>
          ))}
        </ul>
      )}
      <Pagination
        page={data.page}
        pages={Math.ceil(data.total / data.pageSize)}
        href={pageInQuery("/my/applications", {})}
      />
    </div>
  );
}
