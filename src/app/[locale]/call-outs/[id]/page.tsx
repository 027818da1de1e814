import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { callOutForViewer } from "@/modules/call-outs/queries";
import { markCallOutOpened } from "@/modules/call-outs/answers";
import { answerFromQuery } from "@/modules/call-outs/answer-schema";
import { errorText } from "@/modules/call-outs/components/error-text";
import { domainLabel } from "@/i18n/labels";
import { returnPathParam } from "@/domain/return-path";
import type { Locale } from "@/domain/locales";
import { ApplicationStatusBadge } from "@/modules/applications/components/status-badge";
import { FormError, FormSuccess } from "@/components/ui/field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ answer?: string; done?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "callOutAnswers" });
  return { title: t("title") };
}

// A call-out for the volunteer it was sent to (docs/decisions/0028-call-out-answers.md): the
// email and push links land here with `?answer=coming|cant`, which only preselects the answer —
// a GET changes nothing but the "opened" mark. The answer is a plain form post to
// /api/call-outs/<id>/answer (src/modules/call-outs/answer-route.ts).
export default async function CallOutPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const viewer = await getViewer();
  if (!viewer) {
    const answer = answerFromQuery(query.answer);
    const back = returnPathParam(
      `/${locale}/call-outs/${encodeURIComponent(id)}${answer ? `?answer=${query.answer}` : ""}`,
    );
    return redirect({ href: { pathname: "/sign-in", query: back ? { next: back } : {} }, locale });
  }
  const data = await callOutForViewer(db, viewer, id);
  if (!data) notFound();
  const { callOut, recipient, application, updates, placesLeft, refusal } = data;
  if (recipient && !recipient.openedAt) await markCallOutOpened(db, viewer, callOut.id);
  const [t, tRoot, format] = await Promise.all([getTranslations("callOutAnswers"), getTranslations(), getFormatter()]);
  const l = locale as Locale;
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const chosen = answerFromQuery(query.answer) ?? recipient?.answer ?? null;
  const error = errorText(tRoot, query.error);
  const done = query.done === "coming" || query.done === "cant" ? query.done : null;
  const training = callOut.role.requiredTraining;
  const trainingName = training ? { kk: training.nameKk, ru: training.nameRu, en: training.nameEn }[l] : null;
  const places = callOut.regions.map((r) => domainLabel("region", r, l)).join(", ");

  return (
    <article className="space-y-6" data-testid="call-out">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="red">{t("badge")}</Badge>
          <Badge tone="brand">{domainLabel("direction", callOut.direction, l)}</Badge>
          {callOut.status === "CLOSED" ? (
            <Badge tone="slate" data-testid="call-out-closed-badge">
              {t("closedBadge")}
            </Badge>
          ) : null}
        </div>
        <h1 className="text-3xl font-bold">{callOut.title}</h1>
        <p className="text-slate-700">
          {t("coordinator")}{" "}
          <Link
            href={`/organizers/${callOut.project.organizer.slug}`}
            className="font-semibold text-brand-700 underline"
          >
            {callOut.project.organizer.name}
          </Link>
        </p>
      </header>

      {callOut.status === "CLOSED" ? (
        <p
          role="status"
          className="rounded-md border border-slate-300 bg-slate-100 px-4 py-3"
          data-testid="call-out-closed"
        >
          {t("closed", { date: dateTime(callOut.closedAt ?? new Date()) })}
        </p>
      ) : null}
      {done ? <FormSuccess message={t(done === "coming" ? "doneComing" : "doneCant")} /> : null}
      <FormError message={error} />

      <p className="whitespace-pre-line [overflow-wrap:anywhere]">{callOut.description}</p>

      <Card as="dl" className="grid gap-3 p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("when")}</dt>
          <dd className="font-medium">
            {format.dateTimeRange(callOut.startsAt, callOut.endsAt, { dateStyle: "long", timeStyle: "short" })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("where")}</dt>
          <dd className="font-medium">
            {callOut.settlements.length ? `${callOut.settlements.join(", ")} (${places})` : places}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("requirements")}</dt>
          <dd>
            {t("minAge", { age: callOut.minAge })}
            {callOut.skills.length ? ` · ${callOut.skills.join(", ")}` : ""}
            {trainingName ? ` · ${t("training", { training: trainingName })}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("answerBy")}</dt>
          <dd className="font-medium">{dateTime(callOut.answerBy)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("places")}</dt>
          <dd className="font-semibold" data-testid="call-out-places-left">
            {callOut.status === "OPEN"
              ? t("placesLeft", { left: placesLeft, needed: callOut.peopleNeeded })
              : t("placesClosed")}
          </dd>
        </div>
        {callOut.project.contactPhone && application?.status === "ACCEPTED" ? (
          <div>
            <dt className="text-sm text-slate-600">{t("contact")}</dt>
            <dd>
              {callOut.project.contactName} ·{" "}
              <a href={`tel:${callOut.project.contactPhone}`} className="text-brand-700 underline">
                {callOut.project.contactPhone}
              </a>
            </dd>
          </div>
        ) : null}
      </Card>

      {recipient ? (
        <section aria-labelledby="my-answer" className="space-y-3">
          <h2 id="my-answer" className="text-lg font-semibold">
            {t("yourAnswer")}
          </h2>
          {recipient.answer ? (
            <p className="flex flex-wrap items-center gap-2" data-testid="call-out-my-answer">
              <span className="font-medium">{t(`answer.${recipient.answer}`)}</span>
              {application && recipient.answer === "COMING" ? (
                <ApplicationStatusBadge status={application.status} />
              ) : null}
            </p>
          ) : null}
          {refusal === null ? (
            <form
              method="post"
              action={`/api/call-outs/${encodeURIComponent(callOut.id)}/answer`}
              className="space-y-3"
              data-testid="call-out-answer-form"
            >
              <input type="hidden" name="locale" value={locale} />
              <fieldset className="space-y-2">
                <legend className="sr-only">{t("yourAnswer")}</legend>
                {(["COMING", "CANT"] as const).map((a) => (
                  <label key={a} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 px-3">
                    <input type="radio" name="answer" value={a} defaultChecked={chosen === a} required />
                    <span className="font-medium">{t(`choice.${a}`)}</span>
                  </label>
                ))}
              </fieldset>
              <Button type="submit" data-testid="call-out-answer-submit">
                {t("send")}
              </Button>
              {chosen === "COMING" && placesLeft === 0 ? (
                <p className="text-sm text-slate-700">{t("fullHint")}</p>
              ) : null}
            </form>
          ) : refusal !== "CLOSED" ? (
            <p className="text-slate-700">{t(`errors.${refusal}`)}</p>
          ) : null}
          {application?.status === "ACCEPTED" ? (
            <p className="text-sm text-slate-700">
              {t("hoursHint")}{" "}
              <Link href="/my/hours" className="font-semibold text-brand-700 underline">
                {t("hoursLink")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : (
        <p
          className="rounded-md border border-slate-300 bg-slate-50 px-4 py-3 text-sm"
          data-testid="call-out-not-recipient"
        >
          {t("notRecipient")}{" "}
          <Link href="/profile" className="font-semibold text-brand-700 underline">
            {t("optIn")}
          </Link>
        </p>
      )}

      {updates.length ? (
        <section aria-labelledby="updates" className="space-y-2">
          <h2 id="updates" className="text-lg font-semibold">
            {t("updates")}
          </h2>
          <ul className="space-y-2" data-testid="call-out-updates">
            {updates.map((u) => (
              <Card as="li" key={u.id} className="p-3">
                <p className="text-sm text-slate-600">{dateTime(u.createdAt)}</p>
                <p className="whitespace-pre-line [overflow-wrap:anywhere]">{u.body}</p>
              </Card>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/projects/${callOut.projectId}`} className="font-semibold text-brand-700 underline">
          {t("projectLink")}
        </Link>
        <Link href="/my/call-outs" className="font-semibold text-brand-700 underline">
          {t("myLink")}
        </Link>
        {data.runs ? (
          <Link
            href={`/moderation/call-outs/${callOut.id}`}
            className="font-semibold text-brand-700 underline"
            data-testid="call-out-live-link"
          >
            {t("liveLink")}
          </Link>
        ) : null}
      </p>
    </article>
  );
}
