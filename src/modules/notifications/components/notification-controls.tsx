"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/forms/use-action-button";
import { markAllReadAction, markReadAction } from "../actions";

/** A notification's sentence as a link; following it marks the notification read. */
export function NotificationLink({
  id,
  href,
  unread,
  children,
}: {
  id: string;
  href: string;
  unread: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      className={`break-words text-brand-700 hover:underline ${unread ? "font-semibold" : ""}`}
      onClick={() => {
        // Fire and forget while the link navigates: the next page shows it read.
        if (unread) void markReadAction({ id });
      }}
    >
      {children}
    </Link>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations();
  const { run, pending, error } = useActionButton(markReadAction);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className="min-h-11 rounded border border-slate-300 px-3 text-sm hover:bg-slate-50"
        onClick={() => void run({ id })}
      >
        {t("notifications.markRead")}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations();
  const { run, pending, error } = useActionButton(markAllReadAction);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void run()}>
        {t("notifications.markAllRead")}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
