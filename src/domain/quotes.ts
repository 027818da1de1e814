import type { Locale } from "./locales";

// Names written inside a sentence ("the project «Адреса заботы»") are quoted the way each
// language quotes: «» in Kazakh and Russian, “” in English. A name that already carries
// quotation marks of its own (a project called «Адреса заботы»: помощь пожилым) is left as
// written: wrapping it again doubles the marks.

const MARKS: Record<Locale, readonly [string, string]> = { kk: ["«", "»"], ru: ["«", "»"], en: ["“", "”"] };

/** Double quotation marks of any language, straight or typographic. */
const HAS_QUOTES = /["«»“”„‟〝〞＂]/;

/** The name in the language's quotation marks, unless it has quotation marks already. */
export function quoted(name: string, locale: Locale): string {
  const text = name.trim();
  if (!text || HAS_QUOTES.test(text)) return text;
  const [open, close] = MARKS[locale];
  return `${open}${text}${close}`;
}
