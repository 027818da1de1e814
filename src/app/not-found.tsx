import Link from "next/link";
import { LOCALES, type Locale } from "@/domain/locales";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import "./globals.css";

// A path outside any locale that no route answers (a locale-prefixed path gets the locale's own
// page, src/app/[locale]/not-found.tsx). Nothing says which language the visitor reads, so the
// page says it in all three, each part marked with its language, Kazakh first as the state
// language and the default. Next sends this page with every page of the app (it is the root's
// not-found boundary), so it holds only the title and the way home: ~1 KB of every response.
const MESSAGES: Record<Locale, typeof kk> = { kk, ru, en };

export default function RootNotFound() {
  return (
    <html lang="kk">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <title>{`${kk.notFound.title} · Asar`}</title>
        <main className="mx-auto w-full max-w-3xl space-y-8 px-4 py-10 text-center">
          {LOCALES.map((locale) => {
            const m = MESSAGES[locale].notFound;
            return (
              <section key={locale} lang={locale} className="space-y-2">
                {locale === "kk" ? (
                  <h1 className="text-2xl font-bold">{m.title}</h1>
                ) : (
                  <h2 className="text-xl font-bold">{m.title}</h2>
                )}
                <Link href={`/${locale}`} hrefLang={locale} className="font-semibold text-brand-700 underline">
                  {m.home}
                </Link>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
