// The pure part of the pagination (src/components/ui/pagination.tsx), apart so it can be unit-tested.

/**
 * The page numbers to show: the first, the last, and the current one with its neighbours; a gap
 * (null) where numbers are left out. 5 of 20 → 1 … 4 5 6 … 20.
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last === 2) out.push(p - 1);
    else if (typeof last === "number" && p - last > 2) out.push(null);
    out.push(p);
  }
  return out;
}

/** `href` for a page of a list addressed by its query string; the other parameters stay. */
export function pageInQuery(pathname: string, query: Record<string, string | undefined>) {
  return (page: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: String(page) }).filter(([, v]) => v !== undefined),
    ) as Record<string, string>,
  });
}
