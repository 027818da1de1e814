import { cookies } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { getViewer } from "@/modules/accounts/session";
import { myCalendar } from "@/modules/shifts/queries";
import { hasFeed } from "@/modules/shifts/feed";
import { FEED_TOKEN, FEED_TOKEN_COOKIE } from "@/modules/shifts/schema";
import {
  cancelSlotSignupFormAction,
  changeSlotsFormAction,
  createFeedFormAction,
  revokeFeedFormAction,
} from "@/modules/shifts/actions";
import { ShiftsOutcome } from "@/modules/shifts/components/outcome";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "shifts.my" });
  return { title: t("title") };
}

const TONE: Record<string, BadgeTone> = { CONFIRMED: "green", WAITLISTED: "sky", PENDING: "amber" };

// The volunteer's calendar (decision 0032): upcoming sign-ups, each with "I can't come" (a
// native disclosure asks to confirm: no JavaScript needed), changing the slots of each open
// application, and the personal feed. Reminders link here as #signup-<id>.
export default async function MyCalendarPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}/my/calendar` } }, locale });
  const raw = await searchParams;
  const [data, feed, t, format, jar] = await Promise.all([
    myCalendar(db, viewer),
    hasFeed(db, viewer),
    getTranslations("shifts"),
    getFormatter(),
    cookies(),
  ]);
  // A feed just made: its token is shown this once (the cookie lives two minutes).
  const fresh = jar.get(FEED_TOKEN_COOKIE)?.value;
  const token = feed && fresh && FEED_TOKEN.test(fresh) ? fresh : null;
  const feedUrl = token ? `${env().APP_URL.replace(/\/+$/, "")}/api/calendar/${token}` : null;
  const when = (s: { startsAt: Date; endsAt: Date }) =>
    format.dateTimeRange(s.startsAt, s.endsAt, { dateStyle: "full", timeStyle: "short" });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("my.title")}</h1>
        <p className="mt-1 text-slate-700">{t("my.lead")}</p>
      </div>
      <ShiftsOutcome done={raw.done} error={raw.error} />

      <section aria-labelledby="signups-heading" id="signups" className="space-y-3">
        <h2 id="signups-heading" className="text-lg font-semibold">
          {t("my.upcoming")}
        </h2>
        {data.signups.length === 0 ? (
          <EmptyState
            message={t("my.empty")}
            actions={
              <Link href="/projects" className="font-semibold text-brand-700 underline">
                {t("my.findProjects")}
              </Link>
            }
          />
        ) : (
          <ul className="space-y-3">
            {data.signups.map((s) => (
              <Card
                as="li"
                key={s.id}
                id={`signup-${s.id}`}
                className="scroll-mt-4 space-y-2 p-4"
                data-testid="my-signup"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{when(s)}</h3>
                  <Badge tone={TONE[s.status] ?? "slate"} data-testid="signup-status">
                    {s.status === "WAITLISTED" && s.position
                      ? t("status.WAITLISTED_AT", { position: s.position })
                      : t(`status.${s.status}`)}
                  </Badge>
                </div>
                <p className="text-sm">
                  <Link href={`/projects/${s.project.id}`} className="font-semibold text-brand-700 underline">
                    {s.project.title}
                  </Link>{" "}
                  · {s.roleTitle}
                </p>
                <div className="flex flex-wrap items-start gap-3">
                  <a
                    href={`/api/slots/${s.slotId}/calendar?locale=${locale}`}
                    className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
                    download
                  >
                    {t("my.addToCalendar")}
                  </a>
                  <details className="rounded-md border border-slate-200 px-3 py-2">
                    <summary className="cursor-pointer font-semibold text-red-800" data-testid="cant-come">
                      {t("my.cantCome")}
                    </summary>
                    <form action={cancelSlotSignupFormAction} className="mt-2 space-y-2">
                      <input type="hidden" name="signupId" value={s.id} />
                      <p className="text-sm">{t("my.cantComeConfirmText")}</p>
                      <Button type="submit" variant="danger" data-testid="confirm-cant-come">
                        {t("my.cantComeConfirm")}
                      </Button>
                    </form>
                  </details>
                </div>
              </Card>
            ))}
          </ul>
        )}
      </section>

      {data.applications.length > 0 ? (
        <section aria-labelledby="change" className="space-y-3">
          <h2 id="change" className="text-lg font-semibold">
            {t("my.changeHeading")}
          </h2>
          {data.applications.map((a) => (
            <Card
              as="form"
              key={a.id}
              id={`application-${a.id}`}
              action={changeSlotsFormAction}
              className="scroll-mt-4 space-y-2 p-4"
              data-testid="change-slots"
            >
              <input type="hidden" name="applicationId" value={a.id} />
              <fieldset>
                <legend className="font-semibold">
                  {a.project.title} · {a.role.title}
                </legend>
                <ul className="mt-2 space-y-1">
                  {a.slots.map((s) => (
                    <li key={s.id}>
                      <label className="inline-flex min-h-11 items-center gap-2">
                        <input
                          type="checkbox"
                          id={`slot-${s.id}`}
                          name="slotIds"
                          value={s.id}
                          defaultChecked={a.picked.has(s.id)}
                          className="h-5 w-5"
                        />
                        <span>
                          {when(s)} ·{" "}
                          {s.free > 0 ? t("slot.free", { free: s.free, capacity: s.capacity }) : t("slot.full")}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <Button type="submit" variant="secondary">
                {t("my.changeSave")}
              </Button>
            </Card>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="feed-heading" id="feed" className="space-y-3">
        <h2 id="feed-heading" className="text-lg font-semibold">
          {t("feed.heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("feed.lead")}</p>
        {feedUrl ? (
          <div className="space-y-1 rounded-md border border-green-300 bg-green-50 p-3 text-sm" role="status">
            <p className="font-semibold">{t("feed.showOnce")}</p>
            <p>
              <a href={feedUrl} className="break-all text-brand-700 underline" data-testid="feed-url">
                {feedUrl}
              </a>
            </p>
          </div>
        ) : feed ? (
          <p className="text-sm" data-testid="feed-active">
            {t("feed.active", { date: format.dateTime(feed.createdAt, { dateStyle: "long" }) })}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <form action={createFeedFormAction}>
            <Button type="submit" variant="secondary" data-testid="feed-create">
              {feed ? t("feed.regenerate") : t("feed.create")}
            </Button>
          </form>
          {feed ? (
            <form action={revokeFeedFormAction}>
              <Button type="submit" variant="danger" data-testid="feed-revoke">
                {t("feed.revoke")}
              </Button>
            </form>
          ) : null}
        </div>
      </section>
    </div>
  );
}
