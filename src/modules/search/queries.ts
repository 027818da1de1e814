import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Direction, RegionCode } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { ADULT_AGE } from "@/domain/age";
import { HAZARDOUS_FOR_MINORS } from "@/domain/classification";
import { addDays, zonedToUtc } from "@/domain/time";
import { isCyrillic, KAZAKH_STOPWORDS, kazakhStem } from "@/domain/kazakh-stem";
import { isPrefixTerm, synonymsOf } from "@/domain/search-synonyms";
import { effectiveSort, PAGE_SIZE, queryWords, type SearchFilters, type SearchSort } from "./schema";

// Public project search. Text: PostgreSQL full-text search over the stored "searchVector", the
// project's title and description in its own language plus its organizer, settlement and the
// labels of its classification in kk/ru/en (prisma/migrations/20261129120000_search_across_languages,
// docs/decisions/0022-search-across-languages.md). Each query word is searched as a prefix
// three ways — its Kazakh stem word for word ('simple'), its Russian or English stem ('russian'
// stems Latin words with the English stemmer) — and with its synonyms and translations
// (src/domain/search-synonyms.ts). Every word must match; a stop word ("для", "the") is left out.
// When the words find nothing, each is also replaced by its closest known words (trigram
// similarity over the "SearchWord" vocabulary): "экологя" finds "экология". When that finds
// nothing either, any of the words may match. Every value reaches PostgreSQL as a bind
// parameter of a Prisma.sql template.

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

/** What was searched for when it was not the words as typed: corrected spellings, or any of the
 * words instead of all of them. */
export type SearchedFor = { mode: "corrected" | "broadened"; query: string };

export type SearchResult = {
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  searchedFor: SearchedFor | null;
};

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

/** A query word as a tsquery: its Kazakh stem word for word and its Russian/English stem, as
 * prefixes (`prefix`) or whole words. Words hold letters and digits only (queryWords), so ":*"
 * is the only syntax in the string. */
function termQuery(term: string, prefix: boolean): Prisma.Sql {
  const simple = prefix ? `${kazakhStem(term)}:*` : term;
  const stemmed = prefix ? `${term}:*` : term;
  return Prisma.sql`to_tsquery('simple', ${simple}) || to_tsquery('russian', ${stemmed})`;
}

/** A synonym term as a tsquery. Cyrillic terms are written as stems already, so one prefix
 * matches both the Kazakh words and the Russian stems; English ones also need the English
 * stemmer ("animal" is indexed as "anim"). Each GIN lookup costs, so no more than needed. */
function synonymQuery(term: string): Prisma.Sql {
  if (isPrefixTerm(term) && isCyrillic(term)) return Prisma.sql`to_tsquery('simple', ${`${term}:*`})`;
  return termQuery(term, isPrefixTerm(term));
}

/** One query word as a tsquery: the word (a prefix from 3 letters), its synonyms, and the
 * closest known spellings when it was corrected. */
function wordQuery(word: string, corrections: string[]): Prisma.Sql {
  const variants = [termQuery(word, word.length >= 3)];
  const synonyms = new Map<string, string[]>();
  for (const w of [word, ...corrections.slice(0, 1)])
    for (const terms of synonymsOf(w)) synonyms.set(terms.join(" "), terms);
  for (const terms of synonyms.values()) {
    const parts = terms.map((t) => Prisma.sql`(${synonymQuery(t)})`);
    variants.push(parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, " && ")})`);
  }
  for (const c of corrections)
    variants.push(Prisma.sql`plainto_tsquery('simple', ${c}) || plainto_tsquery('russian', ${c})`);
  return Prisma.sql`(${Prisma.join(variants, " || ")})`;
}

/**
 * The query's tsquery: all its words (`all`) or any of them. A word that PostgreSQL drops as a
 * stop word in Russian or English ("для", "the") does not count, unless every word is one.
 */
function textQuery(words: string[], fixes: string[][] | null, all: boolean): Prisma.Sql {
  const queries = words.map((w, i) => wordQuery(w, fixes?.[i] ?? []));
  const combine = all ? Prisma.raw(`"tsquery_and_all"`) : Prisma.raw(`"tsquery_or_all"`);
  const counted = words.map(
    (w, i) => Prisma.sql`CASE WHEN numnode(to_tsquery('russian', ${w})) = 0 THEN NULL ELSE ${queries[i]!} END`,
  );
  return Prisma.sql`coalesce(
    (SELECT ${combine}(q) FROM unnest(ARRAY[${Prisma.join(counted)}]::tsquery[]) AS q),
    (SELECT ${combine}(q) FROM unnest(ARRAY[${Prisma.join(queries)}]::tsquery[]) AS q))`;
}

/** The known words closest to each query word, by trigram similarity, and whether the word
 * itself is a known one (then it is shown as typed). */
async function corrections(db: Db, words: string[]): Promise<{ fixes: string[][]; known: boolean[] }> {
  const rows = await db.$queryRaw<{ ord: number; known: boolean; word: string | null }[]>`
    SELECT q.ord::int AS ord, EXISTS (SELECT 1 FROM "SearchWord" k WHERE k."word" = q.w) AS known, c.word
    FROM unnest(${words}::text[]) WITH ORDINALITY AS q(w, ord)
    LEFT JOIN LATERAL (
      SELECT s."word" FROM "SearchWord" s
      WHERE s."word" % q.w AND s."word" <> q.w AND similarity(s."word", q.w) >= ${MIN_SIMILARITY}
      ORDER BY similarity(s."word", q.w) DESC, s."word"
      LIMIT ${CORRECTIONS_PER_WORD}
    ) c ON true`;
  const of = (i: number) => rows.filter((r) => r.ord === i + 1);
  return {
    fixes: words.map((_, i) => of(i).flatMap((r) => (r.word ? [r.word] : []))),
    known: words.map((_, i) => of(i).some((r) => r.known)),
  };
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
  const typed = queryWords(filters.q);
  // Kazakh function words narrow the search without saying what it is about.
  const words = typed.some((w) => !KAZAKH_STOPWORDS.has(w)) ? typed.filter((w) => !KAZAKH_STOPWORDS.has(w)) : typed;
  const joinOrganizer = filters.orgType !== undefined;
  const done = (r: { items: SearchItem[]; total: number }, searchedFor: SearchedFor | null = null): SearchResult => ({
    ...r,
    page,
    pageSize: PAGE_SIZE,
    searchedFor,
  });

  if (words.length === 0) return done(await run(db, where, null, sort, page, joinOrganizer));

  const exact = await run(db, where, await tsquery(db, textQuery(words, null, true)), sort, page, joinOrganizer);
  if (exact.total > 0) return done(exact);

  // Misspelled words: their closest known spellings too.
  const { fixes, known } = await corrections(db, words);
  if (fixes.some((f) => f.length > 0)) {
    const text = await tsquery(db, textQuery(words, fixes, true));
    const fuzzy = await run(db, where, text, sort, page, joinOrganizer, words.join(" "));
    const query = words.map((w, i) => (known[i] ? w : (fixes[i]![0] ?? w))).join(" ");
    if (fuzzy.total > 0) return done(fuzzy, { mode: "corrected", query });
  }
  // No project has every word: any of them, the ones with more of them first.
  if (words.length > 1) {
    const text = await tsquery(db, textQuery(words, fixes, false));
    const any = await run(db, where, text, sort, page, joinOrganizer, words.join(" "));
    if (any.total > 0) return done(any, { mode: "broadened", query: words.join(" ") });
  }
  return done(exact);
}

/**
 * The tsquery, built by PostgreSQL (it stems the words) and read back as text, so the search
 * itself gets it as a plain value: planned with the real query, PostgreSQL estimates how many
 * projects match from the column's statistics and combines the text index with a region's
 * index instead of filtering thousands of rows (decision 0022).
 */
async function tsquery(db: Db, query: Prisma.Sql): Promise<Prisma.Sql> {
  const rows = await db.$queryRaw<{ q: string | null }[]>`SELECT (${query})::text AS q`;
  return Prisma.sql`${rows[0]?.q ?? ""}::tsquery`;
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
  // Relevance: full-text rank on the title, organizer and labels (the description only decides
  // whether a project matches, see the migration), plus, for corrected words, how close the
  // typed words are to the title, so the nearest spelling comes first.
  const rank = !tsquery
    ? Prisma.sql`0::real`
    : typed
      ? Prisma.sql`ts_rank(p."searchRank", params.tsq, 1) + word_similarity(${typed}, p."title")`
      : Prisma.sql`ts_rank(p."searchRank", params.tsq, 1)`;
  const order = (t: "p" | "m" | "h") => {
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
    h AS (${
      tsquery
        ? // Ranked in a subquery (OFFSET 0 keeps it one), so the window that counts the matches
          // holds four small columns a row, not the vectors the rank was computed from.
          Prisma.sql`
      SELECT m.*, ${windowTotal} AS "total"
      FROM (SELECT p."id", p."startsAt", p."publishedAt", ${rank} AS "rank" ${matches} OFFSET 0) m
      ORDER BY ${order("m")}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`
        : Prisma.sql`
      SELECT p."id", p."startsAt", p."publishedAt", ${rank} AS "rank", ${windowTotal} AS "total"
      ${matches}
      ORDER BY ${order("p")}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`
    })
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
