import { z } from "zod";
import { REGION_CODES, type RegionCode } from "@/domain/regions";

/** The whole country, where a region code would be. */
export const NATION = "KZ" as const;
export type Area = RegionCode | typeof NATION;
export const AREAS = [NATION, ...REGION_CODES] as const;

export function isArea(value: unknown): value is Area {
  return typeof value === "string" && (AREAS as readonly string[]).includes(value);
}

/** A calendar year, or one month of it (1–12), in Kazakhstan time. */
export type Period = { year: number; month: number | null };

export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;

/** The statistics pages' filters, read from the URL. Unknown values fall back to the defaults. */
export const statisticsFilterSchema = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
  month: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
  area: z.enum(AREAS).optional().catch(undefined),
});
export type StatisticsFilter = z.output<typeof statisticsFilterSchema>;

const KZ_YEAR_MONTH = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit" });

/** The year and month (1–12) of an instant in Kazakhstan, from the tz database. */
export function kzYearMonth(now = new Date()): { year: number; month: number } {
  const parts = KZ_YEAR_MONTH.formatToParts(now);
  return {
    year: Number(parts.find((p) => p.type === "year")!.value),
    month: Number(parts.find((p) => p.type === "month")!.value),
  };
}

/** The current year in Kazakhstan. */
export function currentYear(now = new Date()): number {
  return kzYearMonth(now).year;
}

export function periodOf(filter: StatisticsFilter, now = new Date()): Period {
  return { year: filter.year ?? currentYear(now), month: filter.month ?? null };
}

/** The query string of a period (and area), for links and the export URLs. */
export function periodQuery(period: Period, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    year: String(period.year),
    ...(period.month ? { month: String(period.month) } : {}),
    ...extra,
  });
  return `?${params.toString()}`;
}

/**
 * The regional wages form: one period (a year, or one quarter of it) with its published source,
 * and every region's average monthly nominal wage in whole tenge (the hour's value is derived).
 */
export const WAGE_MIN = 10_000;
export const WAGE_MAX = 10_000_000;
const wage = z.coerce
  .number({ error: "statistics.validation.wageRange" })
  .int("statistics.validation.wageWhole")
  .min(WAGE_MIN, "statistics.validation.wageRange")
  .max(WAGE_MAX, "statistics.validation.wageRange");

export const wagesSchema = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
  /** "" for the annual figure, "1"–"4" for a quarter. */
  quarter: z.enum(["", "1", "2", "3", "4"]),
  sourceTitle: z
    .string()
    .trim()
    .min(3, "statistics.validation.sourceTitle")
    .max(300, "statistics.validation.sourceTitle"),
  sourceUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "statistics.validation.sourceUrl" })]),
  publishedOn: z.union([z.literal(""), z.iso.date("statistics.validation.publishedOn")]),
  ...(Object.fromEntries(REGION_CODES.map((code) => [code, wage])) as Record<RegionCode, typeof wage>),
});
export type WagesInput = z.input<typeof wagesSchema>;
export type WagesOutput = z.output<typeof wagesSchema>;

/** The period the admin's wages page shows, from its URL. */
export const wagePeriodSchema = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined),
  quarter: z.enum(["1", "2", "3", "4"]).optional().catch(undefined),
});

/** The audit log's action for a changed regional wage. */
export const WAGE_AUDIT_ACTION = "region.wage.update";
