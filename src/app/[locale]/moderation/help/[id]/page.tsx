import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { helpRequestForStaff } from "@/modules/help/queries";
import { HelpStatusBadge } from "@/modules/help/components/help-status-badge";
import { HelpRequestFacts } from "@/modules/help/components/help-request-facts";
import { HelpTriagePanel } from "@/modules/help/components/help-triage-panel";
import { formatKazakhMobile, HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import type { Locale } from "@/domain/locales";
import { ClientMessages } from "@/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "help.queue" });
  return { title: t("title") };
}

// One request for the region's staff: the need, the person's contact, its steps, and the triage.
export default async function HelpRequestStaffPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const data = await helpRequestForStaff(db, viewer, id);
  if (!data) notFound();
  const { request, steps, organizers, similar } = data;
  const [t, tc, format] = await Promise.all([getTranslations("help"), getTranslations("callOuts"), getFormatter()]);
  const l = locale as Locale;
  const open = request.status === "NEW" || request.status === "IN_PROGRESS";
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/moderation/help" className="text-sm text-brand-700 underline">
          ← {t("queue.title")}
        </Link>
        <h1 className="text-2xl font-bold">{HELP_CATEGORY_LABELS[request.category][l]}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <HelpStatusBadge status={request.status} accepted={Boolean(request.acceptedAt)} />
          {request.overdue ? <Badge tone="red">{t("queue.overdueBadge")}</Badge> : null}
          {request.surge ? <Badge tone="orange">{t("queue.surgeBadge")}</Badge> : null}
        </div>
        {open ? (
          <Link
            href={{ pathname: "/moderation/call-outs/new", query: { fromHelp: request.id } }}
            className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
            data-testid="help-call-out"
          >
            {tc("new")}
          </Link>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card className="space-y-3 p-4">
            <p className="whitespace-pre-line [overflow-wrap:anywhere]" data-testid="help-description">
              {request.description}
            </p>
            <HelpRequestFacts
              request={request}
              locale={l}
              extra={[
                { label: t("form.address"), value: request.address ?? "—" },
                ...(request.outcomeReason ? [{ label: t("triage.reason"), value: request.outcomeReason }] : []),
              ]}
            />
          </Card>
          <Card className="space-y-2 p-4" data-testid="help-contact">
            <h2 className="font-semibold">{t("form.contactLegend")}</h2>
            {request.personalDataErasedAt ? (
              <p className="text-sm text-slate-600">{t("queue.erased")}</p>
            ) : (
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-600">{t("form.name")}</dt>
                <dd>{request.requesterName ?? "—"}</dd>
                <dt className="text-slate-600">{t("form.phone")}</dt>
                <dd>
                  {request.contactPhone ? (
                    <a href={`tel:${request.contactPhone}`} className="text-brand-700 underline">
                      {formatKazakhMobile(request.contactPhone)}
                    </a>
                  ) : (
                    "—"
                  )}
                </dd>
                <dt className="text-slate-600">{t("form.email")}</dt>
                <dd className="[overflow-wrap:anywhere]">{request.contactEmail ?? "—"}</dd>
              </dl>
            )}
          </Card>
          <section aria-labelledby="help-steps" className="space-y-2">
            <h2 id="help-steps" className="font-semibold">
              {t("track.steps")}
            </h2>
            <ol className="space-y-1 border-l-2 border-brand-200 pl-4 text-sm" data-testid="help-steps">
              {steps.map((s, i) => (
                <li key={i}>
                  <span className="font-medium">{t(`step.${s.action.replace("help.", "")}`)}</span>
                  <span className="text-slate-600"> · {dateTime(s.at)}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>
        {open ? (
          <ClientMessages components={["modules/help/components/help-triage-panel"]}>
            <HelpTriagePanel
              requestId={request.id}
              assignedOrganizerId={request.acceptedAt ? null : (request.assignedOrganizer?.id ?? null)}
              organizers={organizers}
              similar={similar.map((s) => ({
                id: s.id,
                label: `${format.dateTime(s.createdAt, { dateStyle: "short" })} · ${s.settlement} · ${s.description.slice(0, 60)}`,
              }))}
            />
          </ClientMessages>
        ) : null}
      </div>
    </div>
  );
}
