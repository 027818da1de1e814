import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { REGION_CODES, REGIONS } from "@/domain/regions";
import { resolveWage, wagesOfPeriod } from "@/domain/region-wages";
import { wageEntityId } from "./mutations";
import { canEditWages, canViewArea } from "./policy";
import {
  buildReport,
  wageStandIn,
  type SdgRow,
  type StatisticsReport,
  type SummaryRow,
  type TrendRow,
  type WageUsed,
} from "./report";
import { buildOpenData, type OpenData, type OpenDataDefinition } from "./open-data";
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
  economicValueKzt: true,
} as const satisfies Prisma.StatSummarySelect;

type SummaryRecord = Prisma.StatSummaryGetPayload<{ select: typeof SUMMARY_SELECT }>;

const toRow = (r: SummaryRecord): SummaryRow => ({
  ...r,
  confirmedHours: r.confirmedHours === null ? null : r.confirmedHours.toNumber(),
  economicValueKzt: r.economicValueKzt === null ? null : r.economicValueKzt.toNumber(),
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

const WAGE_SELECT = {
  regionCode: true,
  year: true,
  quarter: true,
  monthlyWageKzt: true,
  hourlyWageKzt: true,
  sourceTitle: true,
  sourceUrl: true,
  publishedOn: true,
} as const satisfies Prisma.RegionWageSelect;

/**
 * The wage figures that valued an area's hours of a period (the refresh used the same rule, in
 * SQL), per region in the reference order: the period's own, or the stand-in for a missing one.
 */
async function wagesUsed(db: Db, area: Area, period: Period): Promise<WageUsed[]> {
  const figures = await db.regionWage.findMany({
    where: area === NATION ? {} : { regionCode: area },
    select: WAGE_SELECT,
  });
  const regions = area === NATION ? REGION_CODES : [area];
  return regions.flatMap((code) =>
    wagesOfPeriod(figures, code, period.year, period.month).map(({ wage, basis }) => ({ ...wage, basis })),
  );
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
      select: {
        regionCode: true,
        sdg: true,
        impact: true,
        confirmedHours: true,
        economicValueKzt: true,
        volunteers: true,
        projects: true,
      },
    }),
    wagesUsed(db, area, period),
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
    sdg: sdg.map((r): SdgRow => ({
      ...r,
      confirmedHours: r.confirmedHours.toNumber(),
      economicValueKzt: r.economicValueKzt.toNumber(),
    })),
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
export async function getOpenData(
  db: Db,
  year: number,
  definitions: OpenDataDefinition[],
  now = new Date(),
): Promise<OpenData> {
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
    wagesUsed(db, NATION, { year, month: null }),
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
    wageStandIn: wageStandIn(wages),
    definitions,
  });
}

/**
 * The admin's wages page for one period (a year, or a quarter of it): each region's figure of
 * exactly that period if entered, the figure that values the period today (its own, or a
 * stand-in), who changed it last (from the audit log), the period's source, and every period the
 * table holds. Null for anyone but the national admin.
 */
export async function listWages(db: Db, viewer: Viewer | null, period: { year: number; quarter: number | null }) {
  if (!canEditWages(viewer)) return null;
  const { year, quarter } = period;
  const entityIds = REGION_CODES.map((code) => wageEntityId(code, year, quarter));
  const [figures, changes, periods] = await Promise.all([
    db.regionWage.findMany({ select: { ...WAGE_SELECT, id: true } }),
    db.auditLog.findMany({
      where: { entityType: "RegionWage", action: WAGE_AUDIT_ACTION, entityId: { in: entityIds } },
      orderBy: [{ entityId: "asc" }, { createdAt: "desc" }],
      distinct: ["entityId"],
      select: { entityId: true, createdAt: true, actor: { select: { name: true, deletedAt: true } } },
    }),
    db.regionWage.groupBy({ by: ["year", "quarter"], _count: { _all: true }, orderBy: [{ year: "desc" }] }),
  ]);
  const own = figures.filter((f) => f.year === year && f.quarter === quarter);
  const month = quarter ? quarter * 3 - 2 : 1;
  // In the order of the reference list (regions first, then the three cities).
  const rows = REGIONS.map((ref) => {
    const figure = own.find((f) => f.regionCode === ref.code) ?? null;
    const change = changes.find((c) => c.entityId === wageEntityId(ref.code, year, quarter));
    const valuing = quarter
      ? resolveWage(figures, ref.code, year, month)
      : (wagesOfPeriod(figures, ref.code, year, null).find((w) => w.basis !== "QUARTER") ?? null);
    return {
      regionCode: ref.code,
      monthlyWageKzt: figure?.monthlyWageKzt ?? null,
      hourlyWageKzt: figure?.hourlyWageKzt ?? null,
      valuing: valuing ? { ...valuing.wage, basis: valuing.basis } : null,
      changedAt: change?.createdAt ?? null,
      changedBy: change?.actor && !change.actor.deletedAt ? change.actor.name : null,
    };
  });
  const first = own[0];
  return {
    year,
    quarter,
    rows,
    source: first
      ? {
          title: first.sourceTitle,
          url: first.sourceUrl ?? "",
          publishedOn: first.publishedOn?.toISOString().slice(0, 10) ?? "",
        }
      : null,
    periods: periods
      .map((p) => ({ year: p.year, quarter: p.quarter, regions: p._count._all }))
      .sort((a, b) => b.year - a.year || (a.quarter ?? 0) - (b.quarter ?? 0)),
  };
}

/** The wage sources by period, for the public methods page: public reference data, no person named. */
export async function listWageSources(db: Db) {
  const rows = await db.regionWage.groupBy({
    by: ["year", "quarter", "sourceTitle", "sourceUrl", "publishedOn"],
    _count: { _all: true },
    orderBy: [{ year: "desc" }],
  });
  return rows
    .map((r) => ({
      year: r.year,
      quarter: r.quarter,
      title: r.sourceTitle,
      url: r.sourceUrl,
      publishedOn: r.publishedOn,
      regions: r._count._all,
    }))
    .sort((a, b) => b.year - a.year || (a.quarter ?? 0) - (b.quarter ?? 0));
}
