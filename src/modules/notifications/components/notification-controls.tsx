"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
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
        if (unread) void markReadAction({ id });
      }}
    >
      {children}
    </Link>
  );
}

export function MarkReadButton({ id }: { id: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className="min-h-11 rounded border border-slate-300 px-3 text-sm hover:bg-slate-50"
        onClick={() =>
          start(async () => {
            const result = await markReadAction({ id });
            if (!result.ok) return setError(t(result.error));
            router.refresh();
          })
        }
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
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await markAllReadAction();
            if (!result.ok) return setError(t(result.error));
            router.refresh();
          })
        }
      >
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
