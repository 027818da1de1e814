import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listInbox } from "@/modules/messages/queries";
import { ConversationList } from "@/modules/messages/components/conversation-list";
import { pageNumber, searchParam } from "@/domain/search-params";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "messages" });
  return { title: t("title") };
}

// The signed-in person's conversations: as a volunteer, and as a member of any organizer's team.
export default async function MessagesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/messages` } }, locale });
  const page = pageNumber(searchParam(await searchParams, "page"));
  const [data, t] = await Promise.all([listInbox(db, viewer, page), getTranslations("messages")]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
        {viewer.memberships.length > 0 ? (
          <p className="mt-2 flex flex-wrap gap-x-4">
            {viewer.memberships.map((m) => (
              <Link
                key={m.organizerId}
                href={`/organizers/${m.slug}/messages`}
                className="font-semibold text-brand-700 underline"
                data-testid="team-inbox-link"
              >
                {t("teamInboxLink")}: {m.name}
              </Link>
            ))}
          </p>
        ) : null}
      </div>
      {data.items.length === 0 ? <EmptyState message={t("empty")} /> : <ConversationList items={data.items} />}
      <Pagination page={data.page} pages={Math.ceil(data.total / data.pageSize)} href={pageInQuery("/messages", {})} />
    </div>
  );
}
