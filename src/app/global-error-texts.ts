import { DEFAULT_LOCALE, isLocale, type Locale } from "@/domain/locales";

// src/app/global-error.tsx replaces the locale's layout, so it has no messages to read: it holds
// its texts here, the same as errorPage.* in the message files (tests/unit/global-error.test.ts
// keeps them equal), and takes the language from the path's first segment.
export const GLOBAL_ERROR_TEXTS: Record<Locale, { title: string; text: string; retry: string; home: string }> = {
  kk: {
    title: "Бірдеңе дұрыс болмады",
    text: "Бұл бетті көрсету мүмкін болмады. Қайталап көріңіз — әдетте бұл көмектеседі.",
    retry: "Қайталау",
    home: "Басты бетке",
  },
  ru: {
    title: "Что-то пошло не так",
    text: "Не удалось показать эту страницу. Попробуйте ещё раз — обычно это помогает.",
    retry: "Попробовать снова",
    home: "На главную",
  },
  en: {
    title: "Something went wrong",
    text: "We could not show this page. Try again — that usually helps.",
    retry: "Try again",
    home: "Go to the home page",
  },
};

/** The locale a path starts with (`/ru/projects` → ru), Kazakh when it starts with none. */
export function localeOfPath(path: string | null | undefined): Locale {
  const first = (path ?? "").split(/[/?#]/)[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
