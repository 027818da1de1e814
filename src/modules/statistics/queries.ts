import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { REGIONS } from "@/domain/regions";
import { canEditWages, canViewArea } from "./policy";
import { buildReport, type SdgRow, type StatisticsReport, type SummaryRow, type TrendRow } from "./report";
import { buildOpenData, type OpenData } from "./open-data";
import { currentYear, kzYearMonth, NATION, type Area, type Period } from "./schema";
import { WAGE_AUDIT_ACTION } from "./schema";

// Statistics are read from the summaries (StatSummary, StatSdg) only, never from the source
// tables: a page reads a few hundred pre-computed rows. Who may read which area is decided here,
// in the query layer, whatever page or route asks.

const SUMMARY_SELECT = {
  regionCode: true,
  dimension: true,
  value: true,
  activeVolunteers: true,
  hoursVolunteers: true,
  newVolunteers: true,
  applications: true,
  confirmedHours: true,
  projects: true,
  events: true,
  organizersNew: true,
  organizersTotal: true,
} as const satisfies Prisma.StatSummarySelect;

type SummaryRecord = Prisma.StatSummaryGetPayload<{ select: typeof SUMMARY_SELECT }>;

const toRow = (r: SummaryRecord): SummaryRow => ({
  ...r,
  confirmedHours: r.confirmedHours === null ? null : r.confirmedHours.toNumber(),
});

/** A period's first day, as the @db.Date value Prisma stores. */
export function periodStart(year: number, month: number | null): Date {
  return new Date(Date.UTC(year, (month ?? 1) - 1, 1));
}

/** The last month of `year` that has begun in Kazakhstan (12 for past years, 0 for future ones). */
export function lastMonthOf(year: number, now = new Date()): number {
  const current = kzYearMonth(now);
  if (year < current.year) return 12;
  if (year > current.year) return 0;
  return current.month;
}

/** The area's own rows, and for the whole country each region's too (their wages value the hours). */
function areaWhere(area: Area): Prisma.StatSummaryWhereInput {
  return area === NATION ? {} : { regionCode: area };
}

async function wageMap(db: Db): Promise<Map<string, number>> {
  const regions = await db.region.findMany({ select: { code: true, hourlyWageKzt: true } });
  return new Map(regions.map((r) => [r.code, r.hourlyWageKzt]));
}

/** When the figures of a year were computed: the start of the last rebuild that covered it. */
async function asOf(db: Db, year: number): Promise<Date | null> {
  const last = await db.statRefresh.findFirst({
    where: { years: { has: year } },
    orderBy: { id: "desc" },
    select: { startedAt: true },
  });
  return last?.startedAt ?? null;
}

/**
 * Reads and builds a report without asking who wants it: only for the functions below, which
 * decide that first. Public reports withhold small groups.
 */
async function unsafeReadReport(
  db: Db,
  area: Area,
  period: Period,
  publicView: boolean,
  now = new Date(),
): Promise<StatisticsReport> {
  const yearStart = periodStart(period.year, null);
  const nextYear = periodStart(period.year + 1, null);
  const where = areaWhere(area);
  const [rows, trend, sdg, wages, at] = await Promise.all([
    db.statSummary.findMany({
      where: { periodKind: period.month ? "MONTH" : "YEAR", period: periodStart(period.year, period.month), ...where },
      select: SUMMARY_SELECT,
    }),
    db.statSummary.findMany({
      where: { periodKind: "MONTH", period: { gte: yearStart, lt: nextYear }, dimension: "TOTAL", ...where },
      select: { ...SUMMARY_SELECT, period: true },
    }),
    db.statSdg.findMany({
      where: {
        periodKind: period.month ? "MONTH" : "YEAR",
        period: periodStart(period.year, period.month),
        ...(area === NATION ? {} : { regionCode: area }),
      },
      select: { regionCode: true, sdg: true, impact: true, confirmedHours: true, volunteers: true, projects: true },
    }),
    wageMap(db),
    asOf(db, period.year),
  ]);
  return buildReport({
    area,
    period,
    asOf: at,
    publicView,
    rows: rows.map(toRow),
    trend: trend.map(({ period: p, ...r }): TrendRow => ({ ...toRow(r), month: p.getUTCMonth() + 1 })),
    lastMonth: lastMonthOf(period.year, now),
    sdg: sdg.map((r): SdgRow => ({ ...r, confirmedHours: r.confirmedHours.toNumber() })),
    wages,
  });
}

/**
 * The full report of an area (every cut, exact figures) for those who may see it: admins any
 * area including the whole country, regional staff their own regions. Null for anyone else —
 * the page answers 404 and the export route 404, so another region's figures never leave.
 */
export async function getAreaReport(
  db: Db,
  viewer: Viewer | null,
  area: Area,
  period: Period,
  now = new Date(),
): Promise<StatisticsReport | null> {
  if (!canViewArea(viewer, area)) return null;
  return unsafeReadReport(db, area, period, false, now);
}

/** The public national overview: anyone, no sign-in; small groups withheld. */
export async function getPublicReport(db: Db, period: Period, now = new Date()): Promise<StatisticsReport> {
  return unsafeReadReport(db, NATION, period, true, now);
}

/** The years that have figures, newest first (the current year always). */
export async function statisticsYears(db: Db, now = new Date()): Promise<number[]> {
  const rows = await db.statSummary.findMany({
    where: { periodKind: "YEAR", regionCode: null, dimension: "TOTAL" },
    select: { period: true },
    distinct: ["period"],
  });
  const years = new Set([currentYear(now), ...rows.map((r) => r.period.getUTCFullYear())]);
  return [...years].sort((a, b) => b - a);
}

/** The public open data of a year: national and per region by month, small groups withheld. */
export async function getOpenData(db: Db, year: number, now = new Date()): Promise<OpenData> {
  const yearStart = periodStart(year, null);
  const nextYear = periodStart(year + 1, null);
  const [months, total, sdg, wages, at] = await Promise.all([
    db.statSummary.findMany({
      where: { periodKind: "MONTH", period: { gte: yearStart, lt: nextYear }, dimension: "TOTAL" },
      select: { ...SUMMARY_SELECT, period: true },
    }),
    db.statSummary.findMany({
      where: { periodKind: "YEAR", period: yearStart, dimension: "TOTAL" },
      select: SUMMARY_SELECT,
    }),
    db.statSdg.findMany({
      where: { periodKind: { in: ["MONTH", "YEAR"] }, period: { gte: yearStart, lt: nextYear } },
      select: {
        periodKind: true,
        period: true,
        regionCode: true,
        sdg: true,
        impact: true,
        confirmedHours: true,
        volunteers: true,
      },
    }),
    wageMap(db),
    asOf(db, year),
  ]);
  return buildOpenData({
    year,
    asOf: at,
    lastMonth: lastMonthOf(year, now),
    months: months.map(({ period, ...r }) => ({ ...toRow(r), month: period.getUTCMonth() + 1 })),
    yearRows: total.map(toRow),
    sdg: sdg.map((r) => ({
      month: r.periodKind === "YEAR" ? null : r.period.getUTCMonth() + 1,
      regionCode: r.regionCode,
      sdg: r.sdg,
      impact: r.impact,
      confirmedHours: r.confirmedHours.toNumber(),
      volunteers: r.volunteers,
    })),
    wages,
  });
}

/** The reference wages with who changed each last (from the audit log), for the admin's form; null for anyone else. */
export async function listWages(db: Db, viewer: Viewer | null) {
  if (!canEditWages(viewer)) return null;
  const [regions, changes] = await Promise.all([
    db.region.findMany({ select: { code: true, hourlyWageKzt: true } }),
    db.auditLog.findMany({
      where: { entityType: "Region", action: WAGE_AUDIT_ACTION },
      orderBy: [{ entityId: "asc" }, { createdAt: "desc" }],
      distinct: ["entityId"],
      select: { entityId: true, createdAt: true, actor: { select: { name: true, deletedAt: true } } },
    }),
  ]);
  const byCode = new Map(regions.map((r) => [r.code, r.hourlyWageKzt]));
  // In the order of the reference list (regions first, then the three cities).
  return REGIONS.map((ref) => {
    const change = changes.find((c) => c.entityId === ref.code);
    return {
      regionCode: ref.code,
      hourlyWageKzt: byCode.get(ref.code) ?? ref.defaultHourlyWageKzt,
      defaultHourlyWageKzt: ref.defaultHourlyWageKzt,
      averageMonthlyWageKzt: ref.averageMonthlyWageKzt,
      changedAt: change?.createdAt ?? null,
      changedBy: change?.actor && !change.actor.deletedAt ? change.actor.name : null,
    };
  });
}
