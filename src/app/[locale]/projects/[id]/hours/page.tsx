import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getProjectHours } from "@/modules/hours/queries";
import { attendanceRefusal } from "@/modules/hours/policy";
import { hoursPageSchema } from "@/modules/hours/schema";
import { HoursPanel } from "@/modules/hours/components/hours-panel";
import { entryLine } from "@/modules/hours/format";
import { formatHours } from "@/i18n/format";
import { ClientMessages } from "@/i18n/client-messages";
import { searchParam } from "@/domain/search-params";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ProposedHours } from "@/modules/check-in/components/proposed-hours";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "hours.organizer" });
  return { title: t("title") };
}

export default async function ProjectHoursPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/projects/${id}/hours` } }, locale });
  const raw = await searchParams;
  const filter = hoursPageSchema.parse({ role: searchParam(raw, "role"), page: raw.page });
  const now = new Date();
  const data = await getProjectHours(db, viewer, id, filter, now);
  if (!data) notFound();
  const [t, format, tCheckIn] = await Promise.all([
    getTranslations("hours.organizer"),
    getFormatter(),
    getTranslations("checkIn.board"),
  ]);
  const { project, roles, role, totals, days } = data;
  const refusal = attendanceRefusal({ status: "ACCEPTED" }, project, now);
  const lastDay = days.last < days.today ? days.last : days.today;
  const th = "px-3 py-2 text-left font-semibold";
  const td = "px-3 py-2";

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${project.id}`} className="text-sm text-brand-700 underline">
          ← {t("backToProject")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 break-words font-semibold">{project.title}</p>
        <p className="text-sm text-slate-600">
          {project.organizer.name} ·{" "}
          {format.dateTimeRange(project.startsAt, project.endsAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
        <p className="mt-2 text-slate-700">{t("lead")}</p>
        <Link href={`/projects/${project.id}/check-in`} className="mt-2 inline-block text-brand-700 underline">
          {tCheckIn("link")}
        </Link>
      </div>

      <ProposedHours projectId={project.id} />

      {refusal === "NOT_STARTED" ? (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          {t("notStarted", { date: format.dateTime(project.startsAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
      ) : refusal ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-100 px-4 py-3 text-sm">
          {t("closed")}
        </p>
      ) : null}

      <p className="font-medium" data-testid="hours-summary">
        {t("summary", { accepted: totals.accepted, hours: totals.confirmedHours, pending: totals.pending })}
      </p>

      {roles.length === 0 ? (
        <EmptyState message={t("noRoles")} />
      ) : (
        <section aria-labelledby="roles-heading" className="space-y-2">
          <h2 id="roles-heading" className="text-lg font-semibold">
            {t("roles")}
          </h2>
          <ScrollRegion label={t("roles")}>
            <table className="w-full min-w-[34rem] text-sm" data-testid="role-hours">
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>
                    {t("role")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("accepted")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("attended")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("noShow")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("pending")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("hours")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {roles.map((r) => (
                  <tr
                    key={r.id}
                    data-testid="role-hours-row"
                    aria-current={r.id === role?.id ? "true" : undefined}
                    className={r.id === role?.id ? "bg-brand-50" : undefined}
                  >
                    <th scope="row" className={`${td} text-left font-medium`}>
                      <Link
                        href={{ pathname: `/projects/${project.id}/hours`, query: { role: r.id } }}
                        className="break-words text-brand-700 underline"
                      >
                        {r.title}
                      </Link>
                    </th>
                    <td className={`${td} text-right`}>{r.accepted}</td>
                    <td className={`${td} text-right`}>{r.attended}</td>
                    <td className={`${td} text-right`}>{r.noShow}</td>
                    <td className={`${td} text-right`}>{r.pending}</td>
                    <td className={`${td} text-right font-semibold`} data-testid="role-confirmed-hours">
                      {format.number(r.confirmedHours)}
                    </td>
                  </tr>
                ))}
              </tbody>
              {roles.length > 1 ? (
                <tfoot className="border-t-2 border-slate-300">
                  <tr>
                    <th scope="row" className={`${td} text-left`}>
                      {t("total")}
                    </th>
                    <td className={`${td} text-right font-semibold`}>{totals.accepted}</td>
                    <td className={`${td} text-right font-semibold`}>{roles.reduce((n, r) => n + r.attended, 0)}</td>
                    <td className={`${td} text-right font-semibold`}>{roles.reduce((n, r) => n + r.noShow, 0)}</td>
                    <td className={`${td} text-right font-semibold`}>{totals.pending}</td>
                    <td className={`${td} text-right font-semibold`}>{format.number(totals.confirmedHours)}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </ScrollRegion>
        </section>
      )}

      {role ? (
        <section aria-labelledby="volunteers-heading" className="space-y-4">
          <h2 id="volunteers-heading" className="break-words text-lg font-semibold">
            {role.title}
          </h2>
          {data.rows.length === 0 ? (
            <EmptyState message={t("empty")} />
          ) : (
            <ClientMessages components={["modules/hours/components/hours-panel"]}>
              <HoursPanel
                key={`${role.id}:${filter.page}`}
                projectId={project.id}
                rows={data.rows.map((r) => ({
                  applicationId: r.applicationId,
                  volunteerName: r.volunteerName,
                  attendance: r.attendance,
                  confirmedLabel: formatHours(format, r.confirmedHours),
                  entries: r.entries.map((e) => entryLine(format, e)),
                }))}
                min={days.first}
                max={lastDay}
                canRecord={refusal === null}
              />
            </ClientMessages>
          )}
          <Pagination
            page={filter.page}
            pages={Math.ceil(data.total / data.pageSize)}
            href={pageInQuery(`/projects/${project.id}/hours`, { role: role.id })}
          />
        </section>
      ) : null}
    </div>
  );
}
