import { resolveWage, type WageFigure } from "@/domain/region-wages";

// The economic value of volunteer work by the replacement-cost method: what the same hours would
// cost if paid at the average wage of the region where the work was done, in the period it was
// done (issue 13). Wages are reference data an admin keeps per region, year and quarter
// (RegionWage, /admin/wages). The statistics refresh values each month's hours in SQL
// (refresh.ts); this is the same rule in TypeScript, which the tests hold the SQL to.
export const VALUATION_METHOD = "REPLACEMENT_COST" as const;

export type HoursOfPeriod = { regionCode: string; year: number; month: number; hours: number };

/**
 * Σ hours × the hourly wage of their region and month (resolveWage: quarter, else year, else the
 * latest earlier year), in whole tenge, rounded once at the end. A region without any wage is a
 * data error, not zero: it throws.
 */
export function economicValueKzt(hours: Iterable<HoursOfPeriod>, figures: readonly WageFigure[]): number {
  let total = 0;
  for (const h of hours) {
    if (h.hours === 0) continue;
    const wage = resolveWage(figures, h.regionCode, h.year, h.month);
    if (!wage) throw new Error(`no hourly wage for region ${h.regionCode}`);
    // Hours carry two decimals: multiply in hundredths so the sum stays exact.
    total += Math.round(h.hours * 100) * wage.wage.hourlyWageKzt;
  }
  return Math.round(total / 100);
}
