-- asar:custom
-- Project search (issue 3, "Finding a project"), read only by src/modules/search/queries.ts.
-- Prisma models none of it: the generated column and the word table are invisible to the
-- client, which is fine.

-- Full-text document, in the project's own language: PostgreSQL has no Kazakh stemmer, so
-- 'simple' (lower-cased words, matched by prefix at query time), Russian and English with
-- their snowball stemmers. The title weighs more than the description. Stored rather than an
-- expression index so that ts_rank reads it instead of re-parsing every matching text.
ALTER TABLE "Project" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE "language" WHEN 'kk' THEN 'simple'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'russian'::regconfig END, "title"), 'A')
  || setweight(to_tsvector(CASE "language" WHEN 'kk' THEN 'simple'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'russian'::regconfig END, "description"), 'B')
) STORED;

-- Search lists published projects only, so its indexes are partial on that status (the query
-- spells the same literal predicate, which lets the planner use them).
CREATE INDEX "Project_search_fts_idx" ON "Project" USING GIN ("searchVector") WHERE "status" = 'PUBLISHED';
-- Listing without words: soonest first straight from this index, and the total counted from
-- it alone (index-only scan) for the usual filters, never touching the wide rows.
CREATE INDEX "Project_published_listing_idx" ON "Project" ("startsAt", "id")
  INCLUDE ("endsAt", "cancelledAt", "publishedAt", "regionCode", "primaryDirection", "secondaryDirection", "scope", "duration", "isOnline", "organizerId")
  WHERE "status" = 'PUBLISHED';
CREATE INDEX "Project_published_publishedAt_idx" ON "Project" ("publishedAt" DESC, "id") WHERE "status" = 'PUBLISHED';

-- Typos ("экологя"): every distinct word of published titles and descriptions, with a
-- trigram index. The query first maps each of its words to the closest known words, then
-- searches the full-text index for them, so typo tolerance costs two index lookups instead
-- of a trigram comparison against every long description. Words are only ever added: a word
-- whose projects are gone simply matches nothing.
CREATE TABLE "SearchWord" (
  "word" TEXT NOT NULL,
  CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "SearchWord_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Lower-cased words of 3 to 40 characters, without ASCII punctuation (URLs, emails, numbers).
CREATE FUNCTION "search_words"(doc TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', doc))) AS w
  WHERE char_length(w) BETWEEN 3 AND 40 AND w !~ '[[:punct:][:space:][:digit:]]'
$$;

-- Statement-level, so bulk inserts (the scale seeder) pay once per statement, not per row.
-- The body is an E-string whose semicolons are written \073: the migration engine splits the
-- file on every semicolon, even inside quotes.
CREATE FUNCTION "project_search_words_collect"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w FROM changed, "search_words"(changed."title" || \' \' || changed."description") AS w
  WHERE changed."status" = \'PUBLISHED\'
  ORDER BY w
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';
CREATE TRIGGER "Project_search_words_insert" AFTER INSERT ON "Project"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "project_search_words_collect"();
CREATE TRIGGER "Project_search_words_update" AFTER UPDATE ON "Project"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "project_search_words_collect"();

INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "Project" p, "search_words"(p."title" || ' ' || p."description") AS w
WHERE p."status" = 'PUBLISHED'
ON CONFLICT DO NOTHING;
