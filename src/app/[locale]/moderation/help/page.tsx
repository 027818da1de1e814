import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { helpQueue } from "@/modules/help/queries";
import { HelpStatusBadge } from "@/modules/help/components/help-status-badge";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import { isRegionCode } from "@/domain/regions";
import { pageNumber, searchParam } from "@/domain/search-params";
import { placeLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueueHeader } from "@/components/ui/queue-header";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "help.queue" });
  return { title: t("title") };
}

// The region's requests for help, for its front office (the moderation layout lets in only staff).
export default async function HelpQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const raw = await searchParams;
  const region = searchParam(raw, "region");
  const view = searchParam(raw, "view") === "closed" ? "closed" : "open";
  const page = pageNumber(searchParam(raw, "page"));
  const queue = await helpQueue(db, viewer, { region: isRegionCode(region) ? region : undefined, view, page });
  if (!queue) notFound();
  const [t, format] = await Promise.all([getTranslations("help"), getFormatter()]);
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <QueueHeader
        back={t("queue.back")}
        title={t("queue.title")}
        lead={t("queue.lead")}
        viewsLabel={t("queue.views")}
        views={[
          {
            label: t("queue.open"),
            href: { pathname: "/moderation/help", query: region ? { region } : {} },
            current: view === "open",
          },
          {
            label: t("queue.closed"),
            href: { pathname: "/moderation/help", query: { ...(region ? { region } : {}), view: "closed" } },
            current: view === "closed",
          },
        ]}
      />
      {view === "open" && queue.overdue > 0 ? (
        <p
          role="status"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800"
          data-testid="help-overdue-count"
        >
          {t("queue.overdue", { count: queue.overdue })}
        </p>
      ) : null}
      {queue.items.length === 0 ? (
        <EmptyState message={t(view === "open" ? "queue.emptyOpen" : "queue.emptyClosed")} />
      ) : (
        <Card as="ol" className="divide-y divide-slate-200" data-testid="help-queue">
          {queue.items.map((r) => (
            <li key={r.id} className="space-y-1 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/moderation/help/${r.id}`} className="font-semibold text-brand-700 underline">
                  {HELP_CATEGORY_LABELS[r.category][l]}
                </Link>
                <HelpStatusBadge status={r.status} accepted={Boolean(r.acceptedAt)} />
                {r.overdue ? (
                  <Badge tone="red" data-testid="help-overdue">
                    {t("queue.overdueBadge")}
                  </Badge>
                ) : null}
                {r.surge ? <Badge tone="orange">{t("queue.surgeBadge")}</Badge> : null}
              </div>
              <p className="line-clamp-2 text-sm text-slate-800 [overflow-wrap:anywhere]">{r.description}</p>
              <p className="text-sm text-slate-600">
                {placeLabel(r.settlement, r.regionCode, l)} · {t("queue.people", { count: r.peopleNeeded })} ·{" "}
                {format.relativeTime(r.createdAt)}
                {r.assignedOrganizer ? ` · ${r.assignedOrganizer.name}` : ""}
              </p>
            </li>
          ))}
        </Card>
      )}
      <Pagination
        page={page}
        pages={queue.pages}
        href={pageInQuery("/moderation/help", { region, view: view === "closed" ? "closed" : undefined })}
      />
    </div>
  );
}
