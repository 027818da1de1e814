-- AlterTable
ALTER TABLE "StatSummary" ADD COLUMN     "economicValueKzt" DECIMAL(18,2);

-- AlterTable
ALTER TABLE "StatSdg" ADD COLUMN     "economicValueKzt" DECIMAL(18,2) NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RegionWage" (
    "id" SERIAL NOT NULL,
    "regionCode" "RegionCode" NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER,
    "monthlyWageKzt" INTEGER NOT NULL,
    "hourlyWageKzt" INTEGER NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "publishedOn" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RegionWage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegionWage_year_idx" ON "RegionWage"("year");

-- AddForeignKey
ALTER TABLE "RegionWage" ADD CONSTRAINT "RegionWage_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- asar:custom
-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).
-- One figure per region, year and quarter (the annual one has quarter NULL).
CREATE UNIQUE INDEX "RegionWage_region_year_quarter_key" ON "RegionWage"("regionCode", "year", "quarter") NULLS NOT DISTINCT;
ALTER TABLE "RegionWage" ADD CONSTRAINT "RegionWage_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4);
ALTER TABLE "RegionWage" ADD CONSTRAINT "RegionWage_wage_check" CHECK ("monthlyWageKzt" > 0 AND "hourlyWageKzt" > 0);

-- The 2024 annual figures (decision 0037 says which were checked against the Bureau's table).
-- The single wage each region had before (Region.hourlyWageKzt, no longer read) is not copied: it
-- was one estimate for every year. Earlier corrections by an admin stay in the audit log.
-- Only for regions already there: on a fresh database the seed inserts the regions and these.
INSERT INTO "RegionWage" ("regionCode", "year", "quarter", "monthlyWageKzt", "hourlyWageKzt", "sourceTitle", "sourceUrl", "publishedOn", "updatedAt")
SELECT v.* FROM (VALUES
  ('ABAI'::"RegionCode", 2024, NULL::int, 335000, 2006, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('AKMOLA'::"RegionCode", 2024, NULL::int, 340000, 2036, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('AKTOBE'::"RegionCode", 2024, NULL::int, 365000, 2186, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('ALMATY_REGION'::"RegionCode", 2024, NULL::int, 345000, 2066, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('ATYRAU'::"RegionCode", 2024, NULL::int, 610000, 3653, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('EAST_KAZAKHSTAN'::"RegionCode", 2024, NULL::int, 385000, 2305, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('JAMBYL'::"RegionCode", 2024, NULL::int, 290000, 1737, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('JETISU'::"RegionCode", 2024, NULL::int, 293000, 1754, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('KARAGANDA'::"RegionCode", 2024, NULL::int, 400000, 2395, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('KOSTANAY'::"RegionCode", 2024, NULL::int, 330000, 1976, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('KYZYLORDA'::"RegionCode", 2024, NULL::int, 340000, 2036, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('MANGYSTAU'::"RegionCode", 2024, NULL::int, 570000, 3413, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('NORTH_KAZAKHSTAN'::"RegionCode", 2024, NULL::int, 293000, 1754, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('PAVLODAR'::"RegionCode", 2024, NULL::int, 390000, 2335, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('TURKISTAN'::"RegionCode", 2024, NULL::int, 295000, 1766, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('ULYTAU'::"RegionCode", 2024, NULL::int, 530000, 3174, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('WEST_KAZAKHSTAN'::"RegionCode", 2024, NULL::int, 350000, 2096, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('ASTANA'::"RegionCode", 2024, NULL::int, 520000, 3114, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('ALMATY_CITY'::"RegionCode", 2024, NULL::int, 490000, 2934, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now()),
  ('SHYMKENT'::"RegionCode", 2024, NULL::int, 305000, 1826, 'Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)', 'https://stat.gov.kz', NULL::date, now())
) AS v JOIN "Region" r ON r."code" = v.column1
ON CONFLICT DO NOTHING;

-- Region names (2022 decrees, one English transliteration) and the three classification labels
-- changed: the search labels' copy in the database, and every project's search document.
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
  ('direction', 'ETHNIC', 'тарихи және ұлттық жад, мәдени мұра, этномәдени бірлестіктер, Достық үйлері этно', 'историческая и национальная память, культурное наследие, этнокультурные объединения, Дома дружбы этно', 'Ethnic historical and national memory, cultural heritage, ethnocultural associations, Friendship Houses'),
  ('socialSubtype', 'CRISIS_CENTERS', 'Дағдарыс орталықтарындағы', 'в кризисных центрах', 'in crisis centers'),
  ('socialSubtype', 'HOSPICE', 'Хоспистегі', 'Хосписное', 'Hospice'),
  ('socialSubtype', 'SPECIAL_NEEDS', 'Денсаулығына байланысты ерекше қажеттіліктері бар балалар мен ересектерге көмек', 'Помощь детям и взрослым с особыми потребностями здоровья', 'Children and adults with special health needs'),
  ('socialSubtype', 'CHILDREN_FAMILIES', 'Балалар үйлеріндегі, толық емес және әлеуметтік әлсіз отбасылардағы балаларға, кәмелетке толмағандарды бейімдеу орталықтарына көмек', 'Помощь детям в домах социальной защиты, из неполных и неблагополучных семей, в центрах адаптации несовершеннолетних', 'Children in care, single-parent families and juvenile adaptation centers'),
  ('socialSubtype', 'PRISONERS', 'Сотталғандар мен бұрын сотталғандарға көмек', 'Помощь осужденным и бывшим осужденным', 'Prisoners and former prisoners'),
  ('socialSubtype', 'ELDERLY', 'Қарттарға, жалғыз басты және қиын жағдайдағы адамдарға көмек', 'Помощь пожилым, одиноким людям и людям в трудной ситуации', 'Elderly people and people living alone or in difficult situations'),
  ('socialSubtype', 'ADDICTION_PREVENTION', 'Нашақорлық пен басқа да тәуелділіктердің алдын алу және азайту, тәуелді адамдармен жұмыс', 'Профилактика и снижение наркомании и других зависимостей, работа с зависимыми людьми', 'Preventing and reducing drug addiction and other dependencies, work with people with addictions'),
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
  ('region', 'ABAI', 'Абай облысы Семей', 'область Абай Семей', 'Abay Region Semey'),
  ('region', 'AKMOLA', 'Ақмола облысы Көкшетау', 'Акмолинская область Кокшетау', 'Akmola Region Kokshetau'),
  ('region', 'AKTOBE', 'Ақтөбе облысы Ақтөбе', 'Актюбинская область Актобе', 'Aktobe Region Aktobe'),
  ('region', 'ALMATY_REGION', 'Алматы облысы Қонаев', 'Алматинская область Қонаев', 'Almaty Region Konaev'),
  ('region', 'ATYRAU', 'Атырау облысы Атырау', 'Атырауская область Атырау', 'Atyrau Region Atyrau'),
  ('region', 'EAST_KAZAKHSTAN', 'Шығыс Қазақстан облысы Өскемен', 'Восточно-Казахстанская область Усть-Каменогорск', 'East Kazakhstan Region Oskemen'),
  ('region', 'JAMBYL', 'Жамбыл облысы Тараз', 'Жамбылская область Тараз', 'Zhambyl Region Taraz'),
  ('region', 'JETISU', 'Жетісу облысы Талдықорған', 'область Жетісу Талдыкорган', 'Zhetisu Region Taldykorgan'),
  ('region', 'KARAGANDA', 'Қарағанды облысы Қарағанды', 'Карагандинская область Караганда', 'Karaganda Region Karaganda'),
  ('region', 'KOSTANAY', 'Қостанай облысы Қостанай', 'Костанайская область Костанай', 'Kostanay Region Kostanay'),
  ('region', 'KYZYLORDA', 'Қызылорда облысы Қызылорда', 'Кызылординская область Кызылорда', 'Kyzylorda Region Kyzylorda'),
  ('region', 'MANGYSTAU', 'Маңғыстау облысы Ақтау', 'Мангистауская область Актау', 'Mangystau Region Aktau'),
  ('region', 'NORTH_KAZAKHSTAN', 'Солтүстік Қазақстан облысы Петропавл', 'Северо-Казахстанская область Петропавловск', 'North Kazakhstan Region Petropavl'),
  ('region', 'PAVLODAR', 'Павлодар облысы Павлодар', 'Павлодарская область Павлодар', 'Pavlodar Region Pavlodar'),
  ('region', 'TURKISTAN', 'Түркістан облысы Түркістан', 'Туркестанская область Туркестан', 'Turkistan Region Turkistan'),
  ('region', 'ULYTAU', 'Ұлытау облысы Жезқазған', 'область Ұлытау Жезказган', 'Ulytau Region Zhezkazgan'),
  ('region', 'WEST_KAZAKHSTAN', 'Батыс Қазақстан облысы Орал', 'Западно-Казахстанская область Уральск', 'West Kazakhstan Region Oral'),
  ('region', 'ASTANA', 'Астана Астана', 'Астана Астана', 'Astana Astana'),
  ('region', 'ALMATY_CITY', 'Алматы Алматы', 'Алматы Алматы', 'Almaty Almaty'),
  ('region', 'SHYMKENT', 'Шымкент Шымкент', 'Шымкент Шымкент', 'Shymkent Shymkent')
$$;
UPDATE "Project" SET "searchVector" = NULL;
