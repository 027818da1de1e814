import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { myCallOuts } from "@/modules/call-outs/queries";
import { ApplicationStatusBadge } from "@/modules/applications/components/status-badge";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOutAnswers.my" });
  return { title: t("title") };
}

// The call-outs the volunteer was sent: the open ones they can still answer first, with their answer.
export default async function MyCallOutsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/call-outs` } }, locale });
  const [items, t, format] = await Promise.all([
    myCallOuts(db, viewer),
    getTranslations("callOutAnswers"),
    getFormatter(),
  ]);
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("my.title")}</h1>
        <p className="mt-1 text-slate-700">{t("my.lead")}</p>
      </div>
      {items.length === 0 ? (
        <EmptyState
          message={t("my.empty")}
          actions={
            <Link href="/profile" className="font-semibold text-brand-700 underline">
              {t("optIn")}
            </Link>
          }
        />
      ) : (
        <ul className="space-y-3" data-testid="my-call-outs">
          {items.map((c) => (
            <Card as="li" key={c.id} className="space-y-1 p-4" data-testid="my-call-out">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/call-outs/${c.id}`} className="font-semibold text-brand-700 hover:underline">
                  {c.title}
                </Link>
                <div className="flex flex-wrap gap-2">
                  {c.answer ? <Badge tone="outline">{t(`answer.${c.answer}`)}</Badge> : null}
                  {c.answer === "COMING" && c.applicationStatus ? (
                    <ApplicationStatusBadge status={c.applicationStatus} />
                  ) : null}
                  {!c.answerable ? (
                    <Badge tone="slate">{t(c.status === "CLOSED" ? "closedBadge" : "pastBadge")}</Badge>
                  ) : null}
                </div>
              </div>
              <p className="text-sm text-slate-700">
                {[...c.settlements, ...c.regions.map((r) => domainLabel("region", r, l))].join(", ")} ·{" "}
                {format.dateTimeRange(c.startsAt, c.endsAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {c.answerable && !c.answer ? (
                <p className="text-sm font-medium text-red-800">
                  {t("my.answerBy", { date: format.dateTime(c.answerBy, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              ) : null}
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
