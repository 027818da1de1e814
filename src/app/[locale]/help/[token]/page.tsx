import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { trackHelpRequest } from "@/modules/help/queries";
import { HelpStatusBadge } from "@/modules/help/components/help-status-badge";
import { HelpRequestFacts } from "@/modules/help/components/help-request-facts";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
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
        <HelpRequestFacts request={request} locale={l} />
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
