import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { pageWindow } from "./page-window";

type Href = ComponentProps<typeof Link>["href"];

const LINK =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold hover:bg-slate-50";
const CURRENT =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-brand-700 bg-brand-700 px-3 text-sm font-semibold text-white";

/**
 * Previous, page numbers and next, as plain links (they work without JavaScript); the current
 * page is marked with aria-current. Nothing when everything fits on one page. A page past the
 * end (an old link) offers the way back to the last one.
 */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => Href }) {
  const t = useTranslations("common.pagination");
  if (pages <= 1) return null;
  const previous = page > 1 ? Math.min(page - 1, pages) : null;
  const next = page < pages ? page + 1 : null;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      {previous ? (
        <Link href={href(previous)} rel="prev" className={LINK}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <ol className="flex flex-wrap items-center gap-1">
        {pageWindow(Math.min(page, pages), pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={href(p)}
                aria-label={t("page", { page: p, pages })}
                aria-current={p === page ? "page" : undefined}
                className={p === page ? CURRENT : LINK}
              >
                {p}
              </Link>
            </li>
          ),
        )}
      </ol>
      {next ? (
        <Link href={href(next)} rel="next" className={LINK}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
