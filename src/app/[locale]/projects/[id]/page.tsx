import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel, placeLabel } from "@/i18n/labels";
import { sdgByNumber } from "@/domain/sdg";
import { sdgStyle } from "@/domain/sdg-colors";
import type { Locale } from "@/domain/locales";
import { getProjectForView } from "@/modules/projects/queries";
import { ProjectStatusBadge } from "@/modules/projects/components/status-badge";
import { ProjectActions } from "@/modules/projects/components/project-actions";
import { ProjectDecisionPanel } from "@/modules/moderation/components/project-decision-panel";
import { DecisionDone, justDecidedBy } from "@/modules/moderation/components/decision-done";
import { SubmittedNotice } from "@/modules/projects/components/submitted-notice";
import { VerificationBadge } from "@/modules/organizers/components/verification-badge";
import { ResponsivenessNote } from "@/modules/organizers/components/responsiveness";
import { FormSuccess } from "@/components/ui/field";
import { ApplyForm } from "@/modules/applications/components/apply-form";
import { applyStateForRoles } from "@/modules/applications/queries";
import { ClientMessages } from "@/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { FormError } from "@/components/ui/field";
import { upcomingSlotsByRole } from "@/modules/shifts/queries";

import { listTestimonials, testimonialOpportunities } from "@/modules/testimonials/queries";
import { TestimonialSection } from "@/modules/testimonials/components/testimonial-section";
import { CopyProject } from "@/modules/project-templates/components/copy-project";
import { managesOrganizer } from "@/modules/organizers/scope";
import { pageNumber } from "@/domain/search-params";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ created?: string; applyError?: string; role?: string; testimonials?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const data = await getProjectForView(db, await getViewer(), id);
  return { title: data?.project.title ?? "404" };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  const data = await getProjectForView(db, viewer, id);
  if (!data) notFound();
  const { project, mayManage, mayModerate } = data;
  const [t, format, { created, applyError, role: errorRole, testimonials: testimonialPage }, tAll] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    searchParams,
    getTranslations(),
  ]);
  const l = locale as Locale;
  const over = project.endsAt < new Date();
  const canApply = project.status === "PUBLISHED" && !over && !project.callOut;
  const [applyState, slotsByRole] = await Promise.all([
    canApply ? applyStateForRoles(db, viewer, project) : ({} as Awaited<ReturnType<typeof applyStateForRoles>>),
    project.status === "PUBLISHED" && !over
      ? upcomingSlotsByRole(
          db,
          project.roles.map((r) => r.id),
        )
      : ({} as Awaited<ReturnType<typeof upcomingSlotsByRole>>),
  ]);
  const tShifts = await getTranslations("shifts");
  // A refusal of the apply form posted without JavaScript: a message key, said if we know it.
  const applyRefusal =
    applyError && /^[a-zA-Z]+(\.[A-Za-z0-9_]+)+$/.test(applyError) && tAll.has(applyError) ? tAll(applyError) : null;
  // Members of a verified organizer find and invite volunteers for its open roles.
  const findable =
    project.organizer.verificationStatus === "VERIFIED" &&
    Boolean(viewer?.memberships.some((m) => m.organizerId === project.organizer.id));
  const tFind = await getTranslations("volunteerSearch.find");
  // Testimonials exist only once a project has taken place: nothing is read for the others.
  const afterwards = over && (project.status === "PUBLISHED" || project.status === "COMPLETED");
  const tPage = pageNumber(testimonialPage);
  const [testimonials, opportunities] = afterwards
    ? await Promise.all([
        listTestimonials(db, { projectId: project.id }, tPage),
        testimonialOpportunities(db, viewer, project.id),
      ])
    : [null, []];
  return (
    <article className="space-y-6">
      {created && mayManage && project.status === "DRAFT" ? <FormSuccess message={t("view.created")} /> : null}
      {mayManage && project.status === "SUBMITTED" ? (
        <SubmittedNotice regionCode={project.regionCode} locale={l} />
      ) : null}
      {viewer && mayModerate && justDecidedBy(viewer, project) ? (
        <DecisionDone viewer={viewer} projectId={project.id} status={project.status} />
      ) : null}
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <ProjectStatusBadge status={project.status} />
          <Badge tone="brand">{domainLabel("direction", project.primaryDirection, l)}</Badge>
          {project.secondaryDirection ? (
            <Badge tone="brand">{domainLabel("direction", project.secondaryDirection, l)}</Badge>
          ) : null}
        </div>
        <h1 className="text-3xl font-bold">{project.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <Link href={`/organizers/${project.organizer.slug}`} className="font-semibold text-brand-700 underline">
            {project.organizer.name}
          </Link>
          <VerificationBadge status={project.organizer.verificationStatus} />
        </p>
        <ResponsivenessNote organizerId={project.organizer.id} />
      </header>

      {mayManage &&
      (project.status === "CHANGES_REQUESTED" || project.status === "REJECTED") &&
      project.moderationComment ? (
        <div role="status" className="rounded-md border border-orange-300 bg-orange-50 px-4 py-3 text-sm">
          <p className="font-semibold">
            {t(project.status === "REJECTED" ? "view.rejected" : "view.changesRequested")}
          </p>
          {project.rejectionGround ? (
            <p>{t("view.ground", { ground: t(`grounds.${project.rejectionGround}`) })}</p>
          ) : null}
          <p>{project.moderationComment}</p>
        </div>
      ) : null}
      {project.callOut ? (
        <p
          role="note"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm"
          data-testid="project-call-out"
        >
          {t("view.callOut")}{" "}
          <Link href={`/call-outs/${project.callOut.id}`} className="font-semibold text-brand-700 underline">
            {t("view.callOutLink")}
          </Link>
        </p>
      ) : null}
      {project.status === "CANCELLED" ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-100 px-4 py-3 text-sm">
          {t("view.cancelled", { reason: project.cancelReason ?? "" })}
        </p>
      ) : null}

      <Card as="dl" className="grid gap-3 p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("view.when")}</dt>
          <dd className="font-medium">
            {format.dateTimeRange(project.startsAt, project.endsAt, { dateStyle: "long", timeStyle: "short" })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("view.where")}</dt>
          <dd className="font-medium">
            {project.isOnline ? t("view.online") : placeLabel(project.settlement, project.regionCode, l)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("view.who")}</dt>
          <dd>{project.compositions.map((c) => domainLabel("composition", c, l)).join(", ")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("view.scopeDuration")}</dt>
          <dd>
            {domainLabel("scope", project.scope, l)} · {domainLabel("duration", project.duration, l)}
          </dd>
        </div>
        {project.socialSubtype ? (
          <div>
            <dt className="text-sm text-slate-600">{t("form.socialSubtype")}</dt>
            <dd>{domainLabel("socialSubtype", project.socialSubtype, l)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-sm text-slate-600">{t("view.contact")}</dt>
          <dd>
            {project.contactName}
            {project.contactPhone ? ` · ${project.contactPhone}` : ""}
            {project.contactEmail ? ` · ${project.contactEmail}` : ""}
          </dd>
        </div>
      </Card>

      <p className="whitespace-pre-line text-lg leading-relaxed" lang={project.language}>
        {project.description}
      </p>

      {project.birgemiz.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("form.birgemiz")}>
          {project.birgemiz.map((b) => (
            <li key={b}>
              <Badge tone="sun">{domainLabel("birgemizTag", b, l)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}

      {project.sdgs.length > 0 ? (
        <section aria-labelledby="sdgs">
          <h2 id="sdgs" className="mb-2 text-lg font-semibold">
            {t("view.sdgs")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {project.sdgs.map((s) => {
              const goal = sdgByNumber(s.sdg);
              return (
                <li key={s.sdg} className="sdg-badge" style={sdgStyle(s.sdg)} data-testid="sdg-badge">
                  <span className="font-bold">{s.sdg}</span>
                  <span>{goal?.name[l]}</span>
                  <span className="rounded border border-slate-500 bg-white px-1 text-xs">
                    {t(`impact.${s.impact}`)}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="roles" className="space-y-3">
        <h2 id="roles" className="text-lg font-semibold">
          {t("view.roles")}
        </h2>
        <ul className="space-y-3">
          {project.roles.map((r) => {
            const left = Math.max(r.capacity - r.acceptedCount, 0);
            const slots = slotsByRole[r.id] ?? [];
            const slotLabel = (s: (typeof slots)[number]) =>
              `${format.dateTimeRange(s.startsAt, s.endsAt, { dateStyle: "medium", timeStyle: "short" })} · ${
                s.free > 0 ? tShifts("slot.free", { free: s.free, capacity: s.capacity }) : tShifts("slot.full")
              }`;
            return (
              <Card as="li" key={r.id} id={`role-${r.id}`} className="scroll-mt-4 p-4" data-testid="role">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{r.title}</h3>
                  <span
                    className={`text-sm font-semibold ${left > 0 ? "text-green-800" : "text-slate-600"}`}
                    data-testid="places-left"
                  >
                    {left > 0 ? t("view.placesLeft", { left, capacity: r.capacity }) : t("view.full")}
                  </span>
                </div>
                {r.description ? <p className="mt-1 text-slate-700">{r.description}</p> : null}
                <p className="mt-1 text-sm text-slate-600">
                  {t("view.minAge", { age: r.minAge })} · {t(`mode.${r.mode}`)}
                  {r.skills.length ? ` · ${r.skills.join(", ")}` : ""}
                  {r.requiredTraining
                    ? ` · ${t("view.training", { training: t(`training.${r.requiredTraining.code}`) })}`
                    : ""}
                </p>
                {slots.length > 0 ? (
                  <div className="mt-2">
                    <h4 className="text-sm font-semibold">{tShifts("slot.upcoming")}</h4>
                    <ul className="mt-1 space-y-0.5 text-sm text-slate-700" data-testid="role-slots">
                      {slots.slice(0, 8).map((s) => (
                        <li key={s.id}>
                          {slotLabel(s)} ·{" "}
                          <a
                            href={`/api/slots/${s.id}/calendar?locale=${locale}`}
                            className="text-brand-700 underline"
                            download
                          >
                            {tShifts("slot.ics")}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {mayManage ? (
                  <Link
                    href={`/organizers/${project.organizer.slug}/projects/${project.id}/roles/${r.id}/slots`}
                    className="mt-2 mr-4 inline-block text-sm font-semibold text-brand-700 underline"
                    data-testid="role-slots-link"
                  >
                    {tShifts("organizer.link")}
                  </Link>
                ) : null}
                {canApply && findable ? (
                  <Link
                    href={`/organizers/${project.organizer.slug}/projects/${project.id}/roles/${r.id}/find`}
                    className="mt-2 inline-block text-sm font-semibold text-brand-700 underline"
                    data-testid="find-volunteers"
                  >
                    {tFind("link")}
                  </Link>
                ) : null}
                {applyRefusal && errorRole === r.id ? (
                  <div className="mt-3">
                    <FormError message={applyRefusal} />
                  </div>
                ) : null}
                {canApply ? (
                  <div className="mt-3">
                    <ClientMessages components={["modules/applications/components/apply-form"]}>
                      <ApplyForm
                        roleId={r.id}
                        roleTitle={r.title}
                        placesLeft={left}
                        mode={r.mode}
                        signedIn={Boolean(viewer)}
                        {...applyState[r.id]}
                        projectId={project.id}
                        slots={slots.map((s) => ({ id: s.id, label: slotLabel(s) }))}
                      />
                    </ClientMessages>
                  </div>
                ) : null}
              </Card>
            );
          })}
        </ul>
      </section>

      {project.status === "PUBLISHED" && !over ? (
        <a
          href={`/api/projects/${project.id}/calendar?locale=${locale}`}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-semibold hover:bg-slate-50"
          download
        >
          {t("view.addToCalendar")}
        </a>
      ) : null}

      {mayManage && project.status === "PUBLISHED" ? (
        <Link href={`/projects/${project.id}/check-in`} className="inline-block text-brand-700 underline">
          {(await getTranslations("checkIn.board"))("link")}
        </Link>
      ) : null}
      {testimonials ? (
        <TestimonialSection
          list={testimonials}
          page={tPage}
          pageHref={(page) => ({ pathname: `/projects/${project.id}`, query: { testimonials: String(page) } })}
          mayReply={(organizerId) => managesOrganizer(viewer, organizerId)}
          signedIn={Boolean(viewer)}
          opportunities={opportunities}
        />
      ) : null}

      {mayManage ? (
        <ClientMessages components={["modules/projects/components/project-actions"]}>
          <ProjectActions projectId={project.id} status={project.status} />
        </ClientMessages>
      ) : null}
      {mayManage ? (
        <ClientMessages components={["modules/project-templates/components/copy-project"]}>
          <CopyProject projectId={project.id} slug={project.organizer.slug} defaultName={project.title} />
        </ClientMessages>
      ) : null}
      {mayModerate && project.status === "SUBMITTED" ? (
        <ClientMessages components={["modules/moderation/components/project-decision-panel"]}>
          <ProjectDecisionPanel
            projectId={project.id}
            organizerVerified={project.organizer.verificationStatus === "VERIFIED"}
          />
        </ClientMessages>
      ) : null}
    </article>
  );
}
