// The platform's three languages. Kazakh is the state language and the default.
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = "kk" satisfies Locale;

/** A text carried by reference data in every locale. */
export type Localized = { kk: string; ru: string; en: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The one locale negotiation: the first candidate that is one of our locales, else Kazakh.
 * Callers list what they know in order of precedence — an explicit `?locale=`, the account's
 * language, the browser's languages (`acceptedLanguages`). next-intl's middleware negotiates the
 * bare `/` itself, from the same LOCALES and DEFAULT_LOCALE.
 */
export function negotiateLocale(...candidates: unknown[]): Locale {
  return candidates.find(isLocale) ?? DEFAULT_LOCALE;
}

/** The languages of an Accept-Language header ("ru-RU,en;q=0.8" → ["ru", "en"]), most wanted first. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((w) => w.lang && w.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((w) => w.lang);
}
