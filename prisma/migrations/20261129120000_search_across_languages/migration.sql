-- asar:custom
-- Search across languages (issue 10, docs/decisions/0022-search-across-languages.md). Read only
-- by src/modules/search/queries.ts. Prisma models none of it.
--
-- A project's search document was its title and description in its own language. It now also
-- holds what the platform knows about it in all three languages: the labels of its directions,
-- social subtype, Birgemiz tags, SDGs and region (src/domain/search-labels.ts), its organizer's
-- name, its settlement, and hyphenated title words written together ("clean-up" → "cleanup").
-- Those live in other tables, so the column is no longer generated: triggers keep it.

-- The labels, as src/domain/search-labels.ts gives them (printed by scripts/search-labels-sql.ts,
-- tests/integration/search-labels.test.ts fails when the two differ).
CREATE OR REPLACE FUNCTION "search_labels"() RETURNS TABLE ("kind" TEXT, "code" TEXT, "kk" TEXT, "ru" TEXT, "en" TEXT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ VALUES
  ('direction', 'MEDICAL', 'Медициналық және донорлық', 'Медицинское и донорство', 'Medical and donorship'),
  ('direction', 'CIVIL_SOCIETY', 'Азаматтық қоғамды дамыту', 'в сфере развития гражданского общества', 'Civil society development'),
  ('direction', 'EDUCATIONAL', 'Білім беру', 'Образовательное', 'Educational'),
  ('direction', 'ARTS', 'Өнер саласындағы', 'в сфере искусства', 'Arts'),
  ('direction', 'PUBLIC_SPACES', 'Қоғамдық кеңістіктерді абаттандыру', 'по благоустройству общественных пространств', 'Public space'),
  ('direction', 'ANIMAL', 'Жануарларға көмек', 'зоо', 'Animal'),
  ('direction', 'MEDIA', 'медиа', 'медиа', 'Media'),
  ('direction', 'SEARCH_RESCUE', 'Іздестіру-құтқару', 'Поисково-спасательное', 'Search-and-rescue'),
  ('direction', 'EVENT', 'Іс-шаралық', 'Событийное', 'Event'),
  ('direction', 'SOCIAL', 'Әлеуметтік', 'Социальное', 'Social'),
  ('direction', 'SPORTS', 'Спорт және салауатты өмір салты', 'в сфере спорта и здорового образа жизни', 'Sports and healthy lifestyle'),
  ('direction', 'EMERGENCY', 'Апат қаупін азайту және төтенше жағдайлар', 'в сфере снижения рисков бедствий и чрезвычайных ситуаций', 'Disaster risk and emergency'),
  ('direction', 'ENVIRONMENTAL', 'Экологиялық', 'Экологическое', 'Environmental'),
  ('direction', 'ETHNIC', 'тарихи-мәдени мұра этно', 'историко-культурное наследие этно', 'Ethnic historical and cultural heritage'),
  ('socialSubtype', 'CRISIS_CENTERS', 'Дағдарыс орталықтарындағы', 'в кризисных центрах', 'in crisis centers'),
  ('socialSubtype', 'HOSPICE', 'Хоспистегі', 'Хосписное', 'Hospice'),
  ('socialSubtype', 'SPECIAL_NEEDS', 'Денсаулығына байланысты ерекше қажеттіліктері бар балалар мен ересектерге көмек', 'Помощь детям и взрослым с особыми потребностями здоровья', 'Children and adults with special health needs'),
  ('socialSubtype', 'CHILDREN_FAMILIES', 'Балалар үйлеріндегі, толық емес және әлеуметтік әлсіз отбасылардағы балаларға, кәмелетке толмағандарды бейімдеу орталықтарына көмек', 'Помощь детям в домах социальной защиты, из неполных и неблагополучных семей, в центрах адаптации несовершеннолетних', 'Children in care, single-parent families and juvenile adaptation centers'),
  ('socialSubtype', 'PRISONERS', 'Сотталғандар мен бұрын сотталғандарға көмек', 'Помощь осужденным и бывшим осужденным', 'Prisoners and former prisoners'),
  ('socialSubtype', 'ELDERLY', 'Қарттар мен жалғыз басты адамдарға көмек', 'Помощь пожилым и одиноким людям', 'Elderly and people living alone'),
  ('socialSubtype', 'ADDICTION_PREVENTION', 'Нашақорлық пен басқа да тәуелділіктердің алдын алу', 'Профилактика наркомании и других зависимостей', 'Prevention of drug addiction and other dependencies'),
  ('socialSubtype', 'HUMANITARIAN_AID', 'Гуманитарлық және әлеуметтік көмек', 'Гуманитарная и социальная помощь', 'Humanitarian and social aid'),
  ('birgemizTag', 'SAULYQ', 'Саулық Денсаулық', 'Саулық Здоровье', 'Saýlyq Health'),
  ('birgemizTag', 'BILIM', 'Білім Білім', 'Білім Образование', 'Bilim Education'),
  ('birgemizTag', 'SABAQTASTYQ', 'Сабақтастық Тәлімгерлік', 'Сабақтастық Наставничество', 'Sabaqtastyq Mentorship'),
  ('birgemizTag', 'ASYL_MURA', 'Асыл мұра Мәдени мұра', 'Асыл мұра Культурное наследие', 'Asyl Mura Cultural heritage'),
  ('birgemizTag', 'TAZA_ALEM', 'Таза әлем Таза әлем', 'Таза әлем Чистый мир', 'Taza Álem Clean world'),
  ('birgemizTag', 'QAMQOR', 'Қамқор Қамқорлық', 'Қамқор Забота', 'Qamqor Caring'),
  ('birgemizTag', 'UMIT', 'Үміт Үміт', 'Үміт Надежда', 'Úmit Hope'),
  ('birgemizTag', 'AYALA', 'Аяла Аялы алақан', 'Аяла Нежность, заботливые руки', 'Ayala Tender, caring hands'),
  ('birgemizTag', 'SILVER_VOLUNTEERING', 'Күміс Аға буын қолдауға арналған жеке қаржыландыру 2022 жылдан бастап', 'Серебряное Отдельное финансирование для поддержки старшего возраста с 2022 года', 'Silver Dedicated funding to support older since 2022'),
  ('sdg', '1', 'Кедейлікті жою', 'Ликвидация нищеты', 'No poverty'),
  ('sdg', '2', 'Аштықты жою', 'Ликвидация голода', 'Zero hunger'),
  ('sdg', '3', 'Денсаулық және әл-ауқат', 'Хорошее здоровье и благополучие', 'Good health and well-being'),
  ('sdg', '4', 'Сапалы білім', 'Качественное образование', 'Quality education'),
  ('sdg', '5', 'Гендерлік теңдік', 'Гендерное равенство', 'Gender equality'),
  ('sdg', '6', 'Таза су және санитария', 'Чистая вода и санитария', 'Clean water and sanitation'),
  ('sdg', '7', 'Қолжетімді және таза энергия', 'Недорогостоящая и чистая энергия', 'Affordable and clean energy'),
  ('sdg', '8', 'Лайықты жұмыс және экономикалық өсу', 'Достойная работа и экономический рост', 'Decent work and economic growth'),
  ('sdg', '9', 'Индустрияландыру, инновациялар және инфрақұрылым', 'Индустриализация, инновации и инфраструктура', 'Industry, innovation and infrastructure'),
  ('sdg', '10', 'Теңсіздікті азайту', 'Уменьшение неравенства', 'Reduced inequalities'),
  ('sdg', '11', 'Тұрақты қалалар мен елді мекендер', 'Устойчивые города и населенные пункты', 'Sustainable cities and communities'),
  ('sdg', '12', 'Жауапты тұтыну және өндіріс', 'Ответственное потребление и производство', 'Responsible consumption and production'),
  ('sdg', '13', 'Климаттың өзгеруімен күрес', 'Борьба с изменением климата', 'Climate action'),
  ('sdg', '14', 'Теңіз экожүйелерін сақтау', 'Сохранение морских экосистем', 'Life below water'),
  ('sdg', '15', 'Құрлық экожүйелерін сақтау', 'Сохранение экосистем суши', 'Life on land'),
  ('sdg', '16', 'Бейбітшілік, сот төрелігі және тиімді институттар', 'Мир, правосудие и эффективные институты', 'Peace, justice and strong institutions'),
  ('sdg', '17', 'Тұрақты даму мүддесіндегі әріптестік', 'Партнерство в интересах устойчивого развития', 'Partnerships for the goals'),
  ('region', 'ABAI', 'Абай облысы Семей', 'Абайская область Семей', 'Abai Region Semey'),
  ('region', 'AKMOLA', 'Ақмола облысы Көкшетау', 'Акмолинская область Кокшетау', 'Akmola Region Kokshetau'),
  ('region', 'AKTOBE', 'Ақтөбе облысы Ақтөбе', 'Актюбинская область Актобе', 'Aktobe Region Aktobe'),
  ('region', 'ALMATY_REGION', 'Алматы облысы Қонаев', 'Алматинская область Конаев', 'Almaty Region Konaev'),
  ('region', 'ATYRAU', 'Атырау облысы Атырау', 'Атырауская область Атырау', 'Atyrau Region Atyrau'),
  ('region', 'EAST_KAZAKHSTAN', 'Шығыс Қазақстан облысы Өскемен', 'Восточно-Казахстанская область Усть-Каменогорск', 'East Kazakhstan Region Oskemen'),
  ('region', 'JAMBYL', 'Жамбыл облысы Тараз', 'Жамбылская область Тараз', 'Jambyl Region Taraz'),
  ('region', 'JETISU', 'Жетісу облысы Талдықорған', 'Жетысуская область Талдыкорган', 'Jetisu Region Taldykorgan'),
  ('region', 'KARAGANDA', 'Қарағанды облысы Қарағанды', 'Карагандинская область Караганда', 'Karaganda Region Karaganda'),
  ('region', 'KOSTANAY', 'Қостанай облысы Қостанай', 'Костанайская область Костанай', 'Kostanay Region Kostanay'),
  ('region', 'KYZYLORDA', 'Қызылорда облысы Қызылорда', 'Кызылординская область Кызылорда', 'Kyzylorda Region Kyzylorda'),
  ('region', 'MANGYSTAU', 'Маңғыстау облысы Ақтау', 'Мангистауская область Актау', 'Mangystau Region Aktau'),
  ('region', 'NORTH_KAZAKHSTAN', 'Солтүстік Қазақстан облысы Петропавл', 'Северо-Казахстанская область Петропавловск', 'North Kazakhstan Region Petropavl'),
  ('region', 'PAVLODAR', 'Павлодар облысы Павлодар', 'Павлодарская область Павлодар', 'Pavlodar Region Pavlodar'),
  ('region', 'TURKISTAN', 'Түркістан облысы Түркістан', 'Туркестанская область Туркестан', 'Turkistan Region Turkistan'),
  ('region', 'ULYTAU', 'Ұлытау облысы Жезқазған', 'Улытауская область Жезказган', 'Ulytau Region Zhezkazgan'),
  ('region', 'WEST_KAZAKHSTAN', 'Батыс Қазақстан облысы Орал', 'Западно-Казахстанская область Уральск', 'West Kazakhstan Region Oral'),
  ('region', 'ASTANA', 'Астана Астана', 'Астана Астана', 'Astana Astana'),
  ('region', 'ALMATY_CITY', 'Алматы Алматы', 'Алматы Алматы', 'Almaty Almaty'),
  ('region', 'SHYMKENT', 'Шымкент Шымкент', 'Шымкент Шымкент', 'Shymkent Shymkent')
$$;

-- The labels of one project's classification in one language ('kk', 'ru' or 'en').
CREATE FUNCTION "project_search_labels"(lang TEXT, primary_direction TEXT, secondary_direction TEXT,
  social_subtype TEXT, tags TEXT[], region TEXT, sdgs INT[])
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(CASE lang WHEN 'kk' THEN l."kk" WHEN 'ru' THEN l."ru" ELSE l."en" END, ' '), '')
  FROM "search_labels"() l
  WHERE (l."kind" = 'direction' AND l."code" IN (primary_direction, secondary_direction))
     OR (l."kind" = 'socialSubtype' AND l."code" = social_subtype)
     OR (l."kind" = 'birgemizTag' AND l."code" = ANY(tags))
     OR (l."kind" = 'sdg' AND l."code" = ANY(sdgs::TEXT[]))
     OR (l."kind" = 'region' AND l."code" = region)
$$;

-- Hyphenated words written together: "clean-up" is also found as "cleanup", "эко-патруль" as
-- "экопатруль" (the parts are indexed anyway).
CREATE FUNCTION "search_compounds"(doc TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(replace(m[1], '-', ''), ' '), '')
  FROM regexp_matches(coalesce(doc, ''), '([[:alnum:]]+(-[[:alnum:]]+)+)', 'g') AS m
$$;

-- The text search configuration of a project's language.
CREATE FUNCTION "search_config"(lang TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE lang WHEN 'kk' THEN 'simple' WHEN 'en' THEN 'english' ELSE 'russian' END)::regconfig
$$;

-- Labels in each language with its own configuration, weight D.
CREATE FUNCTION "search_labels_vector"(primary_direction TEXT, secondary_direction TEXT, social_subtype TEXT,
  tags TEXT[], region TEXT, sdgs INT[])
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(
    to_tsvector('simple', "project_search_labels"('kk', primary_direction, secondary_direction, social_subtype, tags, region, sdgs))
    || to_tsvector('russian', "project_search_labels"('ru', primary_direction, secondary_direction, social_subtype, tags, region, sdgs))
    || to_tsvector('english', "project_search_labels"('en', primary_direction, secondary_direction, social_subtype, tags, region, sdgs)),
    'D')
$$;

-- The document, in two parts. The head: the title in the project's language (Kazakh has no
-- stemmer: 'simple', matched by stem prefix at query time), A. The organizer and settlement word
-- for word, C. The labels of its directions, subtype, tags and region in each language with its
-- own configuration, D. The whole document adds the description, B, and the SDGs' labels, D.
-- Results are ranked on the head alone ("searchRank"): ranking the whole document meant reading
-- some 2.3 KB a row, 100 ms for the 3,700 projects "экология" matches nationally.
CREATE FUNCTION "project_search_head"(title TEXT, lang TEXT, settlement TEXT, organizer TEXT,
  primary_direction TEXT, secondary_direction TEXT, social_subtype TEXT, tags TEXT[], region TEXT)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector("search_config"(lang), coalesce(title, '')), 'A')
    || setweight(to_tsvector('simple', "search_compounds"(title)), 'A')
    || setweight(to_tsvector('simple', concat_ws(' ', organizer, "search_compounds"(organizer), settlement)), 'C')
    || "search_labels_vector"(primary_direction, secondary_direction, social_subtype, tags, region, '{}')
$$;

-- Per row, before it is written: on insert, when a field of the document changes, or when a
-- trigger below asks by setting the column to NULL (an SDG or the organizer's name changed).
CREATE FUNCTION "project_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = \'UPDATE\' AND NEW."searchVector" IS NOT NULL
     AND (NEW."title", NEW."description", NEW."language", NEW."settlement", NEW."organizerId", NEW."primaryDirection",
          NEW."secondaryDirection", NEW."socialSubtype", NEW."birgemiz", NEW."regionCode")
     IS NOT DISTINCT FROM (OLD."title", OLD."description", OLD."language", OLD."settlement", OLD."organizerId",
          OLD."primaryDirection", OLD."secondaryDirection", OLD."socialSubtype", OLD."birgemiz", OLD."regionCode") THEN
    RETURN NEW\073
  END IF\073
  NEW."searchRank" := "project_search_head"(NEW."title", NEW."language"::TEXT, NEW."settlement",
    (SELECT o."name" FROM "Organizer" o WHERE o."id" = NEW."organizerId"),
    NEW."primaryDirection"::TEXT, NEW."secondaryDirection"::TEXT, NEW."socialSubtype"::TEXT, NEW."birgemiz"::TEXT[],
    NEW."regionCode"::TEXT)\073
  NEW."searchVector" := NEW."searchRank"
    || setweight(to_tsvector("search_config"(NEW."language"::TEXT), coalesce(NEW."description", \'\')), \'B\')
    || "search_labels_vector"(NULL, NULL, NULL, \'{}\', NULL,
         ARRAY(SELECT s."sdg" FROM "ProjectSdg" s WHERE s."projectId" = NEW."id"))\073
  RETURN NEW\073
END';

-- An SDG link added or removed, or an organizer renamed: its projects' documents are rebuilt.
-- Statement-level, so a bulk insert (the scale seeder) rebuilds each project once.
CREATE FUNCTION "project_sdg_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Project" SET "searchVector" = NULL WHERE "id" IN (SELECT DISTINCT "projectId" FROM changed)\073
  RETURN NULL\073
END';
CREATE FUNCTION "organizer_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Project" SET "searchVector" = NULL WHERE "organizerId" = NEW."id"\073
  RETURN NULL\073
END';

-- The typo vocabulary now also learns the organizer's name, the settlement and the labels of
-- each published project (so "Ынтымак" finds "Ынтымақ", "жануарлр" finds "жануарларға"), in one
-- sorted statement per save. The goals' names are learnt once, here, not per project: a project's
-- goals are linked after the project row is written, so learning their names then was a second
-- statement of new words, and two projects saved at once waited on each other's words in
-- opposite orders (a deadlock of the demo seed's parallel inserts).
CREATE OR REPLACE FUNCTION "project_search_words_collect"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w
  FROM changed
  LEFT JOIN "Organizer" o ON o."id" = changed."organizerId"
  CROSS JOIN LATERAL "search_words"(concat_ws(\' \', changed."title", changed."description", changed."settlement", o."name",
    "project_search_labels"(\'kk\', changed."primaryDirection"::TEXT, changed."secondaryDirection"::TEXT, changed."socialSubtype"::TEXT, changed."birgemiz"::TEXT[], changed."regionCode"::TEXT, \'{}\'),
    "project_search_labels"(\'ru\', changed."primaryDirection"::TEXT, changed."secondaryDirection"::TEXT, changed."socialSubtype"::TEXT, changed."birgemiz"::TEXT[], changed."regionCode"::TEXT, \'{}\'),
    "project_search_labels"(\'en\', changed."primaryDirection"::TEXT, changed."secondaryDirection"::TEXT, changed."socialSubtype"::TEXT, changed."birgemiz"::TEXT[], changed."regionCode"::TEXT, \'{}\'))) AS w
  WHERE changed."status" = \'PUBLISHED\'
  ORDER BY w
  ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "search_labels"() l, "search_words"(concat_ws(' ', l."kk", l."ru", l."en")) AS w
WHERE l."kind" = 'sdg'
ORDER BY w
ON CONFLICT DO NOTHING;

-- The columns, the index, the triggers, then every existing project's document.
DROP INDEX "Project_search_fts_idx";
ALTER TABLE "Project" DROP COLUMN "searchVector";
ALTER TABLE "Project" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Project" ADD COLUMN "searchRank" tsvector;
-- Kept in the row (compressed when that helps) rather than moved out to the TOAST table: the
-- search reads them for every candidate row, the description only for the page shown.
ALTER TABLE "Project" ALTER COLUMN "searchVector" SET STORAGE MAIN, ALTER COLUMN "searchRank" SET STORAGE MAIN;
CREATE TRIGGER "Project_search_vector" BEFORE INSERT OR UPDATE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION "project_search_vector_refresh"();
CREATE TRIGGER "ProjectSdg_search_insert" AFTER INSERT ON "ProjectSdg"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "project_sdg_search_refresh"();
CREATE TRIGGER "ProjectSdg_search_update" AFTER UPDATE ON "ProjectSdg"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "project_sdg_search_refresh"();
CREATE TRIGGER "ProjectSdg_search_delete" AFTER DELETE ON "ProjectSdg"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "project_sdg_search_refresh"();
CREATE TRIGGER "Organizer_search_rename" AFTER UPDATE OF "name" ON "Organizer"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "organizer_search_refresh"();
UPDATE "Project" SET "searchVector" = NULL;
CREATE INDEX "Project_search_fts_idx" ON "Project" USING GIN ("searchVector") WHERE "status" = 'PUBLISHED';
ANALYZE "Project";

-- A query's words must all match, but a word that is only a stop word ("для", "the") must not
-- count: the query ANDs the tsqueries of its words with this aggregate, which skips NULLs.
CREATE AGGREGATE "tsquery_and_all"(tsquery) (SFUNC = tsquery_and, STYPE = tsquery);
CREATE AGGREGATE "tsquery_or_all"(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);
