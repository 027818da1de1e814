import type { Localized } from "./locales";

// The 20 top-level units of Kazakhstan since June 2022: 17 regions (oblys) and 3 cities of
// republican significance. Each has a regional volunteer front office. The codes mirror the
// Prisma enum RegionCode.
export const REGION_CODES = [
  "ABAI",
  "AKMOLA",
  "AKTOBE",
  "ALMATY_REGION",
  "ATYRAU",
  "EAST_KAZAKHSTAN",
  "JAMBYL",
  "JETISU",
  "KARAGANDA",
  "KOSTANAY",
  "KYZYLORDA",
  "MANGYSTAU",
  "NORTH_KAZAKHSTAN",
  "PAVLODAR",
  "TURKISTAN",
  "ULYTAU",
  "WEST_KAZAKHSTAN",
  "ASTANA",
  "ALMATY_CITY",
  "SHYMKENT",
] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export const REGION_KINDS = ["region", "city"] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export type Region = {
  code: RegionCode;
  name: Localized;
  kind: RegionKind;
  /** The administrative center; for a city, the city itself. */
  center: Localized;
};

const SOURCE: readonly Region[] = [
  {
    code: "ABAI",
    kind: "region",
    name: { kk: "Абай облысы", ru: "область Абай", en: "Abay Region" },
    center: { kk: "Семей", ru: "Семей", en: "Semey" },
  },
  {
    code: "AKMOLA",
    kind: "region",
    name: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
    center: { kk: "Көкшетау", ru: "Кокшетау", en: "Kokshetau" },
  },
  {
    code: "AKTOBE",
    kind: "region",
    name: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
    center: { kk: "Ақтөбе", ru: "Актобе", en: "Aktobe" },
  },
  {
    code: "ALMATY_REGION",
    kind: "region",
    name: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
    center: { kk: "Қонаев", ru: "Қонаев", en: "Konaev" },
  },
  {
    code: "ATYRAU",
    kind: "region",
    name: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
    center: { kk: "Атырау", ru: "Атырау", en: "Atyrau" },
  },
  {
    code: "EAST_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область", en: "East Kazakhstan Region" },
    center: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen" },
  },
  {
    code: "JAMBYL",
    kind: "region",
    name: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region" },
    center: { kk: "Тараз", ru: "Тараз", en: "Taraz" },
  },
  {
    code: "JETISU",
    kind: "region",
    name: { kk: "Жетісу облысы", ru: "область Жетісу", en: "Zhetisu Region" },
    center: { kk: "Талдықорған", ru: "Талдыкорган", en: "Taldykorgan" },
  },
  {
    code: "KARAGANDA",
    kind: "region",
    name: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
    center: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
  },
  {
    code: "KOSTANAY",
    kind: "region",
    name: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
    center: { kk: "Қостанай", ru: "Костанай", en: "Kostanay" },
  },
  {
    code: "KYZYLORDA",
    kind: "region",
    name: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
    center: { kk: "Қызылорда", ru: "Кызылорда", en: "Kyzylorda" },
  },
  {
    code: "MANGYSTAU",
    kind: "region",
    name: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
    center: { kk: "Ақтау", ru: "Актау", en: "Aktau" },
  },
  {
    code: "NORTH_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область", en: "North Kazakhstan Region" },
    center: { kk: "Петропавл", ru: "Петропавловск", en: "Petropavl" },
  },
  {
    code: "PAVLODAR",
    kind: "region",
    name: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
    center: { kk: "Павлодар", ru: "Павлодар", en: "Pavlodar" },
  },
  {
    code: "TURKISTAN",
    kind: "region",
    name: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
    center: { kk: "Түркістан", ru: "Туркестан", en: "Turkistan" },
  },
  {
    code: "ULYTAU",
    kind: "region",
    name: { kk: "Ұлытау облысы", ru: "область Ұлытау", en: "Ulytau Region" },
    center: { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan" },
  },
  {
    code: "WEST_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
    center: { kk: "Орал", ru: "Уральск", en: "Oral" },
  },
  {
    code: "ASTANA",
    kind: "city",
    name: { kk: "Астана", ru: "Астана", en: "Astana" },
    center: { kk: "Астана", ru: "Астана", en: "Astana" },
  },
  {
    code: "ALMATY_CITY",
    kind: "city",
    name: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    center: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
  },
  {
    code: "SHYMKENT",
    kind: "city",
    name: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    center: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
  },
];

// Names follow the 2022 decrees (Russian "область Абай", "область Жетісу", "область Ұлытау", the
// city "Қонаев"); English transliterates Kazakh one way throughout (Zh for Ж, y for й): decision
// 0037. Wages by region and year: ./region-wages.ts.
export const REGIONS: readonly Region[] = SOURCE;

const BY_CODE = new Map<string, Region>(REGIONS.map((r) => [r.code, r]));

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === "string" && BY_CODE.has(value);
}

export function regionByCode(code: RegionCode): Region;
export function regionByCode(code: string): Region | undefined;
export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}
