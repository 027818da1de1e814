"use client";

import { usePathname } from "next/navigation";
import { GLOBAL_ERROR_TEXTS, localeOfPath } from "./global-error-texts";
import "./globals.css";

// An error in the locale's layout itself: this page replaces the whole document, so it draws its
// own <html>, in the language of the path. It shows the digest (it matches the server's log) and
// never the error's message.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = localeOfPath(usePathname());
  const t = GLOBAL_ERROR_TEXTS[locale];
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>{`${t.title} · Asar`}</title>
        <main role="alert" className="mx-auto w-full max-w-3xl space-y-4 px-4 py-10 text-center">
          <h1 className="text-2xl font-bold">{t.title}</h1>
          <p className="text-slate-700">{t.text}</p>
          <p className="flex flex-wrap items-center justify-center gap-4">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {t.retry}
            </button>
            <a href={`/${locale}`} className="font-semibold text-brand-700 underline">
              {t.home}
            </a>
          </p>
          {typeof digest === "string" && digest !== "" ? (
            <p className="text-sm text-slate-600">
              <code>{digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
