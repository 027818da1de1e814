import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { unreadCount } from "../queries";

/** The header's link to the notifications page with the unread count; nothing when signed out. */
export async function NotificationsLink({
  locale,
  className = "hover:underline",
}: {
  locale: string;
  className?: string;
}) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [t, count] = await Promise.all([
    getTranslations({ locale, namespace: "notifications" }),
    unreadCount(db, viewer),
  ]);
  return (
    <Link href="/notifications" className={className} data-testid="nav-notifications">
      {t("nav")}
      {count > 0 ? (
        <>
          <span
            aria-hidden
            className="ml-1 rounded-full bg-brand-600 px-2 text-xs font-bold text-white"
            data-testid="unread-count"
          >
            {count > 99 ? "99+" : count}
          </span>
          <span className="sr-only"> ({t("unreadCount", { count })})</span>
        </>
      ) : null}
    </Link>
  );
}
