import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listOrganizerProjects } from "@/modules/projects/queries";
import { ProjectStatusBadge } from "@/modules/projects/components/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function OrganizerProjectsPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({
      href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/projects` } },
      locale,
    });
  const data = await listOrganizerProjects(db, viewer, slug);
  if (!data) notFound();
  const [t, format, tHours] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    getTranslations("hours.organizer"),
  ]);
  const tTemplates = await getTranslations("projectTemplates.list");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/organizers/${data.organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {data.organizer.name}
        </Link>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("list.title")}</h1>
          <Link
            href={`/organizers/${data.organizer.slug}/templates`}
            className="ml-auto rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-50"
            data-testid="templates-link"
          >
            {tTemplates("link")}
          </Link>
          <Link
            href={`/organizers/${data.organizer.slug}/projects/new`}
            className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            {t("list.new")}
          </Link>
        </div>
      </div>
      {data.projects.length === 0 ? (
        <EmptyState message={t("list.empty")} />
      ) : (
        <Card as="ul" className="divide-y divide-slate-200" data-testid="organizer-projects">
          {data.projects.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <div className="min-w-0">
                <Link href={`/projects/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {format.dateTimeRange(p.startsAt, p.endsAt, { dateStyle: "medium" })} ·{" "}
                  {t("list.applications", { count: p._count.applications })}
                </p>
              </div>
              <span className="flex flex-wrap items-center gap-3">
                {(p.status === "PUBLISHED" || p.status === "COMPLETED") && p.startsAt <= new Date() ? (
                  <Link
                    href={`/projects/${p.id}/hours`}
                    className="text-sm font-semibold text-brand-700 underline"
                    data-testid="project-hours-link"
                  >
                    {tHours("link")}
                  </Link>
                ) : null}
                <ProjectStatusBadge status={p.status} />
              </span>
            </li>
          ))}
        </Card>
      )}
    </div>
  );
}
