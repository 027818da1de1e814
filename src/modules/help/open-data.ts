// Requests for help in the open data (GET /api/open-data/help-requests?year=…): how many people
// asked, by region × month × category × outcome, with every total, and how fast the front office
// first acted, by region. Counts only: no text the requester wrote, no settlement, no person,
// no organizer. A request is one person asking, so a count of 1 to MIN_GROUP_SIZE − 1 is
// withheld like a small group of volunteers, and the totals are protected the same way
// (suppressTable in src/modules/statistics/suppression.ts). Documented on /[locale]/open-data.
import { REGIONS } from "@/domain/regions";
import { HELP_CATEGORIES, HELP_CATEGORY_LABELS, type HelpCategory } from "@/domain/help-requests";
import type { Localized } from "@/domain/locales";
import { OPEN_DATA_LICENSE } from "@/modules/statistics/open-data";
import { MIN_GROUP_SIZE, suppressTable, type Disclosure } from "@/modules/statistics/suppression";

export const HELP_OPEN_DATA_VERSION = 1;

/** Where a request ended up; NEW and IN_PROGRESS are both still OPEN. */
export const HELP_OUTCOMES = ["RESOLVED", "DECLINED", "DUPLICATE", "OPEN"] as const;
export type HelpOutcome = (typeof HELP_OUTCOMES)[number];

export function outcomeOf(status: string): HelpOutcome {
  return status === "RESOLVED" || status === "DECLINED" || status === "DUPLICATE" ? status : "OPEN";
}

/** A margin: every region, the whole year, every category or every outcome. */
export const ALL = "ALL";

/** The fields described in kk/ru/en inside the data itself (and on the documentation page). */
export const HELP_OPEN_DATA_FIELDS = [
  "dataset",
  "version",
  "year",
  "asOf",
  "license",
  "documentation",
  "methods",
  "fields",
  "categories",
  "outcomes",
  "regions",
  "cells",
  "region",
  "month",
  "category",
  "outcome",
  "requests",
  "withheld",
  "firstAction",
  "medianHoursToFirstAction",
] as const;
export type HelpOpenDataField = (typeof HELP_OPEN_DATA_FIELDS)[number];

type Withheld = Exclude<Disclosure, "SHOWN">;

export type HelpOpenDataCell = {
  region: string;
  month: string;
  category: HelpCategory | typeof ALL;
  outcome: HelpOutcome | typeof ALL;
  requests: number | null;
  withheld?: Withheld;
};

export type HelpFirstAction = {
  region: string;
  medianHoursToFirstAction: number | null;
  withheld?: Withheld;
};

export type HelpOpenData = {
  dataset: "asar-help-requests";
  version: number;
  year: number;
  asOf: string;
  license: typeof OPEN_DATA_LICENSE;
  documentation: string;
  methods: { period: string; requests: string; outcome: string; firstAction: string; suppression: string };
  fields: Record<HelpOpenDataField, Localized>;
  categories: { code: HelpCategory; name: Localized }[];
  outcomes: { code: HelpOutcome; name: Localized }[];
  regions: { code: string; name: Localized }[];
  cells: HelpOpenDataCell[];
  firstAction: HelpFirstAction[];
};

export type HelpOpenDataInput = {
  year: number;
  asOf: Date;
  /** Months of the year that have begun (0–12). */
  lastMonth: number;
  /** Requests sent in the year, by region, month (1–12, Kazakhstan time), category and status. */
  rows: readonly { regionCode: string; month: number; category: HelpCategory; status: string; requests: number }[];
  /** Per region (null: the whole country): requests someone acted on, and their median hours to the first step. */
  firstAction: readonly { regionCode: string | null; actedOn: number; medianHours: number | null }[];
  /** The field and outcome names in the three languages, from the message files. */
  text: { fields: Record<HelpOpenDataField, Localized>; outcomes: Record<HelpOutcome, Localized> };
};

const monthLabel = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

export function buildHelpOpenData(input: HelpOpenDataInput): HelpOpenData {
  const { year } = input;
  const lastMonth = Math.max(0, Math.min(12, input.lastMonth));
  const regions = REGIONS.map((r) => r.code as string);
  const months = Array.from({ length: lastMonth }, (_, i) => monthLabel(year, i + 1));

  // The published cells. Totals form a tree — the year, its months, each month's regions, each
  // region-month by category × outcome — plus the year by category and by outcome. With every
  // cross-total of four dimensions (region × month, region × category, …) a sparse table has so
  // many cells equal to their total that complementary suppression would withhold nearly all.
  const cells: Omit<HelpOpenDataCell, "requests" | "withheld">[] = [];
  const at = new Map<string, number>();
  const key = (region: string, month: string, category: string, outcome: string) =>
    `${region}|${month}|${category}|${outcome}`;
  const cell = (
    region: string,
    month: string,
    category: HelpCategory | typeof ALL,
    outcome: HelpOutcome | typeof ALL,
  ) => {
    at.set(key(region, month, category, outcome), cells.length);
    cells.push({ region, month, category, outcome });
    return cells.length - 1;
  };
  const totals: number[][] = [];
  const yearTotal = cell(ALL, ALL, ALL, ALL);
  const finest: { category: HelpCategory; outcome: HelpOutcome; index: number }[] = [];
  const byMonth: number[] = [];
  for (const month of months) {
    const nationalMonth = cell(ALL, month, ALL, ALL);
    byMonth.push(nationalMonth);
    const byRegion: number[] = [];
    for (const region of regions) {
      const regionMonth = cell(region, month, ALL, ALL);
      byRegion.push(regionMonth);
      const parts: number[] = [];
      for (const category of HELP_CATEGORIES)
        for (const outcome of HELP_OUTCOMES) {
          const index = cell(region, month, category, outcome);
          parts.push(index);
          finest.push({ category, outcome, index });
        }
      totals.push([regionMonth, ...parts]);
    }
    totals.push([nationalMonth, ...byRegion]);
  }
  totals.push([yearTotal, ...byMonth]);
  const byCategory = HELP_CATEGORIES.map((category) => {
    const index = cell(ALL, ALL, category, ALL);
    totals.push([index, ...finest.filter((f) => f.category === category).map((f) => f.index)]);
    return index;
  });
  const byOutcome = HELP_OUTCOMES.map((outcome) => {
    const index = cell(ALL, ALL, ALL, outcome);
    totals.push([index, ...finest.filter((f) => f.outcome === outcome).map((f) => f.index)]);
    return index;
  });
  totals.push([yearTotal, ...byCategory], [yearTotal, ...byOutcome]);

  // Every request counts in its own cell and in each published total above it.
  const counts = new Array<number>(cells.length).fill(0);
  for (const row of input.rows) {
    if (row.month < 1 || row.month > lastMonth) continue;
    const month = monthLabel(year, row.month);
    const outcome = outcomeOf(row.status);
    for (const k of [
      key(row.regionCode, month, row.category, outcome),
      key(row.regionCode, month, ALL, ALL),
      key(ALL, month, ALL, ALL),
      key(ALL, ALL, ALL, ALL),
      key(ALL, ALL, row.category, ALL),
      key(ALL, ALL, ALL, outcome),
    ]) {
      const index = at.get(k);
      if (index !== undefined) counts[index]! += row.requests;
    }
  }
  const disclosure = suppressTable(counts, totals);

  // Only cells with requests are listed: one that is missing had none.
  const published: HelpOpenDataCell[] = [];
  cells.forEach((c, i) => {
    if (counts[i] === 0) return;
    const shown = disclosure[i] === "SHOWN";
    published.push({
      ...c,
      requests: shown ? counts[i]! : null,
      ...(shown ? {} : { withheld: disclosure[i] as Withheld }),
    });
  });

  // A median over fewer than MIN_GROUP_SIZE requests is about one or two people: withheld.
  const firstAction = [ALL, ...regions].map((code): HelpFirstAction => {
    const row = input.firstAction.find((f) => (f.regionCode ?? ALL) === code);
    const actedOn = row?.actedOn ?? 0;
    if (actedOn > 0 && actedOn < MIN_GROUP_SIZE)
      return { region: code, medianHoursToFirstAction: null, withheld: "SMALL_GROUP" };
    const hours = row?.medianHours;
    return {
      region: code,
      medianHoursToFirstAction: hours === null || hours === undefined ? null : Math.round(hours * 10) / 10,
    };
  });

  return {
    dataset: "asar-help-requests",
    version: HELP_OPEN_DATA_VERSION,
    year,
    asOf: input.asOf.toISOString(),
    license: OPEN_DATA_LICENSE,
    documentation: "/en/open-data#help-requests",
    methods: {
      period: "Calendar months and the year, by when the request was sent, in Kazakhstan time (Asia/Almaty).",
      requests:
        "Requests for help sent through the platform, in the region the requester chose. Each request counts in its cell (region, month, category, outcome) and in every published total containing it: its region's month, the country's month, the year, the year's category and the year's outcome.",
      outcome:
        "The request's state when the data was read: RESOLVED, DECLINED (with a reason), DUPLICATE of another request, or OPEN (new, or being handled). Figures of recent months change as requests are closed.",
      firstAction:
        "Median hours from the request to the first step the region's staff or an organizer took (offering it to an organizer, declining, resolving, marking it a duplicate), over the requests of the year that have had one.",
      suppression: `A count of 1 to ${MIN_GROUP_SIZE - 1} requests is null (withheld: SMALL_GROUP). Where a published total has exactly one withheld part, the smallest other non-zero member (a part, or the total itself) is withheld too (withheld: COMPLEMENTARY), repeated until no total gives a withheld count back by subtraction. A median over 1 to ${MIN_GROUP_SIZE - 1} requests is withheld (SMALL_GROUP).`,
    },
    fields: input.text.fields,
    categories: HELP_CATEGORIES.map((code) => ({ code, name: HELP_CATEGORY_LABELS[code] })),
    outcomes: HELP_OUTCOMES.map((code) => ({ code, name: input.text.outcomes[code] })),
    regions: REGIONS.map((r) => ({ code: r.code, name: r.name })),
    cells: published,
    firstAction,
  };
}

/** The cells as one CSV table, one row per combination with requests (as in the JSON). */
export function helpCellsTable(data: HelpOpenData): (string | number | null)[][] {
  return [
    ["year", "region", "month", "category", "outcome", "requests", "withheld"],
    ...data.cells.map((c) => [data.year, c.region, c.month, c.category, c.outcome, c.requests, c.withheld ?? null]),
  ];
}

/** Median hours to the first action, one row per region and the country (ALL). */
export function helpFirstActionTable(data: HelpOpenData): (string | number | null)[][] {
  return [
    ["year", "region", "medianHoursToFirstAction", "withheld"],
    ...data.firstAction.map((f) => [data.year, f.region, f.medianHoursToFirstAction, f.withheld ?? null]),
  ];
}

/** Every field's meaning in Kazakh, Russian and English. */
export function helpFieldsTable(data: HelpOpenData): string[][] {
  return [
    ["field", "kk", "ru", "en"],
    ...HELP_OPEN_DATA_FIELDS.map((f) => [f, data.fields[f].kk, data.fields[f].ru, data.fields[f].en]),
  ];
}
