import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { domainLabel } from "@/i18n/labels";
import { isRegionCode } from "@/domain/regions";
import type { Locale } from "@/domain/locales";
import { moderationQueue } from "@/modules/moderation/queries";
import { staffedRegions } from "@/modules/staff/scope";
import { Card } from "@/components/ui/card";
import { helpQueueCounts } from "@/modules/help/queries";
import { openCallOutCount } from "@/modules/call-outs/staff-queries";
import { TestimonialQueueCard } from "@/modules/testimonials/components/queue-card";
import { openReportCount } from "@/modules/messages/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ region?: string }> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "moderation" });
  return { title: t("title") };
}

export default async function ModerationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/moderation` } }, locale });
  const { region } = await searchParams;
  const regionFilter = isRegionCode(region) ? region : undefined;
  const [queue, help, callOuts, reportedMessages] = await Promise.all([
    moderationQueue(db, viewer, regionFilter),
    helpQueueCounts(db, viewer),
    openCallOutCount(db, viewer),
    openReportCount(db, viewer),
  ]);
  if (!queue) notFound();
  const [t, tc, tm, format] = await Promise.all([
    getTranslations("moderation"),
    getTranslations("callOuts"),
    getTranslations("messages.moderation"),
    getFormatter(),
  ]);
  const l = locale as Locale;
  const scope = staffedRegions(viewer);
  const now = new Date();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">
          {scope === "ALL"
            ? t("allRegions")
            : t("yourRegions", { regions: scope.map((r) => domainLabel("region", r, l)).join(", ") })}
        </p>
      </div>

      {help ? (
        <Card as="section" aria-labelledby="q-help" className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div>
            <h2 id="q-help" className="font-semibold">
              {t("helpTitle", { count: help.open })}
            </h2>
            {help.overdue > 0 ? (
              <p className="text-sm font-medium text-red-800">{t("helpOverdue", { count: help.overdue })}</p>
            ) : null}
          </div>
          <Link
            href="/moderation/help"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
            data-testid="moderation-help-link"
          >
            {t("helpOpen")}
          </Link>
        </Card>
      ) : null}

      {callOuts !== null ? (
        <Card
          as="section"
          aria-labelledby="q-call-outs"
          className="flex flex-wrap items-center justify-between gap-3 p-4"
        >
          <div>
            <h2 id="q-call-outs" className="font-semibold">
              {tc("card", { count: callOuts })}
            </h2>
            <p className="text-sm text-slate-600">{tc("cardLead")}</p>
          </div>
          <Link
            href="/moderation/call-outs"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
            data-testid="moderation-call-outs-link"
          >
            {tc("cardOpen")}
          </Link>
        </Card>
      ) : null}

      <TestimonialQueueCard viewer={viewer} />
      <Card as="section" aria-labelledby="q-messages" className="flex flex-wrap items-center justify-between gap-3 p-4">
        <h2 id="q-messages" className="font-semibold">
          {tm("card", { count: reportedMessages })}
        </h2>
        <Link
          href="/moderation/messages"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          data-testid="moderation-messages-link"
        >
          {tm("open")}
        </Link>
      </Card>

      <section aria-labelledby="q-projects">
        <h2 id="q-projects" className="mb-3 text-lg font-semibold">
          {t("projectsTitle", { count: queue.projects.length })}
        </h2>
        {queue.projects.length === 0 ? (
          <p className="text-slate-600">{t("emptyProjects")}</p>
        ) : (
          <Card as="ol" className="divide-y divide-slate-200" data-testid="queue-projects">
            {queue.projects.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div className="min-w-0">
                  <Link href={`/projects/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                    {p.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {p.organizer.name} · {domainLabel("region", p.regionCode, l)} ·{" "}
                    {domainLabel("direction", p.primaryDirection, l)}
                    {p.organizer.verificationStatus !== "VERIFIED" ? ` · ${t("organizerUnverified")}` : ""}
                  </p>
                </div>
                {p.submittedAt ? (
                  <span className="text-sm text-slate-600">
                    {t("waiting", { age: format.relativeTime(p.submittedAt, now) })}
                  </span>
                ) : null}
              </li>
            ))}
          </Card>
        )}
      </section>

      <section aria-labelledby="q-organizers">
        <h2 id="q-organizers" className="mb-3 text-lg font-semibold">
          {t("organizersTitle", { count: queue.organizers.length })}
        </h2>
        {queue.organizers.length === 0 ? (
          <p className="text-slate-600">{t("emptyOrganizers")}</p>
        ) : (
          <Card as="ol" className="divide-y divide-slate-200" data-testid="queue-organizers">
            {queue.organizers.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                <div className="min-w-0">
                  <Link href={`/organizers/${o.slug}`} className="font-semibold text-brand-700 hover:underline">
                    {o.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {domainLabel("organizerForm", o.form, l)}
                    {o.bin ? ` · ${o.bin}` : ""} · {domainLabel("region", o.regionCode, l)}
                  </p>
                </div>
                <span className="text-sm text-slate-600">
                  {t("waiting", { age: format.relativeTime(o.createdAt, now) })}
                </span>
              </li>
            ))}
          </Card>
        )}
      </section>
    </div>
  );
}
