import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { listBulkTargets, listOrganizerInbox, listSavedReplies } from "@/modules/messages/queries";
import { ConversationList } from "@/modules/messages/components/conversation-list";
import { MessageComposer } from "@/modules/messages/components/message-composer";
import { MessageText } from "@/modules/messages/components/message-text";
import { errorText } from "@/modules/messages/components/error-text";
import {
  composeToManyFormAction,
  createSavedReplyFormAction,
  deleteSavedReplyFormAction,
} from "@/modules/messages/actions";
import { MESSAGE_MAX, SAVED_REPLY_TITLE_MAX } from "@/modules/messages/schema";
import { pageNumber, searchParam } from "@/domain/search-params";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "messages" });
  return { title: t("title") };
}

const DONE = ["sent", "replySaved", "replyDeleted"] as const;

// The team inbox of one organizer (members only, anyone else a 404): every conversation of the
// team, "message everyone" for a role or a slot, and the team's saved replies.
export default async function OrganizerMessagesPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const here = `/organizers/${encodeURIComponent(slug)}/messages`;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/${locale}${here}` } }, locale });
  const raw = await searchParams;
  const page = pageNumber(searchParam(raw, "page"));
  const data = await listOrganizerInbox(db, viewer, slug, page);
  if (!data) notFound();
  const { organizer } = data;
  const [targets, replies, t, tRoot, format] = await Promise.all([
    listBulkTargets(db, viewer, organizer.id),
    listSavedReplies(db, viewer, organizer.id),
    getTranslations("messages"),
    getTranslations(),
    getFormatter(),
  ]);
  const done = DONE.find((d) => d === searchParam(raw, "done"));
  const count = Number(searchParam(raw, "count")) || 0;
  const groups = targets.flatMap((p) =>
    p.roles.length === 0
      ? []
      : [
          {
            label: p.title,
            options: p.roles.flatMap((r) => [
              { value: `role:${r.id}`, label: t("toMany.role", { role: r.title, count: r.accepted }) },
              ...r.slots.map((s) => ({
                value: `slot:${s.id}`,
                label: t("toMany.slot", {
                  role: r.title,
                  when: format.dateTimeRange(s.startsAt, s.endsAt, { dateStyle: "medium", timeStyle: "short" }),
                  count: s.confirmed,
                }),
              })),
            ]),
          },
        ],
  );

  return (
    <div className="space-y-8">
      <div>
        <Link href={`/organizers/${organizer.slug}`} className="text-sm text-brand-700 underline">
          ← {organizer.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("team.title", { organizer: organizer.name })}</h1>
        <p className="mt-1 text-slate-700">{t("team.lead")}</p>
      </div>
      {done ? <FormSuccess message={done === "sent" ? t("done.sent", { count }) : t(`done.${done}`)} /> : null}
      <FormError message={errorText(tRoot, searchParam(raw, "error"))} />

      <section className="space-y-3" aria-labelledby="team-conversations">
        <h2 id="team-conversations" className="sr-only">
          {t("title")}
        </h2>
        {data.items.length === 0 ? <EmptyState message={t("team.empty")} /> : <ConversationList items={data.items} />}
        <Pagination page={data.page} pages={Math.ceil(data.total / data.pageSize)} href={pageInQuery(here, {})} />
      </section>

      <Card as="section" className="space-y-3 p-4" aria-labelledby="to-many">
        <h2 id="to-many" className="text-lg font-semibold">
          {t("toMany.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("toMany.lead")}</p>
        {groups.length === 0 ? (
          <p className="text-slate-700">{t("toMany.none")}</p>
        ) : (
          <MessageComposer
            action={composeToManyFormAction}
            hidden={{ organizerId: organizer.id, back: here }}
            maxLength={MESSAGE_MAX}
            select={{ name: "target", label: t("toMany.target"), placeholder: t("toMany.placeholder"), groups }}
            labels={{
              body: t("composer.label"),
              hint: t("composer.hint"),
              submit: t("composer.submit"),
              sending: t("composer.sending"),
            }}
            testId="message-to-many"
          />
        )}
      </Card>

      <Card as="section" id="saved-replies" className="space-y-3 p-4" aria-labelledby="replies-title">
        <h2 id="replies-title" className="text-lg font-semibold">
          {t("replies.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("replies.lead")}</p>
        {replies.length === 0 ? (
          <p className="text-slate-700">{t("replies.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="saved-replies">
            {replies.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">{r.title}</p>
                  <div className="text-sm text-slate-700">
                    <MessageText body={r.body} />
                  </div>
                </div>
                <form action={deleteSavedReplyFormAction}>
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="back" value={here} />
                  <Button type="submit" variant="secondary" aria-label={`${t("replies.delete")}: ${r.title}`}>
                    {t("replies.delete")}
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form action={createSavedReplyFormAction} className="space-y-2" data-testid="saved-reply-form">
          <input type="hidden" name="organizerId" value={organizer.id} />
          <input type="hidden" name="back" value={here} />
          <label htmlFor="reply-title" className="block font-medium">
            {t("replies.name")}
          </label>
          <input id="reply-title" name="title" required maxLength={SAVED_REPLY_TITLE_MAX} className={inputClass} />
          <label htmlFor="reply-body" className="block font-medium">
            {t("replies.body")}
          </label>
          <textarea id="reply-body" name="body" rows={3} required maxLength={MESSAGE_MAX} className={inputClass} />
          <Button type="submit">{t("replies.save")}</Button>
        </form>
      </Card>
    </div>
  );
}
