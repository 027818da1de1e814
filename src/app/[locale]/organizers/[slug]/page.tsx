import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel, placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { getPublicOrganizer } from "@/modules/organizers/queries";
import { managesOrganizer } from "@/modules/organizers/scope";
import { staffsRegion } from "@/modules/staff/scope";
import { ReviewOrganizerPanel } from "@/modules/organizers/components/review-panel";
import { VerificationBadge } from "@/modules/organizers/components/verification-badge";
import { ResponsivenessNote } from "@/modules/organizers/components/responsiveness";
import { FormSuccess } from "@/components/ui/field";
import { ClientMessages } from "@/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listTestimonials } from "@/modules/testimonials/queries";
import { TestimonialSection } from "@/modules/testimonials/components/testimonial-section";
import { pageNumber } from "@/domain/search-params";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ welcome?: string; left?: string; testimonials?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const organizer = await getPublicOrganizer(db, slug);
  return { title: organizer?.name ?? "404" };
}

export default async function OrganizerPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const organizer = await getPublicOrganizer(db, slug);
  if (!organizer) notFound();
  const [t, format, viewer, { welcome, left, testimonials: testimonialPage }] = await Promise.all([
    getTranslations("organizer"),
    getFormatter(),
    getViewer(),
    searchParams,
  ]);
  const l = locale as Locale;
  const mayEdit = managesOrganizer(viewer, organizer.id);
  const tPage = pageNumber(testimonialPage);
  const testimonials = await listTestimonials(db, { organizerId: organizer.id }, tPage);
  return (
    <article className="space-y-6">
      {welcome && mayEdit ? <FormSuccess message={t("welcome")} /> : null}
      {left && viewer && !mayEdit ? <FormSuccess message={t("left", { name: organizer.name })} /> : null}
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold">{organizer.name}</h1>
          <VerificationBadge status={organizer.verificationStatus} />
        </div>
        <p className="text-slate-700">
          {domainLabel("organizerForm", organizer.form, l)}
          {organizer.legalForm ? ` · ${domainLabel("legalForm", organizer.legalForm, l)}` : null}
          {" · "}
          {placeLabel(organizer.settlement, organizer.regionCode, l)}
        </p>
        <ResponsivenessNote organizerId={organizer.id} />
        <div className="flex flex-wrap gap-2">
          {mayEdit ? (
            <Link
              href={`/organizers/${organizer.slug}/edit`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
            >
              {t("edit")}
            </Link>
          ) : null}
          {mayEdit ? (
            <Link
              href={`/organizers/${organizer.slug}/projects`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
            >
              {t("manageProjects")}
            </Link>
          ) : null}
          {mayEdit ? (
            <Link
              href={`/organizers/${organizer.slug}/members`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
            >
              {t("team")}
            </Link>
          ) : null}
          {mayEdit && organizer.verificationStatus === "VERIFIED" ? (
            <Link
              href={`/organizers/${organizer.slug}/help`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50"
            >
              {t("helpRequests")}
            </Link>
          ) : null}
        </div>
      </header>

      {mayEdit && organizer.verificationStatus === "REJECTED" && organizer.reviewReason ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm">
          {t("rejectedReason", { reason: organizer.reviewReason })}
        </p>
      ) : null}
      {mayEdit && organizer.verificationStatus === "PENDING" ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t("pendingExplain")}
        </p>
      ) : null}

      {organizer.description ? (
        <p className="whitespace-pre-line text-lg leading-relaxed">{organizer.description}</p>
      ) : null}

      <section className="grid gap-4 sm:grid-cols-2">
        <Card className="p-4">
          <h2 className="font-semibold">{t("directions")}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {organizer.directions.map((d) => (
              <li key={d}>
                <Badge tone="brand">{domainLabel("direction", d, l)}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        <Card className="p-4">
          <h2 className="font-semibold">{t("contacts")}</h2>
          <dl className="mt-2 space-y-1 text-sm">
            <div>
              <dt className="inline text-slate-600">{t("email")}: </dt>
              <dd className="inline">
                <a className="underline" href={`mailto:${organizer.email}`}>
                  {organizer.email}
                </a>
              </dd>
            </div>
            {organizer.phone ? (
              <div>
                <dt className="inline text-slate-600">{t("phone")}: </dt>
                <dd className="inline">{organizer.phone}</dd>
              </div>
            ) : null}
            {organizer.website ? (
              <div>
                <dt className="inline text-slate-600">{t("website")}: </dt>
                <dd className="inline">
                  <a className="underline" href={organizer.website} rel="nofollow noopener" target="_blank">
                    {organizer.website}
                  </a>
                </dd>
              </div>
            ) : null}
            {organizer.bin ? (
              <div>
                <dt className="inline text-slate-600">{t("bin")}: </dt>
                <dd className="inline font-mono">{organizer.bin}</dd>
              </div>
            ) : null}
          </dl>
        </Card>
      </section>

      <section>
        <h2 className="text-xl font-semibold">{t("projects")}</h2>
        {organizer.projects.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("noProjects")}</p>
        ) : (
          <Card as="ul" className="mt-3 divide-y divide-slate-200">
            {organizer.projects.map((p) => (
              <li key={p.id} className="p-4">
                <Link href={`/projects/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                  {p.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {format.dateTimeRange(p.startsAt, p.endsAt, { dateStyle: "medium" })} ·{" "}
                  {p.isOnline ? t("online") : p.settlement} · {domainLabel("direction", p.primaryDirection, l)}
                </p>
              </li>
            ))}
          </Card>
        )}
      </section>

      <TestimonialSection
        list={testimonials}
        page={tPage}
        pageHref={(page) => ({ pathname: `/organizers/${organizer.slug}`, query: { testimonials: String(page) } })}
        mayReply={() => mayEdit}
        signedIn={Boolean(viewer)}
        showProject
      />

      {staffsRegion(viewer, organizer.regionCode) ? (
        <ClientMessages components={["modules/organizers/components/review-panel"]}>
          <ReviewOrganizerPanel organizerId={organizer.id} status={organizer.verificationStatus} />
        </ClientMessages>
      ) : null}
    </article>
  );
}
