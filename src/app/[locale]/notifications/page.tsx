import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listForViewer, organizerIdOf, organizerRefs, unreadCount } from "@/modules/notifications/queries";
import { rendererFor } from "@/modules/notifications/render";
import {
  MarkAllReadButton,
  MarkReadButton,
  NotificationLink,
} from "@/modules/notifications/components/notification-controls";
import { ClientMessages } from "@/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "notifications" });
  return { title: t("title") };
}

export default async function NotificationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/notifications` } }, locale });
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" ? rawCursor : undefined;
  const [page, unread] = await Promise.all([listForViewer(db, viewer, { cursor }), unreadCount(db, viewer)]);
  const [organizers, renderer, t, format] = await Promise.all([
    organizerRefs(db, page.items),
    rendererFor(locale),
    getTranslations("notifications"),
    getFormatter(),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-slate-700">{unread > 0 ? t("unreadCount", { count: unread }) : t("lead")}</p>
        </div>
        {unread > 0 ? (
          <ClientMessages components={["modules/notifications/components/notification-controls"]}>
            <MarkAllReadButton />
          </ClientMessages>
        ) : null}
      </div>

      {page.items.length === 0 ? (
        <EmptyState data-testid="notifications-empty" message={t("empty")} />
      ) : (
        <Card as="ol" className="divide-y divide-slate-200" data-testid="notifications">
          {page.items.map((n) => {
            const r = renderer.render(n, organizers.get(organizerIdOf(n) ?? ""));
            const isUnread = !n.readAt;
            return (
              <li
                key={n.id}
                className={`flex flex-wrap items-start justify-between gap-3 p-4 ${isUnread ? "bg-brand-50" : ""}`}
                data-unread={isUnread ? "true" : "false"}
              >
                <div className="min-w-0 flex-1 space-y-1">
                  <p>
                    {isUnread ? (
                      <Badge tone="solid" size="sm" className="mr-2">
                        {t("unread")}
                      </Badge>
                    ) : null}
                    <ClientMessages components={["modules/notifications/components/notification-controls"]}>
                      <NotificationLink id={n.id} href={r.path} unread={isUnread}>
                        {r.sentence}
                      </NotificationLink>
                    </ClientMessages>
                  </p>
                  {r.details.map((d) => (
                    <p key={d} className="break-words text-sm text-slate-700">
                      {d}
                    </p>
                  ))}
                  {r.actions ? (
                    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                      {r.actions.map((a) => (
                        <Link key={a.path} href={a.path} className="font-medium text-brand-700 underline">
                          {a.label}
                        </Link>
                      ))}
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-600">
                    <time dateTime={n.createdAt.toISOString()}>
                      {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                </div>
                {isUnread ? (
                  <ClientMessages components={["modules/notifications/components/notification-controls"]}>
                    <MarkReadButton id={n.id} />
                  </ClientMessages>
                ) : null}
              </li>
            );
          })}
        </Card>
      )}

      {cursor || page.nextCursor ? (
        <nav className="flex flex-wrap justify-between gap-3" aria-label={t("title")}>
          {cursor ? (
            <Link href="/notifications" className="font-medium text-brand-700 hover:underline">
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor ? (
            <Link
              href={{ pathname: "/notifications", query: { cursor: page.nextCursor } }}
              className="font-medium text-brand-700 hover:underline"
              rel="next"
            >
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
