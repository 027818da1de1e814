import "server-only";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { acceptedLanguages, negotiateLocale, type Locale } from "@/domain/locales";

// What the records' route handlers share: the language of a download, the answers for a
// signed-out visitor and for a refusal, and the headers of a private file.

/** ?locale=… when it is one of ours, else the user's own language, else Kazakh. */
export function documentLocale(request: Request, userLocale?: string | null): Locale {
  return negotiateLocale(new URL(request.url).searchParams.get("locale"), userLocale);
}

/** The first of our languages the browser asks for (Accept-Language), else Kazakh. */
export function preferredLocale(request: Request): Locale {
  return negotiateLocale(...acceptedLanguages(request.headers.get("accept-language")));
}

/** Signed out: to the sign-in page, which brings the person back to their record. */
export function signInRedirect(locale: Locale, back: string): Response {
  const url = new URL(`/${locale}/sign-in`, env().APP_URL);
  url.searchParams.set("next", `/${locale}${back}`);
  return Response.redirect(url, 303);
}

/** A translated plain-text refusal (404, or 429 when busy); only AppErrors are answered, anything else is rethrown. */
export async function refusal(e: unknown, locale: Locale): Promise<Response> {
  if (!(e instanceof AppError)) throw e;
  const status = e.code === "records.errors.BUSY" ? 429 : 404;
  const t = createTranslator({
    locale,
    messages: (await loadMessages(locale)) as Record<string, never>,
  }) as unknown as (key: string) => string;
  return new Response(t(e.messageKey), {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

const rendering = new Set<string>();

/**
 * One PDF at a time per person (per app instance): a long record takes a second or two of CPU,
 * and a double click or a script should not queue up dozens. Busy → AppError BUSY (429).
 */
export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  if (rendering.has(key)) throw new AppError("records.errors.BUSY");
  rendering.add(key);
  try {
    return await work();
  } finally {
    rendering.delete(key);
  }
}

export function privateFile(body: Uint8Array | string, contentType: string, filename: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
