import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { findVolunteers, getFindContext } from "@/modules/volunteer-search/queries";
import { findFilterSchema } from "@/modules/volunteer-search/schema";
import { InviteForm } from "@/modules/volunteer-search/components/invite-form";
import { ClientMessages } from "@/i18n/client-messages";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { WEEK_DAYS } from "@/domain/week-slots";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string; roleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "volunteerSearch.find" });
  return { title: t("title") };
}

// Members of a verified organizer find volunteers for a role of its published project; for
// anyone else the page does not exist (404), like a missing role.
export default async function FindVolunteersPage({ params, searchParams }: Props) {
  const { locale, slug, id, roleId } = await params;
  setRequestLocale(locale);
  const here = `/organizers/${slug}/projects/${id}/roles/${roleId}/find`;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}${here}` } }, locale });
  const ctx = await getFindContext(db, viewer, { slug, projectId: id, roleId });
  if (!ctx) notFound();
  const raw = await searchParams;
  const filter = findFilterSchema.parse({ available: raw.available, near: raw.near, page: raw.page });
  const [found, t, tDays, tProjects, format] = await Promise.all([
    findVolunteers(db, ctx, filter),
    getTranslations("volunteerSearch.find"),
    getTranslations("volunteerSearch.availability.days"),
    getTranslations("projects"),
    getFormatter(),
  ]);
  const l = locale as Locale;
  const { project } = ctx;
  const days = (slots: string[]) =>
    WEEK_DAYS.filter((d) => slots.some((s) => s.startsWith(d)))
      .map((d) => tDays(d))
      .join(", ");

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${project.id}`} className="text-sm text-brand-700 underline">
          ← {project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("heading", { role: ctx.title })}</h1>
        <p className="mt-1 text-slate-700">
          {format.dateTimeRange(project.startsAt, project.endsAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
          {project.isOnline ? tProjects("view.online") : placeLabel(project.settlement, project.regionCode, l)}
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
        <p className="mt-1 text-sm text-slate-600">
          {t("rules", { age: Math.max(18, ctx.minAge) })}
          {ctx.skills.length ? ` ${t("rulesSkills", { skills: ctx.skills.join(", ") })}` : ""}
          {ctx.requiredTraining
            ? ` ${t("rulesTraining", { training: tProjects(`training.${ctx.requiredTraining.code}`) })}`
            : ""}
        </p>
      </div>

      {/* A plain GET form: the filters live in the URL and work without JavaScript. */}
      <Card as="form" method="get" className="flex flex-wrap items-center gap-x-6 gap-y-2 p-4">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="available"
            value="1"
            defaultChecked={filter.available}
            className="h-5 w-5 accent-brand-600"
          />
          {t("filterAvailable", { days: days(found.slots) || "—" })}
        </label>
        {project.settlement && !project.isOnline ? (
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="near"
              value="1"
              defaultChecked={filter.near}
              className="h-5 w-5 accent-brand-600"
            />
            {t("filterNear", { settlement: project.settlement })}
          </label>
        ) : null}
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-50"
        >
          {t("show")}
        </button>
      </Card>

      <p className="text-sm text-slate-700" data-testid="found-count">
        {t("count", { count: found.total })}
      </p>

      {found.items.length === 0 ? (
        <EmptyState data-testid="find-empty" message={t("empty")} hint={t("emptyHint")} />
      ) : (
        <ul className="space-y-4">
          {found.items.map((v) => (
            <Card as="li" key={v.id} className="space-y-3 p-4" data-testid="found-volunteer">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">{v.name}</h2>
                <span className="text-sm text-slate-700">{t("ageBand", { band: v.ageBand })}</span>
              </div>
              <dl className="grid gap-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-600">{t("place")}</dt>
                  <dd>
                    {placeLabel(v.settlement, v.regionCode, l)} · {t(`travel.${v.travelRange}`)}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("skills")}</dt>
                  <dd>{v.skills.length ? v.skills.join(", ") : "—"}</dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("trainings")}</dt>
                  <dd>
                    {v.trainings.length
                      ? v.trainings
                          .map((c) => (tProjects.has(`training.${c}`) ? tProjects(`training.${c}`) : c))
                          .join(", ")
                      : "—"}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("availability")}</dt>
                  <dd>{v.weeklyAvailability.length ? days(v.weeklyAvailability) : "—"}</dd>
                </div>
              </dl>
              {v.capReached ? (
                <p
                  role="note"
                  className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
                >
                  {t("capReached")}
                </p>
              ) : (
                <ClientMessages components={["modules/volunteer-search/components/invite-form"]}>
                  <InviteForm roleId={ctx.id} volunteerId={v.id} name={v.name} />
                </ClientMessages>
              )}
            </Card>
          ))}
        </ul>
      )}
      <Pagination
        page={filter.page}
        pages={Math.ceil(found.total / found.pageSize)}
        href={pageInQuery(here, {
          available: filter.available ? "1" : undefined,
          near: filter.near ? "1" : undefined,
        })}
      />
      <p className="text-sm text-slate-600">{t("privacy", { organizer: project.organizer.name })}</p>
    </div>
  );
}
