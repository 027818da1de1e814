import { defineRouting } from "next-intl/routing";
import { LOCALES, DEFAULT_LOCALE } from "@/domain/locales";

// The locale is the first path segment; `/` goes by the browser's language, Kazakh when unsure.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
  // No `Link: <…>; rel="alternate"` response header: next-intl builds it from the request's Host
  // and X-Forwarded-Host and repeats the whole path once per locale, so a forged header or a
  // 10 KB path came back in it (a 41 KB header Node's own client cannot read). Issue 8, B.6.
  alternateLinks: false,
});
