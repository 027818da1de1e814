import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import type { Viewer } from "@/modules/accounts/viewer";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { composeMessageFormAction, reportMessageFormAction } from "../actions";
import { listSavedReplies } from "../queries";
import type { getThread } from "../queries";
import { MESSAGE_MAX, REPORT_REASON_MAX } from "../schema";
import { MessageComposer } from "./message-composer";
import { MessageText } from "./message-text";
import { errorText } from "./error-text";

type Thread = NonNullable<Awaited<ReturnType<typeof getThread>>>;
type Header = Pick<
  Thread,
  "applicationId" | "side" | "projectTitle" | "roleTitle" | "organizer" | "volunteerName" | "volunteerIsMinor"
>;

/**
 * A conversation: who it is with, the safety notes, the messages (text only, links made safe),
 * "report this message" under each message of someone else, the team's saved replies and the
 * send form. Used by the thread page and by the empty thread of an application.
 */
export async function ThreadView({
  viewer,
  header,
  messages,
  olderHref,
  here,
  query,
}: {
  viewer: Viewer;
  header: Header;
  messages: Thread["messages"];
  olderHref: string | null;
  /** This page's path below the locale, where the small forms land again. */
  here: string;
  query: { done?: string; error?: string; reply?: string };
}) {
  const [t, tRoot, format] = await Promise.all([getTranslations("messages"), getTranslations(), getFormatter()]);
  const replies = header.side === "ORGANIZER" ? await listSavedReplies(db, viewer, header.organizer.id) : [];
  const chosen = replies.find((r) => r.id === query.reply);
  const name = (m: Thread["messages"][number]) => {
    if (m.mine) return t("thread.you");
    if (!m.fromOrganizer) return m.senderName ?? header.volunteerName;
    return m.senderName
      ? t("thread.teamSender", { name: m.senderName, organizer: header.organizer.name })
      : t("thread.formerMember", { organizer: header.organizer.name });
  };
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/messages" className="text-sm text-brand-700 underline">
          ← {t("thread.back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("thread.title", { project: header.projectTitle })}</h1>
        <p className="text-slate-700">
          {header.side === "ORGANIZER"
            ? t("thread.withVolunteer", { name: header.volunteerName, role: header.roleTitle })
            : t("thread.withOrganizer", { organizer: header.organizer.name, role: header.roleTitle })}
        </p>
      </div>
      {header.volunteerIsMinor ? (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="minor-note"
        >
          {t("thread.minor")}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("thread.visibleToTeam")}</p>
      )}
      {query.done === "reported" ? <FormSuccess message={t("done.reported")} /> : null}
      <FormError message={errorText(tRoot, query.error)} />

      {olderHref ? (
        <Link href={olderHref} className="text-sm font-semibold text-brand-700 underline">
          {t("thread.older")}
        </Link>
      ) : null}
      {messages.length === 0 ? (
        <p className="text-slate-700">{t("thread.empty")}</p>
      ) : (
        <ol className="space-y-3" data-testid="thread">
          {messages.map((m) => (
            <Card
              as="li"
              key={m.id}
              id={`m-${m.id}`}
              className={`space-y-1 p-3 ${m.mine ? "ml-8 bg-brand-50" : "mr-8"}`}
              data-testid="message"
            >
              <p className="text-sm text-slate-600">
                <span className="font-semibold text-slate-800">{name(m)}</span> ·{" "}
                {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              {m.hidden ? (
                <p className="italic text-slate-600">{t("thread.hidden")}</p>
              ) : m.body === null ? (
                <p className="italic text-slate-600">{t("thread.deleted")}</p>
              ) : (
                <MessageText body={m.body} />
              )}
              {!m.mine && !m.hidden && m.body !== null ? (
                m.reportedByMe ? (
                  <p className="text-xs text-slate-600">{t("thread.reported")}</p>
                ) : (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-slate-600 underline">{t("thread.report")}</summary>
                    <form action={reportMessageFormAction} className="mt-2 space-y-2">
                      <input type="hidden" name="messageId" value={m.id} />
                      <input type="hidden" name="back" value={here} />
                      <label htmlFor={`report-${m.id}`} className="block font-medium">
                        {t("thread.reportReason")}
                      </label>
                      <textarea
                        id={`report-${m.id}`}
                        name="reason"
                        rows={2}
                        required
                        maxLength={REPORT_REASON_MAX}
                        className={inputClass}
                      />
                      <Button type="submit" variant="secondary">
                        {t("thread.reportSend")}
                      </Button>
                    </form>
                  </details>
                )
              ) : null}
            </Card>
          ))}
        </ol>
      )}

      {replies.length > 0 ? (
        <nav aria-label={t("thread.savedReplies")} className="space-y-1 text-sm">
          <p className="font-medium">{t("thread.savedReplies")}</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            {replies.map((r) => (
              <Link
                key={r.id}
                href={`${here}?reply=${r.id}#composer`}
                className="text-brand-700 underline"
                data-testid="use-saved-reply"
              >
                {t("thread.useReply", { title: r.title })}
              </Link>
            ))}
          </p>
        </nav>
      ) : null}
      <section id="composer">
        <MessageComposer
          key={chosen?.id ?? "blank"}
          action={composeMessageFormAction}
          hidden={{ applicationId: header.applicationId }}
          initialBody={chosen?.body ?? ""}
          maxLength={MESSAGE_MAX}
          labels={{
            body: t("composer.label"),
            hint: t("composer.hint"),
            submit: t("composer.submit"),
            sending: t("composer.sending"),
          }}
          testId="message-composer"
        />
      </section>
      {header.side === "ORGANIZER" ? (
        <Link
          href={`/organizers/${header.organizer.slug}/messages#saved-replies`}
          className="text-sm text-brand-700 underline"
        >
          {t("thread.manageReplies")}
        </Link>
      ) : null}
    </div>
  );
}
