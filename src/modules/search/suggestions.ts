import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Locale } from "@/domain/locales";
import { DIRECTION_LABELS, DIRECTIONS } from "@/domain/classification";
import { REGIONS } from "@/domain/regions";
import { LOCALES } from "@/domain/locales";

// What the search box offers as a person types (a <datalist>, see components/search-suggestions):
// directions, organizers and places whose names contain the typed text in any language, named
// in the page's language. Directions and region centres come from the domain; organizers and
// their settlements from the verified organizers.

export const SUGGESTION_LIMIT = 8;
const MIN_TYPED = 2;
const MAX_TYPED = 40;

const contains = (name: string, typed: string) => name.toLocaleLowerCase("ru").includes(typed);

export async function searchSuggestions(db: Db, typed: string, locale: Locale): Promise<string[]> {
  const q = typed.trim().toLocaleLowerCase("ru").slice(0, MAX_TYPED);
  if (q.length < MIN_TYPED || !/[\p{L}\p{N}]/u.test(q)) return [];
  const directions = DIRECTIONS.filter((d) => LOCALES.some((l) => contains(DIRECTION_LABELS[d][l], q))).map(
    (d) => DIRECTION_LABELS[d][locale],
  );
  const centres = REGIONS.filter((r) => LOCALES.some((l) => contains(r.center[l], q))).map((r) => r.center[locale]);
  // strpos rather than ILIKE: the typed text is data, never a pattern.
  const rows = await db.$queryRaw<{ value: string }[]>`
    (SELECT o."name" AS value FROM "Organizer" o
      WHERE o."verificationStatus" = 'VERIFIED' AND strpos(lower(o."name"), ${q}) > 0
      ORDER BY length(o."name"), o."name" LIMIT ${SUGGESTION_LIMIT})
    UNION ALL
    (SELECT DISTINCT o."settlement" AS value FROM "Organizer" o
      WHERE o."verificationStatus" = 'VERIFIED' AND o."settlement" IS NOT NULL AND strpos(lower(o."settlement"), ${q}) = 1
      ORDER BY 1 LIMIT ${SUGGESTION_LIMIT})`;
  const all = [...directions, ...rows.map((r) => r.value), ...centres];
  return [...new Set(all)].slice(0, SUGGESTION_LIMIT);
}
