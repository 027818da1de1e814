import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { trackHelpRequest } from "@/modules/help/queries";
import { HelpStatusBadge } from "@/modules/help/components/help-status-badge";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ sent?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "help.track" });
  // The address is the key to the page: never indexed, never sent on as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" as const };
}

export default async function HelpTrackingPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const request = await trackHelpRequest(db, token);
  if (!request) notFound();
  const { sent } = await searchParams;
  const [t, format] = await Promise.all([getTranslations("help"), getFormatter()]);
  const l = locale as Locale;
  const link = `${env().APP_URL.replace(/\/+$/, "")}/${locale}/help/${token}`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold" tabIndex={-1}>
        {t("track.title")}
      </h1>
      {sent ? (
        <div
          role="status"
          className="space-y-2 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900"
        >
          <p className="font-semibold">{t("track.sent")}</p>
          <p className="text-sm">{t("track.keepLink")}</p>
          <p className="break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="tracking-link">
            {link}
          </p>
        </div>
      ) : null}
      <Card className="space-y-3 p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-semibold">{HELP_CATEGORY_LABELS[request.category][l]}</p>
          <HelpStatusBadge status={request.status} accepted={Boolean(request.acceptedAt)} />
        </div>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("track.where")}</dt>
          <dd>{placeLabel(request.settlement, request.regionCode, l)}</dd>
          <dt className="text-slate-600">{t("track.when")}</dt>
          <dd>
            {request.neededOn ? format.dateTime(request.neededOn, { dateStyle: "long", timeZone: "UTC" }) : t("asap")}
          </dd>
          <dt className="text-slate-600">{t("track.people")}</dt>
          <dd>{request.peopleNeeded}</dd>
          <dt className="text-slate-600">{t("track.sentOn")}</dt>
          <dd>{format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          {request.assignedOrganizer ? (
            <>
              <dt className="text-slate-600">{t("track.organizer")}</dt>
              <dd>
                <Link href={`/organizers/${request.assignedOrganizer.slug}`} className="text-brand-700 underline">
                  {request.assignedOrganizer.name}
                </Link>
              </dd>
            </>
          ) : null}
          {request.project ? (
            <>
              <dt className="text-slate-600">{t("track.project")}</dt>
              <dd>
                <Link href={`/projects/${request.project.id}`} className="text-brand-700 underline">
                  {request.project.title}
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
        {request.status === "DECLINED" && request.outcomeReason ? (
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm" data-testid="help-outcome-reason">
            {t("track.reason", { reason: request.outcomeReason })}
          </p>
        ) : null}
      </Card>
      <section aria-labelledby="help-steps" className="space-y-3">
        <h2 id="help-steps" className="text-lg font-semibold">
          {t("track.steps")}
        </h2>
        <ol className="space-y-2 border-l-2 border-brand-200 pl-4" data-testid="help-steps">
          {request.steps.map((s, i) => (
            <li key={i} className="text-sm">
              <span className="font-medium">{t(`step.${s.action.replace("help.", "")}`)}</span>
              <span className="text-slate-600">
                {" "}
                · {format.dateTime(s.at, { dateStyle: "medium", timeStyle: "short" })}
              </span>
            </li>
          ))}
        </ol>
        <p className="text-sm text-slate-600">
          {t(`track.next.${request.status === "IN_PROGRESS" && !request.acceptedAt ? "OFFERED" : request.status}`)}
        </p>
      </section>
    </div>
  );
}
