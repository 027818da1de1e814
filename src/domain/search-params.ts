// Reading a page's URL query (Next's `searchParams`). A URL is typed, shared and edited by hand:
// a parameter may be missing, repeated or nonsense, and none of that may fail the page.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a repeated parameter (`?page=2&page=3` reads as "2"). */
export function firstValue<T>(value: T | T[]): T | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One parameter as text: its first value; undefined when absent or empty. */
export function searchParam(params: SearchParams, name: string): string | undefined {
  return firstValue(params[name]) || undefined;
}

/** The highest page number any list lets one ask for. */
export const MAX_PAGE_NUMBER = 10_000;

/** A `?page=` value as a page number: a whole number from 1 to `max`, else 1. */
export function pageNumber(value: unknown, max = MAX_PAGE_NUMBER): number {
  const n = Number(firstValue(value));
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 1;
}

/** The rows of page `page` (from 1) of `size` rows each, as Prisma's skip and take. */
export function pageSlice(page: number, size: number): { skip: number; take: number } {
  return { skip: (Math.max(1, page) - 1) * size, take: size };
}
