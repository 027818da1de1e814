import { Suspense } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getViewer, sessionRenewalDue } from "@/modules/accounts/session";
import { db } from "@/server/db";
import { moderationCounts } from "@/modules/moderation/queries";
import { NotificationsLink } from "@/modules/notifications/components/notifications-link";
import { RecordNavLink } from "@/modules/records/components/record-nav-link";
import { SessionRenewal } from "@/modules/accounts/components/session-renewal";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const viewer = await getViewer();
  const renew = viewer ? await sessionRenewalDue() : false;
  const organizer = viewer?.memberships[0];
  const format = await getFormatter();
  const queue =
    viewer && (viewer.isAdmin || viewer.staffRegions.length > 0) ? await moderationCounts(db, viewer) : null;
  return (
    <header className="border-b border-slate-200 bg-white">
      {renew ? <SessionRenewal /> : null}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand-700">
          <span
            aria-hidden
            className="inline-block h-7 w-7 rounded-full bg-brand-600 text-center text-base leading-7 text-white"
          >
            A
          </span>
          Asar
        </Link>
        <nav aria-label={t("main")} className="flex flex-1 flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
          <Link href="/projects" className="hover:underline">
            {t("projects")}
          </Link>
          <Link href="/statistics" className="hover:underline">
            {t("statistics")}
          </Link>
          {viewer?.volunteer ? (
            <Link href="/profile" className="hover:underline">
              {t("profile")}
            </Link>
          ) : null}
          {viewer?.volunteer ? (
            <Link href="/my/applications" className="hover:underline">
              {t("myApplications")}
            </Link>
          ) : null}
          <RecordNavLink />
          {organizer ? (
            <>
              <Link href={`/organizers/${organizer.slug}`} className="hover:underline">
                {t("myOrganizer")}
              </Link>
              <Link href={`/organizers/${organizer.slug}/projects`} className="hover:underline">
                {t("ourProjects")}
              </Link>
              <Link href={`/organizers/${organizer.slug}/applications`} className="hover:underline">
                {t("applications")}
              </Link>
            </>
          ) : null}
          {queue ? (
            <Link href="/moderation" className="hover:underline" data-testid="nav-moderation">
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
            <Link href="/admin/staff" className="hover:underline">
              {t("staff")}
            </Link>
          ) : null}
        </nav>
        <div className="flex flex-wrap items-center gap-2 text-sm sm:gap-3">
          <Suspense>
            <LocaleSwitcher label={t("language")} />
          </Suspense>
          {viewer ? (
            <>
              <NotificationsLink locale={locale} />
              <span className="hidden max-w-40 truncate text-slate-600 sm:inline" data-testid="viewer-name">
                {viewer.name}
              </span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="font-medium hover:underline">
                {t("signIn")}
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
