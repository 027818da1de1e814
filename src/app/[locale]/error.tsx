"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";

/** Next hands a server error over with a digest that matches the server's log line, and with a
 * generic message; a client error arrives as it was thrown. Only the digest is shown. */
function digestOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest !== "" ? digest : null;
}

// An unexpected error while rendering a page: what happened in the visitor's language, a way to
// try again (retry() fetches the page from the server again; reset() would only redraw what
// already failed) and a way home. The error's message and stack never reach the page.
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const digest = digestOf(error);
  return (
    <div role="alert" className="space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <div className="flex flex-wrap items-center justify-center gap-4">
        <Button type="button" onClick={() => retry()}>
          {t("retry")}
        </Button>
        <Link href="/" className="font-semibold text-brand-700 underline">
          {t("home")}
        </Link>
      </div>
      {digest ? (
        <p className="text-sm text-slate-600" data-testid="error-digest">
          {t("reference", { digest })}
        </p>
      ) : null}
    </div>
  );
}
