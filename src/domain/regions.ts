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
  /** Estimated average monthly nominal wage, 2024, tenge. */
  averageMonthlyWageKzt: number;
  /**
   * Replacement-cost value of one volunteer hour, tenge: the monthly wage over
   * WORKING_HOURS_PER_MONTH, rounded. Only the seed's starting value: the national admin keeps
   * the live figure in the Region table.
   */
  defaultHourlyWageKzt: number;
};

/** Norm working hours in an average month of a 40-hour week (about 2,000 a year / 12). */
export const WORKING_HOURS_PER_MONTH = 167;

// Monthly wages are estimates of the 2024 annual averages published by the Bureau of National
// Statistics (average monthly nominal wage per employee, by region), rounded to 5,000 tenge.
// The national average was about 400,000 tenge; oil regions and the two largest cities lead,
// the southern agricultural regions trail. Check against the Bureau's table before reporting.
type RegionSource = Omit<Region, "defaultHourlyWageKzt">;

const SOURCE: readonly RegionSource[] = [
  {
    code: "ABAI",
    kind: "region",
    name: { kk: "Абай облысы", ru: "Абайская область", en: "Abai Region" },
    center: { kk: "Семей", ru: "Семей", en: "Semey" },
    averageMonthlyWageKzt: 335_000,
  },
  {
    code: "AKMOLA",
    kind: "region",
    name: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
    center: { kk: "Көкшетау", ru: "Кокшетау", en: "Kokshetau" },
    averageMonthlyWageKzt: 340_000,
  },
  {
    code: "AKTOBE",
    kind: "region",
    name: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
    center: { kk: "Ақтөбе", ru: "Актобе", en: "Aktobe" },
    averageMonthlyWageKzt: 365_000,
  },
  {
    code: "ALMATY_REGION",
    kind: "region",
    name: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
    center: { kk: "Қонаев", ru: "Конаев", en: "Konaev" },
    averageMonthlyWageKzt: 345_000,
  },
  {
    code: "ATYRAU",
    kind: "region",
    name: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
    center: { kk: "Атырау", ru: "Атырау", en: "Atyrau" },
    averageMonthlyWageKzt: 610_000,
  },
  {
    code: "EAST_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Шығыс Қазақстан облысы", ru: "Восточно-Казахстанская область", en: "East Kazakhstan Region" },
    center: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen" },
    averageMonthlyWageKzt: 385_000,
  },
  {
    code: "JAMBYL",
    kind: "region",
    name: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Jambyl Region" },
    center: { kk: "Тараз", ru: "Тараз", en: "Taraz" },
    averageMonthlyWageKzt: 290_000,
  },
  {
    code: "JETISU",
    kind: "region",
    name: { kk: "Жетісу облысы", ru: "Жетысуская область", en: "Jetisu Region" },
    center: { kk: "Талдықорған", ru: "Талдыкорган", en: "Taldykorgan" },
    averageMonthlyWageKzt: 310_000,
  },
  {
    code: "KARAGANDA",
    kind: "region",
    name: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
    center: { kk: "Қарағанды", ru: "Караганда", en: "Karaganda" },
    averageMonthlyWageKzt: 400_000,
  },
  {
    code: "KOSTANAY",
    kind: "region",
    name: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
    center: { kk: "Қостанай", ru: "Костанай", en: "Kostanay" },
    averageMonthlyWageKzt: 330_000,
  },
  {
    code: "KYZYLORDA",
    kind: "region",
    name: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
    center: { kk: "Қызылорда", ru: "Кызылорда", en: "Kyzylorda" },
    averageMonthlyWageKzt: 340_000,
  },
  {
    code: "MANGYSTAU",
    kind: "region",
    name: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
    center: { kk: "Ақтау", ru: "Актау", en: "Aktau" },
    averageMonthlyWageKzt: 570_000,
  },
  {
    code: "NORTH_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Солтүстік Қазақстан облысы", ru: "Северо-Казахстанская область", en: "North Kazakhstan Region" },
    center: { kk: "Петропавл", ru: "Петропавловск", en: "Petropavl" },
    averageMonthlyWageKzt: 315_000,
  },
  {
    code: "PAVLODAR",
    kind: "region",
    name: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
    center: { kk: "Павлодар", ru: "Павлодар", en: "Pavlodar" },
    averageMonthlyWageKzt: 390_000,
  },
  {
    code: "TURKISTAN",
    kind: "region",
    name: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
    center: { kk: "Түркістан", ru: "Туркестан", en: "Turkistan" },
    averageMonthlyWageKzt: 275_000,
  },
  {
    code: "ULYTAU",
    kind: "region",
    name: { kk: "Ұлытау облысы", ru: "Улытауская область", en: "Ulytau Region" },
    center: { kk: "Жезқазған", ru: "Жезказган", en: "Zhezkazgan" },
    averageMonthlyWageKzt: 530_000,
  },
  {
    code: "WEST_KAZAKHSTAN",
    kind: "region",
    name: { kk: "Батыс Қазақстан облысы", ru: "Западно-Казахстанская область", en: "West Kazakhstan Region" },
    center: { kk: "Орал", ru: "Уральск", en: "Oral" },
    averageMonthlyWageKzt: 350_000,
  },
  {
    code: "ASTANA",
    kind: "city",
    name: { kk: "Астана", ru: "Астана", en: "Astana" },
    center: { kk: "Астана", ru: "Астана", en: "Astana" },
    averageMonthlyWageKzt: 520_000,
  },
  {
    code: "ALMATY_CITY",
    kind: "city",
    name: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    center: { kk: "Алматы", ru: "Алматы", en: "Almaty" },
    averageMonthlyWageKzt: 490_000,
  },
  {
    code: "SHYMKENT",
    kind: "city",
    name: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    center: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    averageMonthlyWageKzt: 305_000,
  },
];

export const REGIONS: readonly Region[] = SOURCE.map((r) => ({
  ...r,
  defaultHourlyWageKzt: Math.round(r.averageMonthlyWageKzt / WORKING_HOURS_PER_MONTH),
}));

const BY_CODE = new Map<string, Region>(REGIONS.map((r) => [r.code, r]));

export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === "string" && BY_CODE.has(value);
}

export function regionByCode(code: RegionCode): Region;
export function regionByCode(code: string): Region | undefined;
export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code);
}
