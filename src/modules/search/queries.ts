import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Direction, RegionCode } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { ADULT_AGE } from "@/domain/age";
import { HAZARDOUS_FOR_MINORS } from "@/domain/classification";
import { addDays, zonedToUtc } from "@/domain/time";
import { effectiveSort, PAGE_SIZE, queryWords, type SearchFilters, type SearchSort } from "./schema";

// Public project search. Text: PostgreSQL full-text search over the stored "searchVector"
// (see prisma/migrations/20261121180000_project_search), each query word matched as a prefix in
// both the 'simple' (Kazakh) and the 'russian' configuration — 'russian' stems Latin words with
// the English stemmer, so together they cover all three languages. When the words find
// nothing, each is replaced by its closest known words (trigram similarity over the
// "SearchWord" vocabulary) and the search runs once more: "экологя" finds "экология".
// Every value reaches PostgreSQL as a bind parameter of a Prisma.sql template.

export type SearchItem = {
  id: string;
  title: string;
  excerpt: string;
  organizer: { name: string; slug: string; verified: boolean };
  regionCode: RegionCode;
  settlement: string | null;
  isOnline: boolean;
  startsAt: Date;
  endsAt: Date;
  primaryDirection: Direction;
  sdgs: number[];
  placesLeft: number;
};

export type SearchResult = { items: SearchItem[]; total: number; page: number; pageSize: number; corrected: boolean };

type Row = Omit<SearchItem, "organizer" | "excerpt"> & {
  description: string;
  organizerName: string;
  organizerSlug: string;
  organizerVerified: boolean;
  total: bigint;
};

const EXCERPT_LENGTH = 220;
/** Closest known words tried for a word that finds nothing, and how close they must be. */
const CORRECTIONS_PER_WORD = 4;
const MIN_SIMILARITY = 0.4;

function excerpt(description: string): string {
  const text = description.replace(/\s+/g, " ").trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > EXCERPT_LENGTH * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?—-]+$/u, "")}…`;
}

/** One word as a tsquery: a prefix match (from 3 letters) in both configurations. `word` holds
 * letters and digits only (queryWords), so ":*" is the only syntax in the string. */
function wordQuery(word: string, corrections: string[]): Prisma.Sql {
  const text = word.length >= 3 ? `${word}:*` : word;
  const variants = [Prisma.sql`to_tsquery('simple', ${text})`, Prisma.sql`to_tsquery('russian', ${text})`];
  for (const c of corrections)
    variants.push(Prisma.sql`plainto_tsquery('simple', ${c})`, Prisma.sql`plainto_tsquery('russian', ${c})`);
  return Prisma.sql`(${Prisma.join(variants, " || ")})`;
}

/** The known words closest to each query word, by trigram similarity. */
async function corrections(db: Db, words: string[]): Promise<string[][]> {
  const rows = await db.$queryRaw<{ ord: number; word: string }[]>`
    SELECT q.ord::int AS ord, c.word
    FROM unnest(${words}::text[]) WITH ORDINALITY AS q(w, ord)
    CROSS JOIN LATERAL (
      SELECT s."word" FROM "SearchWord" s
      WHERE s."word" % q.w AND s."word" <> q.w AND similarity(s."word", q.w) >= ${MIN_SIMILARITY}
      ORDER BY similarity(s."word", q.w) DESC, s."word"
      LIMIT ${CORRECTIONS_PER_WORD}
    ) c`;
  return words.map((_, i) => rows.filter((r) => r.ord === i + 1).map((r) => r.word));
}

/** The filters other than the text, as SQL conditions on "Project" p and "Organizer" o. */
function filterConditions(filters: SearchFilters, viewerAge: number | null, now: Date): Prisma.Sql[] {
  // The status is a literal, not a parameter: it must match the partial indexes' predicate.
  const where: Prisma.Sql[] = [
    Prisma.sql`p."status" = 'PUBLISHED'`,
    Prisma.sql`p."cancelledAt" IS NULL`,
    Prisma.sql`p."endsAt" > ${utc(now)}`,
  ];
  if (filters.region) where.push(Prisma.sql`p."regionCode" = ${filters.region}::"RegionCode"`);
  if (filters.direction) {
    where.push(
      Prisma.sql`(p."primaryDirection" = ${filters.direction}::"Direction" OR p."secondaryDirection" = ${filters.direction}::"Direction")`,
    );
  }
  if (filters.composition) where.push(Prisma.sql`p."compositions" @> ARRAY[${filters.composition}::"Composition"]`);
  if (filters.scope) where.push(Prisma.sql`p."scope" = ${filters.scope}::"Scope"`);
  if (filters.duration) where.push(Prisma.sql`p."duration" = ${filters.duration}::"Duration"`);
  if (filters.orgType) where.push(Prisma.sql`o."form" = ${filters.orgType}::"OrganizerForm"`);
  if (filters.tag) where.push(Prisma.sql`p."birgemiz" @> ARRAY[${filters.tag}::"BirgemizTag"]`);
  if (filters.sdg)
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ProjectSdg" s WHERE s."projectId" = p."id" AND s."sdg" = ${filters.sdg})`,
    );
  if (filters.online) where.push(Prisma.sql`p."isOnline"`);
  // Dates: projects running at some point between the start of `from` and the end of `to`,
  // as calendar days in Kazakhstan.
  if (filters.from) where.push(Prisma.sql`p."endsAt" >= ${utc(zonedToUtc(filters.from, "00:00"))}`);
  if (filters.to) where.push(Prisma.sql`p."startsAt" < ${utc(zonedToUtc(addDays(filters.to, 1), "00:00"))}`);
  const age = filters.age === "me" ? viewerAge : (filters.age ?? null);
  if (age !== null) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ProjectRole" r WHERE r."projectId" = p."id" AND r."minAge" <= ${age})`,
    );
    if (age < ADULT_AGE) {
      // The law closes some work to minors whatever the roles say (domain/classification.ts).
      const directions: readonly string[] = HAZARDOUS_FOR_MINORS.directions;
      const subtypes: readonly string[] = HAZARDOUS_FOR_MINORS.socialSubtypes;
      where.push(Prisma.sql`NOT p."hazardous"`);
      where.push(Prisma.sql`p."primaryDirection"::text <> ALL(${directions}::text[])`);
      where.push(
        Prisma.sql`(p."secondaryDirection" IS NULL OR p."secondaryDirection"::text <> ALL(${directions}::text[]))`,
      );
      where.push(Prisma.sql`(p."socialSubtype" IS NULL OR p."socialSubtype"::text <> ALL(${subtypes}::text[]))`);
    }
  }
  return where;
}

/** An instant as the columns store it (timestamp without time zone, in UTC), whatever the
 * session's TimeZone. */
function utc(instant: Date): Prisma.Sql {
  return Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/**
 * Published projects that have not ended, matching the filters, one page at a time.
 * `viewerAge`: the signed-in volunteer's age, used by the "suitable for my age" filter (`age=me`).
 */
export async function searchProjects(
  db: Db,
  filters: SearchFilters,
  options: { viewerAge?: number | null; now?: Date } = {},
): Promise<SearchResult> {
  const page = filters.page;
  const now = options.now ?? new Date();
  const where = filterConditions(filters, options.viewerAge ?? null, now);
  const sort = effectiveSort(filters);
  const words = queryWords(filters.q);
  const joinOrganizer = filters.orgType !== undefined;
  const empty = { items: [], total: 0, page, pageSize: PAGE_SIZE };

  if (words.length === 0)
    return { ...(await run(db, where, null, sort, page, joinOrganizer)), page, pageSize: PAGE_SIZE, corrected: false };

  const exact = await run(
    db,
    where,
    Prisma.join(
      words.map((w) => wordQuery(w, [])),
      " && ",
    ),
    sort,
    page,
    joinOrganizer,
  );
  if (exact.total > 0) return { ...exact, page, pageSize: PAGE_SIZE, corrected: false };

  const fixes = await corrections(db, words);
  if (fixes.every((f) => f.length === 0)) return { ...empty, corrected: false };
  const fuzzy = await run(
    db,
    where,
    Prisma.join(
      words.map((w, i) => wordQuery(w, fixes[i]!)),
      " && ",
    ),
    sort,
    page,
    joinOrganizer,
    words.join(" "),
  );
  return { ...fuzzy, page, pageSize: PAGE_SIZE, corrected: fuzzy.total > 0 };
}

async function run(
  db: Db,
  where: Prisma.Sql[],
  tsquery: Prisma.Sql | null,
  sort: SearchSort,
  page: number,
  joinOrganizer: boolean,
  typed?: string,
): Promise<{ items: SearchItem[]; total: number }> {
  const conditions = tsquery ? [...where, Prisma.sql`p."searchVector" @@ params.tsq`] : where;
  const whereSql = Prisma.join(conditions, " AND ");
  // Relevance: full-text rank (title weighs more), plus, for corrected words, how close the
  // typed words are to the title, so the nearest spelling comes first.
  const rank = !tsquery
    ? Prisma.sql`0::real`
    : typed
      ? Prisma.sql`ts_rank(p."searchVector", params.tsq, 1) + word_similarity(${typed}, p."title")`
      : Prisma.sql`ts_rank(p."searchVector", params.tsq, 1)`;
  const order = (t: "p" | "h") => {
    const a = Prisma.raw(t);
    return {
      relevance: Prisma.sql`${t === "h" ? Prisma.sql`h."rank"` : Prisma.sql`"rank"`} DESC, ${a}."startsAt", ${a}."id"`,
      soonest: Prisma.sql`${a}."startsAt", ${a}."id"`,
      newest: Prisma.sql`${a}."publishedAt" DESC NULLS LAST, ${a}."id"`,
    }[sort];
  };
  const offset = (page - 1) * PAGE_SIZE;

  // The organizer is joined only when a filter needs it: a project always has one.
  const organizerJoin = joinOrganizer ? Prisma.sql`JOIN "Organizer" o ON o."id" = p."organizerId"` : Prisma.empty;
  const matches = Prisma.sql`FROM "Project" p ${organizerJoin} CROSS JOIN params WHERE ${whereSql}`;
  const params = Prisma.sql`params AS (SELECT ${tsquery ?? Prisma.sql`NULL::tsquery`} AS tsq)`;
  // With words, every match is ranked anyway, so the window count is free. Without, the page
  // comes straight off an index and the count is a separate index-only scan.
  const windowTotal = tsquery ? Prisma.sql`count(*) OVER ()` : Prisma.sql`0::bigint`;
  const pageQuery = db.$queryRaw<Row[]>`
    WITH ${params},
    h AS (
      SELECT p."id", p."startsAt", p."publishedAt", ${rank} AS "rank", ${windowTotal} AS "total"
      ${matches}
      ORDER BY ${order("p")}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}
    )
    SELECT p."id", p."title", p."description", p."regionCode", p."settlement", p."isOnline", p."startsAt", p."endsAt",
      p."primaryDirection", o."name" AS "organizerName", o."slug" AS "organizerSlug",
      o."verificationStatus" = 'VERIFIED' AS "organizerVerified",
      ARRAY(SELECT s."sdg" FROM "ProjectSdg" s WHERE s."projectId" = p."id" ORDER BY s."sdg") AS "sdgs",
      (SELECT coalesce(sum(greatest(r."capacity" - r."acceptedCount", 0)), 0)::int FROM "ProjectRole" r WHERE r."projectId" = p."id") AS "placesLeft",
      h."total"
    FROM h
    JOIN "Project" p ON p."id" = h."id"
    JOIN "Organizer" o ON o."id" = p."organizerId"
    ORDER BY ${order("h")}`;
  const count = () =>
    db.$queryRaw<{ n: bigint }[]>`WITH ${params} SELECT count(*) AS n ${matches}`.then((r) => Number(r[0]?.n ?? 0));

  let rows: Row[];
  let total: number;
  if (tsquery) {
    rows = await pageQuery;
    // Past the last page the window count has no row to ride on.
    total = rows.length > 0 ? Number(rows[0]!.total) : page > 1 ? await count() : 0;
  } else {
    [rows, total] = await Promise.all([pageQuery, count()]);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      excerpt: excerpt(r.description),
      organizer: { name: r.organizerName, slug: r.organizerSlug, verified: r.organizerVerified },
      regionCode: r.regionCode,
      settlement: r.settlement,
      isOnline: r.isOnline,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      primaryDirection: r.primaryDirection,
      sdgs: r.sdgs.map(Number),
      placesLeft: r.placesLeft,
    })),
  };
}
