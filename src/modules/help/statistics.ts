import "server-only";
import type { Db } from "@/server/prisma-client";
import type { HelpCategory, HelpRequestStatus, RegionCode } from "@/generated/prisma/enums";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { canViewArea } from "@/modules/statistics/policy";
import { NATION, type Area, type Period } from "@/modules/statistics/schema";
import { KZ_TIME_ZONE, zonedToUtc } from "@/domain/time";
import { LOCALES, type Localized } from "@/domain/locales";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { lastMonthOf } from "@/modules/statistics/queries";
import { MIN_GROUP_SIZE } from "@/modules/statistics/suppression";
import {
  buildHelpOpenData,
  HELP_OPEN_DATA_FIELDS,
  HELP_OUTCOMES,
  type HelpOpenData,
  type HelpOpenDataField,
  type HelpOpenDataInput,
  type HelpOutcome,
} from "./open-data";

/** The requests for help of an area and period, by Kazakhstan's calendar: [from, to). */
function bounds(period: Period): { from: Date; to: Date } {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (period.month === null)
    return { from: zonedToUtc(`${period.year}-01-01`, "00:00"), to: zonedToUtc(`${period.year + 1}-01-01`, "00:00") };
  const next = period.month === 12 ? { y: period.year + 1, m: 1 } : { y: period.year, m: period.month + 1 };
  return {
    from: zonedToUtc(`${period.year}-${pad(period.month)}-01`, "00:00"),
    to: zonedToUtc(`${next.y}-${pad(next.m)}-01`, "00:00"),
  };
}

export type HelpRequestFigures = {
  total: number;
  byStatus: Partial<Record<HelpRequestStatus, number>>;
  byCategory: { category: HelpCategory; count: number }[];
  /** Median hours from the request to the first step anyone took; null when none was taken. */
  medianHoursToFirstAction: number | null;
};

/**
 * What the regional report says about requests for help sent in the period: how many, their
 * outcome so far, what was asked, and how fast the front office first acted. For those who may
 * see the area's full report (canViewArea); null for anyone else.
 */
export async function helpRequestFigures(
  db: Db,
  viewer: Viewer | null,
  area: Area,
  period: Period,
): Promise<HelpRequestFigures | null> {
  if (!canViewArea(viewer, area)) return null;
  const { from, to } = bounds(period);
  const where = {
    createdAt: { gte: from, lt: to },
    ...(area === NATION ? {} : { regionCode: area as RegionCode }),
  };
  const region = area === NATION ? Prisma.sql`` : Prisma.sql`AND "regionCode" = ${area}::"RegionCode"`;
  const [byStatus, byCategory, median] = await Promise.all([
    db.helpRequest.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.helpRequest.groupBy({ by: ["category"], where, _count: { _all: true } }),
    db.$queryRaw<{ hours: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("firstActionAt" - "createdAt")) / 3600)::float8 AS hours
      FROM "HelpRequest"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND "firstActionAt" IS NOT NULL ${region}`,
  ]);
  const hours = median[0]?.hours;
  return {
    total: byStatus.reduce((s, r) => s + r._count._all, 0),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])),
    byCategory: byCategory
      .map((r) => ({ category: r.category, count: r._count._all }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    medianHoursToFirstAction: hours === null || hours === undefined ? null : Math.round(hours * 10) / 10,
  };
}

/** The open data of the requests sent in a year (public: counts only, small groups withheld by buildHelpOpenData). */
export async function getHelpOpenData(db: Db, year: number, now = new Date()): Promise<HelpOpenData> {
  const { from, to } = bounds({ year, month: null });
  const [rows, firstAction, text] = await Promise.all([
    db.$queryRaw<{ regionCode: string; month: number; category: HelpCategory; status: string; requests: number }[]>`
      SELECT "regionCode"::text AS "regionCode",
             extract(month FROM "createdAt" AT TIME ZONE 'UTC' AT TIME ZONE ${KZ_TIME_ZONE})::int AS month,
             category::text AS category, status::text AS status, count(*)::int AS requests
      FROM "HelpRequest"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to}
      GROUP BY 1, 2, 3, 4`,
    db.$queryRaw<{ regionCode: string | null; actedOn: number; medianHours: number | null }[]>`
      SELECT "regionCode"::text AS "regionCode", count(*)::int AS "actedOn",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("firstActionAt" - "createdAt")) / 3600)::float8 AS "medianHours"
      FROM "HelpRequest"
      WHERE "createdAt" >= ${from} AND "createdAt" < ${to} AND "firstActionAt" IS NOT NULL
      GROUP BY ROLLUP ("regionCode")`,
    helpOpenDataText(),
  ]);
  return buildHelpOpenData({ year, asOf: now, lastMonth: lastMonthOf(year, now), rows, firstAction, text });
}

/** The fields' and outcomes' names in the three languages, read from the message files. */
async function helpOpenDataText(): Promise<HelpOpenDataInput["text"]> {
  const all = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = createTranslator({
        locale,
        messages: await loadMessages(locale),
        namespace: "statistics.openData.help",
      }) as unknown as (key: string, values?: Record<string, string | number>) => string;
      return { locale, t };
    }),
  );
  const localized = (key: string) =>
    Object.fromEntries(all.map(({ locale, t }) => [locale, t(key, { min: MIN_GROUP_SIZE })])) as Localized;
  return {
    fields: Object.fromEntries(HELP_OPEN_DATA_FIELDS.map((f) => [f, localized(`fields.${f}`)])) as Record<
      HelpOpenDataField,
      Localized
    >,
    outcomes: Object.fromEntries(HELP_OUTCOMES.map((o) => [o, localized(`outcomes.${o}`)])) as Record<
      HelpOutcome,
      Localized
    >,
  };
}
