import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { InboxItem } from "../queries";

/** The inbox rows: who, about which project and role, the last message, and the unread badge. */
export async function ConversationList({ items }: { items: InboxItem[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("messages"), getFormatter(), getLocale()]);
  return (
    <Card as="ul" className="divide-y divide-slate-200" data-testid="conversations">
      {items.map((c) => (
        <li key={c.id} className="p-4" data-testid="conversation" data-unread={c.unread}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            {/* A plain link, a full page load: opening marks the conversation read, and only a full
                load renders the header's badge again (a client navigation keeps the layout). */}
            <a
              href={`/${locale}/messages/${c.id}`}
              className={`text-brand-700 underline ${c.unread > 0 ? "font-bold" : "font-semibold"}`}
            >
              {c.counterpart}
            </a>
            <span className="flex items-center gap-2 text-sm text-slate-600">
              {c.unread > 0 ? (
                <Badge tone="solid" size="sm" data-testid="conversation-unread">
                  {t("unread", { count: c.unread })}
                </Badge>
              ) : null}
              {c.lastMessageAt ? format.dateTime(c.lastMessageAt, { dateStyle: "medium", timeStyle: "short" }) : null}
            </span>
          </div>
          <p className="text-sm text-slate-700">{t("about", { project: c.projectTitle, role: c.roleTitle })}</p>
          <p className="truncate text-sm text-slate-600">
            {c.preview === null ? t("hiddenPreview") : c.lastFromMe ? t("youWrote", { text: c.preview }) : c.preview}
          </p>
        </li>
      ))}
    </Card>
  );
}
