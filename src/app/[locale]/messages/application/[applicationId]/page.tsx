import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getApplicationThread } from "@/modules/messages/queries";
import { ThreadView } from "@/modules/messages/components/thread-view";
import { searchParam } from "@/domain/search-params";

type Props = {
  params: Promise<{ locale: string; applicationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "messages" });
  return { title: t("title") };
}

// Where the "Message" links of an application lead: its conversation when there is one, else an
// empty thread whose first message creates it. Participants only (anyone else a 404).
export default async function ApplicationMessagesPage({ params, searchParams }: Props) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const here = `/messages/application/${encodeURIComponent(applicationId.slice(0, 40))}`;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}${here}` } }, locale });
  const found = await getApplicationThread(db, viewer, applicationId.slice(0, 40));
  if (!found) notFound();
  const raw = await searchParams;
  const reply = searchParam(raw, "reply");
  if (found.conversationId !== null)
    return redirect({
      href: { pathname: `/messages/${found.conversationId}`, query: reply ? { reply } : {} },
      locale,
    });
  return (
    <ThreadView
      viewer={viewer}
      header={found}
      messages={[]}
      olderHref={null}
      here={here}
      query={{ done: searchParam(raw, "done"), error: searchParam(raw, "error"), reply }}
    />
  );
}
