// The project search's URL query, shared by the page (form, pagination links) and the query.
// A search URL is typed, shared and edited by hand, so a bad value never fails the page: each
// parameter that does not parse is dropped (or reset to its default) on its own.
import { z } from "zod";
import {
  BirgemizTag,
  Composition,
  Direction,
  Duration,
  OrganizerForm,
  RegionCode,
  Scope,
} from "@/generated/prisma/enums";
import { firstValue, pageNumber } from "@/domain/search-params";
import { isCalendarDate } from "@/domain/time";

export const PAGE_SIZE = 20;
/** Offset pagination: deeper pages are refined with filters, not paged through. */
export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 200;
export const SORTS = ["relevance", "soonest", "newest"] as const;
export type SearchSort = (typeof SORTS)[number];

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

const date = z.string().refine(isCalendarDate);

export const searchFiltersSchema = z
  .object({
    q: optional(
      z
        .string()
        .transform((s) => s.trim().slice(0, MAX_QUERY_LENGTH))
        .transform((s) => s || undefined),
    ),
    region: optional(z.enum(RegionCode)),
    direction: optional(z.enum(Direction)),
    composition: optional(z.enum(Composition)),
    scope: optional(z.enum(Scope)),
    duration: optional(z.enum(Duration)),
    orgType: optional(z.enum(OrganizerForm)),
    sdg: optional(z.coerce.number().int().min(1).max(17)),
    from: optional(date),
    to: optional(date),
    online: optional(z.literal("1").transform(() => true as const)),
    // "me": the signed-in volunteer's own age, computed on the server; a number: a guest's.
    age: optional(z.union([z.literal("me"), z.coerce.number().int().min(1).max(120)])),
    tag: optional(z.enum(BirgemizTag)),
    sort: optional(z.enum(SORTS)),
    page: z
      .unknown()
      .optional()
      .transform((v) => pageNumber(v, MAX_PAGE)),
  })
  .transform((f) => (f.from && f.to && f.to < f.from ? { ...f, to: undefined } : f));

export type SearchFilters = z.output<typeof searchFiltersSchema>;

function toRecord(raw: RawParams): Record<string, string | string[] | undefined> {
  if (!(raw instanceof URLSearchParams)) return raw;
  const out: Record<string, string[]> = {};
  for (const [k, v] of raw) (out[k] ??= []).push(v);
  return out;
}

/** Never throws: whatever the URL says, the result is a usable search. */
export function parseSearchParams(raw: RawParams): SearchFilters {
  const parsed = searchFiltersSchema.safeParse(toRecord(raw));
  return parsed.success ? parsed.data : { page: 1 };
}

/** Relevance needs words to rank by; without them the soonest projects come first. */
export function effectiveSort(filters: Pick<SearchFilters, "q" | "sort">): SearchSort {
  if (filters.sort === "relevance" && !filters.q) return "soonest";
  return filters.sort ?? (filters.q ? "relevance" : "soonest");
}

/** The filters as a query string (page 1 left out), for pagination and "remove" links. */
export function searchQueryString(
  filters: SearchFilters,
  change: Partial<Record<keyof SearchFilters, string | number | undefined>> = {},
): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...filters, ...change };
  for (const key of [
    "q",
    "region",
    "direction",
    "composition",
    "scope",
    "duration",
    "orgType",
    "sdg",
    "from",
    "to",
    "online",
    "age",
    "tag",
    "sort",
    "page",
  ] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (key === "page" && Number(value) <= 1) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Words of the text query: letters and digits only, so no character can reach the SQL or the
 * tsquery syntax as an operator; at most 8 words of at most 40 characters. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 40)))].slice(0, 8);
}
