import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Previous / next links that keep the page's other query parameters. */
export function Pagination({
  pathname,
  query,
  page,
  total,
  pageSize,
}: {
  pathname: string;
  query: Record<string, string | undefined>;
  page: number;
  total: number;
  pageSize: number;
}) {
  const t = useTranslations("applications.pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: String(p) }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>,
  });
  const link = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50";
  return (
    <nav className="flex items-center justify-between gap-2" aria-label={t("page", { page, pages })}>
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t("page", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
