"use client";
import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { LOCALES } from "@/domain/locales";
import { stashForms } from "@/components/forms/form-stash";

const NAMES = { kk: "Қазақша", ru: "Русский", en: "English" } as const;
const SHORT = { kk: "ҚАЗ", ru: "РУС", en: "ENG" } as const;

/**
 * Links to the same page in the other languages, query string included. What was typed in the
 * page's forms comes along (src/components/forms/form-stash.ts).
 */
export function LocaleSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label} className="flex gap-1">
      {LOCALES.map((l) => (
        <Link
          key={l}
          href={href}
          locale={l}
          lang={l}
          hrefLang={l}
          title={NAMES[l]}
          aria-current={l === current ? "true" : undefined}
          onClick={stashForms}
          className={`inline-flex min-h-11 items-center rounded px-1.5 text-xs font-semibold sm:px-2 md:min-h-6 ${l === current ? "bg-brand-100 text-brand-800" : "text-slate-600 hover:bg-slate-100"}`}
        >
          <span aria-hidden>{SHORT[l]}</span>
          <span className="sr-only">{NAMES[l]}</span>
        </Link>
      ))}
    </nav>
  );
}
