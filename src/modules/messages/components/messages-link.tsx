import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PATHNAME_HEADER } from "@/server/request-path";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { unreadConversationCount } from "../queries";

/** The header's link to the inbox with the number of conversations holding unread messages. */
export async function MessagesLink({ locale, className = "hover:underline" }: { locale: string; className?: string }) {
  const viewer = await getViewer();
  if (!viewer || (!viewer.volunteer && viewer.memberships.length === 0)) return null;
  // The conversation this request opens is read by its page, which renders alongside this header.
  const opening = (await headers()).get(PATHNAME_HEADER)?.match(/^\/[a-z]{2}\/messages\/([a-z0-9]{1,40})$/)?.[1];
  const [t, count] = await Promise.all([
    getTranslations({ locale, namespace: "messages" }),
    unreadConversationCount(db, viewer, opening),
  ]);
  return (
    <Link href="/messages" className={className} data-testid="nav-messages">
      {t("nav")}
      {count > 0 ? (
        <>
          <span
            aria-hidden
            className="ml-1 rounded-full bg-brand-600 px-2 text-xs font-bold text-white"
            data-testid="messages-unread-count"
          >
            {count > 99 ? "99+" : count}
          </span>
          <span className="sr-only"> ({t("unreadCount", { count })})</span>
        </>
      ) : null}
    </Link>
  );
}
