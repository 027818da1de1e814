import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getThread } from "@/modules/messages/queries";
import { markRead } from "@/modules/messages/mutations";
import { ThreadView } from "@/modules/messages/components/thread-view";
import { searchParam } from "@/domain/search-params";

type Props = {
  params: Promise<{ locale: string; conversationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "messages" });
  return { title: t("title") };
}

// One conversation: only its participants get it (anyone else a 404). Opening it marks it read.
export default async function ConversationPage({ params, searchParams }: Props) {
  const { locale, conversationId } = await params;
  setRequestLocale(locale);
  const here = `/messages/${encodeURIComponent(conversationId.slice(0, 40))}`;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}${here}` } }, locale });
  const raw = await searchParams;
  const before = searchParam(raw, "before");
  const thread = await getThread(db, viewer, conversationId.slice(0, 40), before);
  if (!thread) notFound();
  if (!before) await markRead(db, viewer, thread.id);
  return (
    <ThreadView
      viewer={viewer}
      header={thread}
      messages={thread.messages}
      olderHref={thread.olderCursor ? `${here}?before=${encodeURIComponent(thread.olderCursor)}` : null}
      here={here}
      query={{ done: searchParam(raw, "done"), error: searchParam(raw, "error"), reply: searchParam(raw, "reply") }}
    />
  );
}
