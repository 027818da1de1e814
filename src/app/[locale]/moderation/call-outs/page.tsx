import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { staffCallOuts } from "@/modules/call-outs/staff-queries";
import { pageNumber, searchParam } from "@/domain/search-params";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOuts" });
  return { title: t("title") };
}

const NEW_LINK =
  "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800";

// The call-outs of the staff's regions (all for the admin; the moderation layout lets in only staff).
export default async function CallOutsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const page = pageNumber(searchParam(await searchParams, "page"));
  const list = await staffCallOuts(db, viewer, page);
  if (!list) notFound();
  const [t, format] = await Promise.all([getTranslations("callOuts"), getFormatter()]);
  const l = locale as Locale;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/moderation" className="text-sm text-brand-700 underline">
          ← {t("cardOpen")}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <Link href="/moderation/call-outs/new" className={NEW_LINK} data-testid="call-out-new">
            {t("new")}
          </Link>
        </div>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      {list.items.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <Card as="ol" className="divide-y divide-slate-200" data-testid="call-outs">
          {list.items.map((c) => (
            <li key={c.id} className="space-y-1 p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/moderation/call-outs/${c.id}`} className="font-semibold text-brand-700 underline">
                  {c.title}
                </Link>
                <Badge tone={c.status === "OPEN" ? "green" : "slate"}>
                  {t(c.status === "OPEN" ? "open" : "closed")}
                </Badge>
              </div>
              <p className="text-sm text-slate-600">
                {[...c.settlements, ...c.regions.map((r) => domainLabel("region", r, l))].join(", ")} ·{" "}
                {t("starts", { date: format.dateTime(c.startsAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              <p className="text-sm text-slate-800" data-testid="call-out-counts">
                {t("called", { count: c.recipientCount })}
                {c.fanOutDoneAt ? "" : ` (${t("sending")})`} ·{" "}
                {t("coming", { count: c.coming, needed: c.peopleNeeded })}
              </p>
            </li>
          ))}
        </Card>
      )}
      <Pagination page={page} pages={list.pages} href={pageInQuery("/moderation/call-outs", {})} />
    </div>
  );
}
