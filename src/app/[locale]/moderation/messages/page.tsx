import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { requireViewer } from "@/modules/accounts/session";
import { listOpenReports } from "@/modules/messages/queries";
import { resolveReportFormAction } from "@/modules/messages/actions";
import { MessageText } from "@/modules/messages/components/message-text";
import { errorText } from "@/modules/messages/components/error-text";
import { pageNumber, searchParam } from "@/domain/search-params";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, FormSuccess } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { pageInQuery } from "@/components/ui/page-window";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "messages.moderation" });
  return { title: t("title") };
}

const DONE = ["hidden", "dismissed"] as const;

// Reported messages of the staff's regions (the moderation layout lets in only staff): the only
// place staff read a conversation. Hide, hide and block the sender, or dismiss; all audited.
export default async function ReportedMessagesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer();
  const raw = await searchParams;
  const page = pageNumber(searchParam(raw, "page"));
  const [list, t, tRoot, format] = await Promise.all([
    listOpenReports(db, viewer, page),
    getTranslations("messages"),
    getTranslations(),
    getFormatter(),
  ]);
  const done = DONE.find((d) => d === searchParam(raw, "done"));
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/moderation" className="text-sm text-brand-700 underline">
          ← {tRoot("nav.moderation")}
        </Link>
        <h1 className="text-2xl font-bold">{t("moderation.title")}</h1>
        <p className="text-slate-700">{t("moderation.lead")}</p>
      </div>
      {done ? <FormSuccess message={t(`done.${done}`)} /> : null}
      <FormError message={errorText(tRoot, searchParam(raw, "error"))} />
      {list.items.length === 0 ? (
        <EmptyState message={t("moderation.empty")} />
      ) : (
        <ol className="space-y-4" data-testid="reported-messages">
          {list.items.map((m) => {
            const { application } = m.conversation;
            const organizer = application.project.organizer.name;
            const from =
              m.senderId === null
                ? t("moderation.deletedSender")
                : m.fromOrganizer
                  ? t("moderation.fromOrganizer", { name: m.sender?.name ?? "", organizer })
                  : t("moderation.fromVolunteer", { name: m.sender?.name ?? "" });
            return (
              <Card as="li" key={m.id} className="space-y-3 p-4" data-testid="reported-message">
                <div className="space-y-1">
                  <p className="text-sm text-slate-600">
                    {t("moderation.project", { project: application.project.title })} · {when(m.createdAt)}
                  </p>
                  <p className="font-semibold">{from}</p>
                  {m.hiddenAt ? <Badge tone="slate">{t("moderation.alreadyHidden")}</Badge> : null}
                  {m.sender?.messagingBlock ? (
                    <p className="text-sm font-medium text-red-800">{t("moderation.senderBlocked")}</p>
                  ) : null}
                  <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="reported-body">
                    <MessageText body={m.body} />
                  </div>
                </div>
                <div>
                  <p className="text-sm font-medium">{t("moderation.reports")}</p>
                  <ul className="list-disc pl-5 text-sm text-slate-800">
                    {m.reports.map((r) => (
                      <li key={r.id} className="[overflow-wrap:anywhere]">
                        {when(r.createdAt)}: {r.reason}
                      </li>
                    ))}
                  </ul>
                </div>
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand-700 underline">{t("moderation.conversation")}</summary>
                  <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
                    {[...m.conversation.messages].reverse().map((c) => (
                      <li key={c.id} className={c.id === m.id ? "font-medium" : undefined}>
                        <span className="text-slate-600">
                          {when(c.createdAt)} · {c.senderId === null ? t("moderation.deletedSender") : c.sender?.name}
                          {c.hiddenAt ? ` · ${t("moderation.alreadyHidden")}` : ""}
                        </span>
                        {c.senderId === null ? null : <MessageText body={c.body} />}
                      </li>
                    ))}
                  </ol>
                </details>
                <div className="flex flex-wrap gap-2">
                  {(
                    [
                      ["HIDE", "hide", "primary"],
                      ["HIDE_AND_BLOCK", "hideAndBlock", "danger"],
                      ["DISMISS", "dismiss", "secondary"],
                    ] as const
                  ).map(([decision, label, variant]) => (
                    <form key={decision} action={resolveReportFormAction}>
                      <input type="hidden" name="messageId" value={m.id} />
                      <input type="hidden" name="decision" value={decision} />
                      <Button type="submit" variant={variant} data-testid={`report-${label}`}>
                        {t(`moderation.${label}`)}
                      </Button>
                    </form>
                  ))}
                </div>
              </Card>
            );
          })}
        </ol>
      )}
      <Pagination
        page={list.page}
        pages={Math.ceil(list.total / list.pageSize)}
        href={pageInQuery("/moderation/messages", {})}
      />
    </div>
  );
}
