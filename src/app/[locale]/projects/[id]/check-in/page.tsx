import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { getViewer } from "@/modules/accounts/session";
import { checkInUrl, getCheckInBoard, qrSvg, type BoardOccurrence } from "@/modules/check-in/queries";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "checkIn.board" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The organizer's phone page: today's check-in QR codes, big, and the next two weeks' posters.
 * Members of the project's organizer only (another organizer's project is a 404). The QR is SVG
 * drawn on the server: no script, no image request.
 */
export default async function ProjectCheckInPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer)
    return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/projects/${id}/check-in` } }, locale });
  const board = await getCheckInBoard(db, viewer, id.slice(0, 40));
  if (!board) notFound();
  const [t, format] = await Promise.all([getTranslations("checkIn.board"), getFormatter()]);
  const { project } = board;
  const appUrl = env().APP_URL;
  const range = (o: BoardOccurrence) =>
    format.dateTimeRange(o.span.startsAt, o.span.endsAt, { dateStyle: "medium", timeStyle: "short" });
  const what = (o: BoardOccurrence) => `${o.roleTitle ?? t("projectDay")} · ${range(o)}`;
  const posterHref = (o: BoardOccurrence) =>
    `/api/check-in/poster/${project.id}?o=${encodeURIComponent(o.key)}&locale=${locale}`;
  const today = await Promise.all(
    board.today.map(async (o) => ({
      o,
      url: checkInUrl(appUrl, o.code),
      svg: await qrSvg(checkInUrl(appUrl, o.code)),
    })),
  );

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${project.id}`} className="text-sm text-brand-700 underline">
          ← {project.title}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
        <Link href={`/projects/${project.id}/hours`} className="mt-2 inline-block text-brand-700 underline">
          {t("hoursLink")}
        </Link>
      </div>

      <section aria-labelledby="today-heading" className="space-y-4">
        <h2 id="today-heading" className="text-lg font-semibold">
          {t("today")}
        </h2>
        {today.length === 0 ? (
          <EmptyState message={t("noneToday")} />
        ) : (
          today.map(({ o, url, svg }) => (
            <Card key={o.key} className="space-y-3 p-4" data-testid="check-in-occurrence">
              <h3 className="break-words font-semibold">{what(o)}</h3>
              <p className="text-sm text-slate-700">
                {t("window", {
                  opensAt: format.dateTime(o.window.opensAt, { timeStyle: "short" }),
                  closesAt: format.dateTime(o.window.closesAt, { timeStyle: "short" }),
                })}
              </p>
              <div
                role="img"
                aria-label={t("qrLabel", { what: what(o) })}
                className="mx-auto w-full max-w-sm bg-white [&>svg]:h-auto [&>svg]:w-full"
                data-testid="check-in-qr"
                // Drawn by the qrcode package from our own URL: no user text inside.
                dangerouslySetInnerHTML={{ __html: svg }}
              />
              <p className="text-sm" data-testid="check-in-counts">
                {t("counts", { checkedIn: o.checkedIn, expected: o.expected, checkedOut: o.checkedOut })}
              </p>
              <p className="flex flex-wrap gap-4 text-sm">
                <a href={url} className="break-all text-brand-700 underline" data-testid="check-in-link">
                  {t("openLink")}
                </a>
                <a href={posterHref(o)} className="text-brand-700 underline" data-testid="check-in-poster">
                  {t("poster")}
                </a>
              </p>
            </Card>
          ))
        )}
      </section>

      <section aria-labelledby="upcoming-heading" className="space-y-2">
        <h2 id="upcoming-heading" className="text-lg font-semibold">
          {t("upcoming")}
        </h2>
        {board.upcoming.length === 0 ? (
          <EmptyState message={t("noneUpcoming")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {board.upcoming.map((o) => (
              <li key={o.key} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
                <span className="break-words">{what(o)}</span>
                <a href={posterHref(o)} className="text-brand-700 underline">
                  {t("poster")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
