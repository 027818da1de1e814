import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { inputClass } from "@/components/ui/field";
import { listOrganizerApplications } from "@/modules/applications/queries";
import { APPLICATION_STATUSES, organizerFilterSchema } from "@/modules/applications/schema";
import { DecisionPanel } from "@/modules/applications/components/decision-panel";
import { ClientMessages } from "@/i18n/client-messages";
import { searchParam } from "@/domain/search-params";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { attendanceHistory } from "@/modules/check-in/history";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "applications.organizer" });
  return { title: t("title") };
}

export default async function OrganizerApplicationsPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/applications` } },
      locale,
    });
  const raw = await searchParams;
  const filter = organizerFilterSchema.parse({
    project: searchParam(raw, "project"),
    role: searchParam(raw, "role"),
    status: searchParam(raw, "status"),
    page: raw.page,
  });
  const data = await listOrganizerApplications(db, viewer, slug, filter);
  if (!data) notFound();
  const [t, tStatus, format, tHours, tHistory, history, tMessages] = await Promise.all([
    getTranslations("applications.organizer"),
    getTranslations("applications.status"),
    getFormatter(),
    getTranslations("hours.organizer"),
    getTranslations("checkIn.history"),
    attendanceHistory(
      db,
      viewer,
      data.organizer.id,
      data.items.map((a) => a.volunteerId),
    ),
    getTranslations("messages"),
  ]);
  const { organizer, projects, project, role } = data;
  const totalAll = Object.values(data.counts).reduce((s, n) => s + (n ?? 0), 0);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {organizer.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>

      {!project ? (
        <EmptyState data-testid="applications-no-projects" message={t("noProjects")} />
      ) : (
        <>
          {/* A plain GET form: filters live in the URL and work without JavaScript. */}
          <Card as="form" method="get" className="grid gap-3 p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
            <div className="space-y-1">
              <label htmlFor="f-project" className="block text-sm font-medium">
                {t("project")}
              </label>
              <select id="f-project" name="project" defaultValue={project.id} className={inputClass}>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} · {format.dateTime(p.startsAt, { dateStyle: "medium" })}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor="f-role" className="block text-sm font-medium">
                {t("role")}
              </label>
              <select id="f-role" name="role" defaultValue={role?.id ?? ""} className={inputClass}>
                <option value="">{t("allRoles")}</option>
                {project.roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="space-y-1">
              <label htmlFor="f-status" className="block text-sm font-medium">
                {t("status")}
              </label>
              <select id="f-status" name="status" defaultValue={filter.status ?? ""} className={inputClass}>
                <option value="">
                  {t("allStatuses")} ({totalAll})
                </option>
                {APPLICATION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tStatus(s)} ({data.counts[s] ?? 0})
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-50"
            >
              {t("show")}
            </button>
          </Card>

          <div className="flex flex-wrap items-start justify-between gap-3">
            <ul className="space-y-1 text-sm text-slate-700" data-testid="role-places">
              {(role ? [role] : project.roles).map((r) => (
                <li key={r.id}>
                  <span className="font-medium">{r.title}</span>:{" "}
                  {t("places", { accepted: r.acceptedCount, capacity: r.capacity })}
                </li>
              ))}
            </ul>
            <span className="flex flex-wrap gap-2">
              <Link
                href={`/organizers/${organizer.slug}/messages`}
                className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50"
                data-testid="team-messages-link"
              >
                {tMessages("teamInboxLink")}
              </Link>
              <Link
                href={`/projects/${project.id}/hours`}
                className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50"
                data-testid="project-hours-link"
              >
                {tHours("link")}
              </Link>
              {/* A plain link: the route handler checks membership itself. */}
              <a
                href={`/api/applications/export/${project.id}?locale=${locale}`}
                download
                className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-slate-50"
                data-testid="export-csv"
              >
                {t("exportCsv")}
              </a>
            </span>
          </div>

          {data.items.length === 0 ? (
            <EmptyState message={t("empty")} />
          ) : (
            <ClientMessages components={["modules/applications/components/decision-panel"]}>
              <DecisionPanel
                key={`${project.id}:${role?.id ?? ""}:${filter.status ?? ""}:${filter.page}`}
                messageLabel={tMessages("link")}
                rows={data.items.map((a) => ({
                  id: a.id,
                  status: a.status,
                  volunteerName: a.volunteerName,
                  age: a.age,
                  roleTitle: a.role.title,
                  motivation: a.motivation,
                  appliedOn: format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  history: history.has(a.volunteerId) ? tHistory("label", history.get(a.volunteerId)!) : null,
                }))}
              />
            </ClientMessages>
          )}
          <Pagination
            page={filter.page}
            pages={Math.ceil(data.total / data.pageSize)}
            href={pageInQuery(`/organizers/${organizer.slug}/applications`, {
              project: project.id,
              role: role?.id,
              status: filter.status,
            })}
          />
        </>
      )}
    </div>
  );
}
