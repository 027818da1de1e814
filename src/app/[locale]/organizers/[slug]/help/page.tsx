import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { organizerHelpRequests } from "@/modules/help/queries";
import { HelpStatusBadge } from "@/modules/help/components/help-status-badge";
import { HelpOrganizerAnswer } from "@/modules/help/components/help-organizer-answer";
import { formatKazakhMobile, HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "help.organizer" });
  return { title: t("title") };
}

// Requests the region's front office offered to this organizer: take them or hand them back.
export default async function OrganizerHelpPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/organizers/${slug}/help` } }, locale });
  const data = await organizerHelpRequests(db, viewer, slug);
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations("help"), getFormatter()]);
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href={`/organizers/${data.organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {data.organizer.name}
        </Link>
        <h1 className="text-2xl font-bold">{t("organizer.title")}</h1>
        <p className="text-slate-700">{t("organizer.lead")}</p>
      </div>
      {data.items.length === 0 ? (
        <EmptyState message={t("organizer.empty")} />
      ) : (
        <ol className="space-y-4" data-testid="organizer-help-requests">
          {data.items.map((r) => (
            <Card as="li" key={r.id} className="space-y-3 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">{HELP_CATEGORY_LABELS[r.category][l]}</h2>
                <HelpStatusBadge status={r.status} accepted={Boolean(r.acceptedAt)} />
              </div>
              <p className="whitespace-pre-line text-sm [overflow-wrap:anywhere]">{r.description}</p>
              <p className="text-sm text-slate-600">
                {placeLabel(r.settlement, r.regionCode, l)} · {t("queue.people", { count: r.peopleNeeded })} ·{" "}
                {r.neededOn ? format.dateTime(r.neededOn, { dateStyle: "long", timeZone: "UTC" }) : t("asap")}
              </p>
              {r.contact ? (
                <dl
                  className="grid gap-x-4 gap-y-1 rounded-md bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr]"
                  data-testid="help-contact"
                >
                  <dt className="text-slate-600">{t("form.name")}</dt>
                  <dd>{r.contact.requesterName ?? "—"}</dd>
                  <dt className="text-slate-600">{t("form.phone")}</dt>
                  <dd>
                    {r.contact.contactPhone ? (
                      <a href={`tel:${r.contact.contactPhone}`} className="text-brand-700 underline">
                        {formatKazakhMobile(r.contact.contactPhone)}
                      </a>
                    ) : (
                      "—"
                    )}
                  </dd>
                  <dt className="text-slate-600">{t("form.email")}</dt>
                  <dd className="[overflow-wrap:anywhere]">{r.contact.contactEmail ?? "—"}</dd>
                  <dt className="text-slate-600">{t("form.address")}</dt>
                  <dd>{r.contact.address ?? "—"}</dd>
                </dl>
              ) : r.status === "IN_PROGRESS" ? (
                <p className="text-sm text-slate-600">{t("organizer.contactAfterAccept")}</p>
              ) : null}
              {r.project ? (
                <p className="text-sm">
                  {t("track.project")}:{" "}
                  <Link href={`/projects/${r.project.id}`} className="text-brand-700 underline">
                    {r.project.title}
                  </Link>
                </p>
              ) : r.status === "IN_PROGRESS" && r.acceptedAt ? (
                <div className="flex flex-wrap gap-2">
                  <Link
                    href={{ pathname: `/organizers/${data.organizer.slug}/projects/new`, query: { fromHelp: r.id } }}
                    className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-brand-700 hover:bg-slate-50"
                    data-testid="help-make-project"
                  >
                    {t("organizer.makeProject")}
                  </Link>
                  <Link
                    href={`/organizers/${data.organizer.slug}/help/${r.id}/call-out`}
                    className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-brand-700 hover:bg-slate-50"
                    data-testid="help-make-call-out"
                  >
                    {t("organizer.makeCallOut")}
                  </Link>
                </div>
              ) : null}
              {r.status === "IN_PROGRESS" ? (
                <ClientMessages components={["modules/help/components/help-organizer-answer"]}>
                  <HelpOrganizerAnswer requestId={r.id} accepted={Boolean(r.acceptedAt)} />
                </ClientMessages>
              ) : null}
            </Card>
          ))}
        </ol>
      )}
    </div>
  );
}
