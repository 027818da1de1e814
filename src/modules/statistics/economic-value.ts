// The economic value of volunteer work by the replacement-cost method: what the same hours would
// cost if paid at the average hourly wage of the region where the work was done. Wages are
// reference data an admin keeps (Region.hourlyWageKzt, /admin/wages); the value is computed when
// a page is read, so a corrected wage shows at once, for every period.
export const VALUATION_METHOD = "REPLACEMENT_COST" as const;

/**
 * Σ hours × the region's hourly wage, in whole tenge (rounded once, at the end). A region
 * without a wage is a data error, not zero: it throws.
 */
export function economicValueKzt(
  hoursByRegion: Iterable<readonly [string, number]>,
  wages: ReadonlyMap<string, number>,
): number {
  let total = 0;
  for (const [region, hours] of hoursByRegion) {
    if (hours === 0) continue;
    const wage = wages.get(region);
    if (wage === undefined) throw new Error(`no hourly wage for region ${region}`);
    // Hours carry two decimals: multiply in hundredths so the sum stays exact.
    total += Math.round(hours * 100) * wage;
  }
  return Math.round(total / 100);
}
