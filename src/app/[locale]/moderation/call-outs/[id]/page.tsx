import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { callOutLive } from "@/modules/call-outs/queries";
import { closeCallOutFormAction, sendCallOutUpdateFormAction } from "@/modules/call-outs/answer-actions";
import { CALL_OUT_UPDATE_MAX } from "@/modules/call-outs/answer-schema";
import { errorText } from "@/modules/call-outs/components/error-text";
import { LiveRefresh } from "@/modules/call-outs/components/live-refresh";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOutAnswers.live" });
  return { title: t("title") };
}

const DONE = ["update", "closed"] as const;

// The staff's live page of one call-out: staff of one of its regions or an admin (everyone else:
// 404, also from the layout). Counts, the confirmed list (phones and trainings only while it is
// open), the waiting line, updates to everyone confirmed, and closing. Rendered again by the
// server every 10 s while open; the forms are plain posts.
export default async function CallOutLivePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const data = await callOutLive(db, viewer, id);
  if (!data) notFound();
  const { callOut, counts, confirmed, waiting, updates } = data;
  const query = await searchParams;
  const [t, tRoot, format] = await Promise.all([
    getTranslations("callOutAnswers.live"),
    getTranslations(),
    getFormatter(),
  ]);
  const l = locale as Locale;
  const open = callOut.status === "OPEN";
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const done = DONE.find((d) => d === query.done);
  const figures = [
    ["sent", counts.sent],
    ["opened", counts.opened],
    ["coming", counts.confirmed + counts.waitlisted],
    ["confirmed", counts.confirmed],
    ["waitlisted", counts.waitlisted],
    ["cant", counts.cant],
    ["noAnswer", counts.noAnswer],
  ] as const;

  return (
    <div className="space-y-6" data-testid="call-out-live">
      {open ? <LiveRefresh seconds={10} /> : null}
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{callOut.title}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <Badge tone={open ? "red" : "slate"} data-testid="call-out-status">
            {t(open ? "open" : "closed")}
          </Badge>
          <span>{callOut.regions.map((r) => domainLabel("region", r, l)).join(", ")}</span>
          <span>
            · {format.dateTimeRange(callOut.startsAt, callOut.endsAt, { dateStyle: "medium", timeStyle: "short" })}
          </span>
          <span>· {t("answerBy", { date: dateTime(callOut.answerBy) })}</span>
        </div>
        <p className="text-sm">
          <Link href={`/call-outs/${callOut.id}`} className="text-brand-700 underline">
            {t("volunteerPage")}
          </Link>{" "}
          ·{" "}
          <Link href={`/projects/${callOut.projectId}`} className="text-brand-700 underline">
            {t("projectPage", { organizer: callOut.project.organizer.name })}
          </Link>
        </p>
      </div>
      {done ? <FormSuccess message={t(`done.${done}`)} /> : null}
      <FormError message={errorText(tRoot, query.error)} />
      {!open && callOut.closedAt ? <p role="status">{t("closedAt", { date: dateTime(callOut.closedAt) })}</p> : null}

      <Card as="dl" className="grid grid-cols-2 gap-3 p-4 sm:grid-cols-4 lg:grid-cols-7" data-testid="call-out-counts">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt className="text-sm text-slate-600">{t(`count.${key}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-testid={`count-${key}`}>
              {value}
              {key === "confirmed" ? <span className="text-base font-normal"> / {callOut.peopleNeeded}</span> : null}
            </dd>
          </div>
        ))}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="confirmed" className="space-y-2">
          <h2 id="confirmed" className="font-semibold">
            {t("confirmedList", { count: counts.confirmed })}
          </h2>
          {!open ? <p className="text-sm text-slate-600">{t("contactsHidden")}</p> : null}
          <ol className="space-y-1 text-sm" data-testid="call-out-confirmed">
            {confirmed.map((c) => (
              <li key={c.id} className="border-b border-slate-100 py-1">
                <span className="font-medium">{c.name}</span>
                {c.phone ? (
                  <>
                    {" · "}
                    <a href={`tel:${c.phone}`} className="text-brand-700 underline" data-testid="confirmed-phone">
                      {c.phone}
                    </a>
                  </>
                ) : null}
                {c.trainings.length ? (
                  <span className="block text-slate-600">
                    {c.trainings
                      .map((tr) => {
                        const name = { kk: tr.training.nameKk, ru: tr.training.nameRu, en: tr.training.nameEn }[l];
                        return tr.expiresOn && tr.expiresOn < new Date()
                          ? t("trainingExpired", { training: name })
                          : name;
                      })
                      .join(", ")}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="waiting" className="space-y-2">
          <h2 id="waiting" className="font-semibold">
            {t("waitingList", { count: counts.waitlisted })}
          </h2>
          <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="call-out-waiting">
            {waiting.map((w) => (
              <li key={w.id}>{w.name}</li>
            ))}
          </ol>
        </section>
      </div>

      <section aria-labelledby="updates" className="space-y-3">
        <h2 id="updates" className="font-semibold">
          {t("updates")}
        </h2>
        {open ? (
          <form action={sendCallOutUpdateFormAction} className="space-y-2" data-testid="call-out-update-form">
            <input type="hidden" name="callOutId" value={callOut.id} />
            <label htmlFor="call-out-update" className="block font-medium">
              {t("updateLabel", { count: counts.confirmed })}
            </label>
            <textarea
              id="call-out-update"
              name="body"
              rows={3}
              required
              maxLength={CALL_OUT_UPDATE_MAX}
              className={inputClass}
            />
            <Button type="submit">{t("sendUpdate")}</Button>
          </form>
        ) : null}
        <ul className="space-y-2" data-testid="call-out-updates">
          {updates.map((u) => (
            <Card as="li" key={u.id} className="p-3 text-sm">
              <p className="text-slate-600">
                {dateTime(u.createdAt)}
                {u.author ? ` · ${u.author.name}` : ""}
              </p>
              <p className="whitespace-pre-line [overflow-wrap:anywhere]">{u.body}</p>
            </Card>
          ))}
        </ul>
      </section>

      {open ? (
        <details className="rounded-md border border-red-200 p-4" data-testid="call-out-close">
          <summary className="cursor-pointer font-semibold text-red-800">{t("close")}</summary>
          <form action={closeCallOutFormAction} className="mt-3 space-y-2">
            <input type="hidden" name="callOutId" value={callOut.id} />
            <p className="text-sm">
              {t("closeConfirmText", { coming: counts.confirmed + counts.waitlisted, waiting: counts.waitlisted })}
            </p>
            <Button type="submit" variant="danger" data-testid="call-out-close-confirm">
              {t("closeConfirm")}
            </Button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
