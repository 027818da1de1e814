import type { RegionCode } from "./regions";

// Regional wages by period: the replacement-cost value of a volunteer hour (issue 13, decision
// 0037). The Bureau of National Statistics publishes the average monthly nominal wage per
// employee by region, for each quarter and for the year; an hour is worth that wage over the
// norm hours of a month. The table lives in RegionWage (an admin keeps it on /admin/wages);
// PUBLISHED_WAGES is only its starting content, inserted by the migration and the seed.

/** Norm working hours in an average month of a 40-hour week (about 2,000 a year / 12). */
export const WORKING_HOURS_PER_MONTH = 167;

/** The value of one hour from a monthly wage, whole tenge. */
export function hourlyFromMonthly(monthlyWageKzt: number): number {
  return Math.round(monthlyWageKzt / WORKING_HOURS_PER_MONTH);
}

export const QUARTERS = [1, 2, 3, 4] as const;

/** The quarter (1–4) of a month (1–12). */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export type WageFigure = {
  regionCode: string;
  year: number;
  /** 1–4; null: the annual average. */
  quarter: number | null;
  hourlyWageKzt: number;
};

/** Which figure valued a period, and whether it is the period's own or a stand-in. */
export type ResolvedWage<W extends WageFigure = WageFigure> = {
  wage: W;
  /** "QUARTER" / "YEAR": the period's own figure; "EARLIER_YEAR" / "LATER_YEAR": a stand-in. */
  basis: "QUARTER" | "YEAR" | "EARLIER_YEAR" | "LATER_YEAR";
};

/**
 * The wage that values a region's hours of one month: the figure of the month's quarter if
 * published, else the year's, else the latest earlier year's annual figure (the current year
 * before the Bureau publishes it), else — for hours older than the whole table — the earliest
 * later year's. Null only when the region has no annual figure at all. The SQL twin is the
 * `swage` table in src/modules/statistics/refresh.ts; tests/integration/statistics.test.ts keeps
 * the two equal.
 */
export function resolveWage<W extends WageFigure>(
  figures: readonly W[],
  regionCode: string,
  year: number,
  month: number,
): ResolvedWage<W> | null {
  const quarter = quarterOf(month);
  let best: { rank: number; order: number; wage: W } | null = null;
  for (const w of figures) {
    if (w.regionCode !== regionCode) continue;
    let rank: number;
    let order = 0;
    if (w.year === year && w.quarter === quarter) rank = 0;
    else if (w.year === year && w.quarter === null) rank = 1;
    else if (w.year < year && w.quarter === null) [rank, order] = [2, -w.year];
    else if (w.year > year && w.quarter === null) [rank, order] = [3, w.year];
    else continue;
    if (!best || rank < best.rank || (rank === best.rank && order < best.order)) best = { rank, order, wage: w };
  }
  if (!best) return null;
  const basis = (["QUARTER", "YEAR", "EARLIER_YEAR", "LATER_YEAR"] as const)[best.rank]!;
  return { wage: best.wage, basis };
}

/**
 * The figures that value the hours of a year (all its months) or one month of it, per region:
 * which years' figures were used, and whether any stand in for a missing one. The statistics
 * pages say "2026 valued at 2025 wages" from this.
 */
export function wagesOfPeriod<W extends WageFigure>(
  figures: readonly W[],
  regionCode: string,
  year: number,
  month: number | null,
): ResolvedWage<W>[] {
  const months = month ? [month] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const seen = new Map<W, ResolvedWage<W>>();
  for (const m of months) {
    const r = resolveWage(figures, regionCode, year, m);
    if (r && !seen.has(r.wage)) seen.set(r.wage, r);
  }
  return [...seen.values()];
}

/** Where the starting figures come from; see decision 0037 for what was and was not verified. */
export const PUBLISHED_WAGE_SOURCES = {
  2024: {
    title:
      "Бюро национальной статистики АСПиР РК: среднемесячная номинальная заработная плата одного работника по регионам, 2024 год (годовые данные)",
    url: "https://stat.gov.kz",
  },
} as const;

/**
 * The 2024 annual average monthly nominal wage by region, tenge. Turkistan, Zhetisu and North
 * Kazakhstan as checked against the Bureau's 2024 table by the review of issue 13; the other 17
 * as before (the review found those it could check within 4 %), not yet checked against the
 * table from this machine — see decision 0037.
 */
export const PUBLISHED_WAGES_2024: Readonly<Record<RegionCode, number>> = {
  ABAI: 335_000,
  AKMOLA: 340_000,
  AKTOBE: 365_000,
  ALMATY_REGION: 345_000,
  ATYRAU: 610_000,
  EAST_KAZAKHSTAN: 385_000,
  JAMBYL: 290_000,
  JETISU: 293_000,
  KARAGANDA: 400_000,
  KOSTANAY: 330_000,
  KYZYLORDA: 340_000,
  MANGYSTAU: 570_000,
  NORTH_KAZAKHSTAN: 293_000,
  PAVLODAR: 390_000,
  TURKISTAN: 295_000,
  ULYTAU: 530_000,
  WEST_KAZAKHSTAN: 350_000,
  ASTANA: 520_000,
  ALMATY_CITY: 490_000,
  SHYMKENT: 305_000,
};
