// The platform's three languages. Kazakh is the state language and the default.
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = "kk" satisfies Locale;

/** A text carried by reference data in every locale. */
export type Localized = { kk: string; ru: string; en: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
