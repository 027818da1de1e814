import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer, sessionRenewalDue } from "@/modules/accounts/session";
import { db } from "@/server/db";
import { moderationCounts } from "@/modules/moderation/queries";
import { NotificationsLink } from "@/modules/notifications/components/notifications-link";
import { MessagesLink } from "@/modules/messages/components/messages-link";
import { RecordNavLink } from "@/modules/records/components/record-nav-link";
import { SessionRenewal } from "@/modules/accounts/components/session-renewal";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";
import { NavMenu } from "./nav-menu";

/** A header link: a full-width 44 px row in the phone menu, a word in the row from md up. */
const LINK = "flex min-h-11 items-center hover:underline md:min-h-6";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const viewer = await getViewer();
  const renew = viewer ? await sessionRenewalDue() : false;
  const organizer = viewer?.memberships[0];
  const format = await getFormatter();
  const queue =
    viewer && (viewer.isAdmin || viewer.staffRegions.length > 0) ? await moderationCounts(db, viewer) : null;
  return (
    <header className="relative border-b border-slate-200 bg-white">
      {renew ? <SessionRenewal /> : null}
      <div className="mx-auto flex max-w-5xl items-center gap-x-2 gap-y-2 px-4 py-2 whitespace-nowrap [overflow-wrap:normal] md:flex-wrap md:gap-x-4 md:py-3 md:whitespace-normal">
        <Link href="/" className="mr-auto flex min-h-11 items-center gap-2 text-xl font-bold text-brand-700 md:mr-0">
          <span
            aria-hidden
            className="inline-block h-7 w-7 rounded-full bg-brand-600 text-center text-base leading-7 text-white"
          >
            A
          </span>
          {/* On the narrowest phones the round "A" stands for the name, to leave room for the menu. */}
          <span className="max-[379px]:sr-only">Asar</span>
        </Link>
        <Suspense>
          <LocaleSwitcher label={t("language")} />
        </Suspense>
        <NavMenu label={t("menu")}>
          <div className="absolute inset-x-0 top-full z-40 space-y-2 whitespace-normal border-b border-slate-200 bg-white px-4 py-2 shadow-lg md:static md:flex md:flex-wrap md:items-center md:gap-x-4 md:space-y-0 md:border-0 md:p-0 md:shadow-none">
            <nav
              aria-label={t("main")}
              className="flex flex-col text-sm font-medium md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-x-4 md:gap-y-1"
            >
              <Link href="/projects" className={LINK}>
                {t("projects")}
              </Link>
              <Link href="/statistics" className={LINK}>
                {t("statistics")}
              </Link>
              <Link href="/help" className={LINK} data-testid="nav-help">
                {t("askForHelp")}
              </Link>
              {viewer?.volunteer ? (
                <Link href="/profile" className={LINK}>
                  {t("profile")}
                </Link>
              ) : null}
              {viewer?.volunteer ? (
                <>
                  <Link href="/my/applications" className={LINK}>
                    {t("myApplications")}
                  </Link>
                  <Link href="/my/calendar" className={LINK} data-testid="nav-my-calendar">
                    {t("myCalendar")}
                  </Link>
                </>
              ) : null}
              <RecordNavLink className={LINK} />
              {organizer ? (
                <>
                  <Link href={`/organizers/${organizer.slug}`} className={LINK}>
                    {t("myOrganizer")}
                  </Link>
                  <Link href={`/organizers/${organizer.slug}/projects`} className={LINK}>
                    {t("ourProjects")}
                  </Link>
                  <Link href={`/organizers/${organizer.slug}/applications`} className={LINK}>
                    {t("applications")}
                  </Link>
                </>
              ) : null}
              {queue ? (
                <Link href="/moderation" className={`${LINK} flex-wrap gap-x-1`} data-testid="nav-moderation">
                  {t("moderation")}
                  {queue.total > 0 ? (
                    <span
                      className="ml-1 rounded-full bg-amber-200 px-2 text-xs font-bold text-amber-900"
                      aria-label={t("waiting", { count: queue.total })}
                    >
                      {queue.total}
                    </span>
                  ) : null}
                  {queue.oldest ? (
                    <span className="ml-1 text-xs text-slate-600">
                      {t("oldest", { age: format.relativeTime(queue.oldest, new Date()) })}
                    </span>
                  ) : null}
                </Link>
              ) : null}
              {viewer?.isAdmin ? (
                <Link href="/admin/staff" className={LINK}>
                  {t("staff")}
                </Link>
              ) : null}
            </nav>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-slate-200 pt-2 text-sm md:border-0 md:pt-0">
              {viewer ? (
                <>
                  <NotificationsLink locale={locale} className={LINK} />
                  <MessagesLink locale={locale} className={LINK} />
                  <span className="max-w-40 truncate text-slate-600" data-testid="viewer-name">
                    {viewer.name}
                  </span>
                  <SignOutButton label={t("signOut")} />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className={`${LINK} font-medium`}>
                    {t("signIn")}
                  </Link>
                  <Link
                    href="/sign-up"
                    className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800 md:min-h-10"
                  >
                    {t("signUp")}
                  </Link>
                </>
              )}
            </div>
          </div>
        </NavMenu>
      </div>
    </header>
  );
}
