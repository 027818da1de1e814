// The statistics report of one area and period, built from the summary rows: the one model that
// the pages, the CSV and the XLSX all render, so the downloads carry exactly the page's figures.
// Pure: the query layer (queries.ts) reads the rows and decides who may see what.
import { AGE_GROUPS } from "@/domain/age";
import { COMPOSITIONS, DIRECTIONS, ORGANIZER_FORMS } from "@/domain/classification";
import { REGION_CODES } from "@/domain/regions";
import { SDG_NUMBERS } from "@/domain/sdg";
import { disclose, suppressGroup, type Disclosure } from "./suppression";
import { NATION, type Area, type Period } from "./schema";

export type Dimension = "TOTAL" | "GENDER" | "AGE_GROUP" | "DIRECTION" | "COMPOSITION" | "ORGANIZER_FORM";

/** A StatSummary row as the query layer reads it (decimals as numbers). */
export type SummaryRow = {
  regionCode: string | null;
  dimension: Dimension;
  value: string;
  activeVolunteers: number | null;
  hoursVolunteers: number | null;
  newVolunteers: number | null;
  applications: number | null;
  confirmedHours: number | null;
  projects: number | null;
  events: number | null;
  organizersNew: number | null;
  organizersTotal: number | null;
  /** Hours × the wage of their region and period, unrounded (the refresh computes it). */
  economicValueKzt: number | null;
};
export type TrendRow = SummaryRow & { month: number };
export type SdgRow = {
  regionCode: string | null;
  sdg: number;
  impact: "DIRECT" | "INDIRECT";
  confirmedHours: number;
  economicValueKzt: number;
  volunteers: number;
  projects: number;
};

/** A wage figure that valued some of the period's hours, with its source. */
export type WageUsed = {
  regionCode: string;
  year: number;
  quarter: number | null;
  monthlyWageKzt: number;
  hourlyWageKzt: number;
  /** QUARTER / YEAR: the period's own figure; EARLIER_YEAR / LATER_YEAR: a stand-in for a missing one. */
  basis: "QUARTER" | "YEAR" | "EARLIER_YEAR" | "LATER_YEAR";
  sourceTitle: string;
  sourceUrl: string | null;
  publishedOn: Date | null;
};

export const FIGURES = [
  "activeVolunteers",
  "newVolunteers",
  "applications",
  "confirmedHours",
  "economicValueKzt",
  "projects",
  "events",
  "organizersNew",
  "organizersTotal",
] as const;
export type Figure = (typeof FIGURES)[number];
/** A withheld figure (public pages, small groups) is null. */
export type Figures = Record<Figure, number | null>;

/** The distinct volunteers a figure rests on, for suppression; null: not about people. */
const GOVERNED_BY: Record<Figure, keyof SummaryRow | null> = {
  activeVolunteers: "activeVolunteers",
  newVolunteers: "newVolunteers",
  // Fewer than five applications means fewer than five applicants.
  applications: "applications",
  confirmedHours: "hoursVolunteers",
  economicValueKzt: "hoursVolunteers",
  projects: null,
  events: null,
  organizersNew: null,
  organizersTotal: null,
};

export type BreakdownKind = Exclude<Dimension, "TOTAL"> | "REGION";

/** Which figures each breakdown shows, in column order. */
export const BREAKDOWN_FIGURES: Record<BreakdownKind, readonly Figure[]> = {
  GENDER: ["activeVolunteers", "newVolunteers", "confirmedHours", "economicValueKzt"],
  AGE_GROUP: ["activeVolunteers", "newVolunteers", "confirmedHours", "economicValueKzt"],
  DIRECTION: ["projects", "events", "activeVolunteers", "applications", "confirmedHours", "economicValueKzt"],
  COMPOSITION: ["projects", "events", "activeVolunteers", "applications", "confirmedHours", "economicValueKzt"],
  ORGANIZER_FORM: [
    "organizersNew",
    "organizersTotal",
    "projects",
    "events",
    "activeVolunteers",
    "confirmedHours",
    "economicValueKzt",
  ],
  REGION: [
    "activeVolunteers",
    "newVolunteers",
    "projects",
    "events",
    "applications",
    "confirmedHours",
    "economicValueKzt",
  ],
};

/** The values of each breakdown, in the order the reports list them. UNKNOWN rows show only when not empty. */
export const BREAKDOWN_VALUES: Record<BreakdownKind, readonly string[]> = {
  GENDER: ["FEMALE", "MALE", "UNKNOWN"],
  AGE_GROUP: [...AGE_GROUPS, "UNKNOWN"],
  DIRECTION: DIRECTIONS,
  COMPOSITION: COMPOSITIONS,
  ORGANIZER_FORM: ORGANIZER_FORMS,
  REGION: REGION_CODES,
};
export const BREAKDOWNS: readonly BreakdownKind[] = [
  "GENDER",
  "AGE_GROUP",
  "DIRECTION",
  "COMPOSITION",
  "ORGANIZER_FORM",
  "REGION",
];

export type BreakdownRow = { value: string; figures: Figures };
export type Breakdown = { kind: BreakdownKind; figures: readonly Figure[]; rows: BreakdownRow[] };
export type TrendPoint = {
  month: number;
  activeVolunteers: number | null;
  confirmedHours: number | null;
  economicValueKzt: number | null;
};
export type GoalRow = {
  sdg: number;
  directHours: number | null;
  indirectHours: number | null;
  directValueKzt: number | null;
  indirectValueKzt: number | null;
  projects: number;
};

export type StatisticsReport = {
  area: Area;
  period: Period;
  /** When the summaries were last rebuilt; null: never yet. */
  asOf: Date | null;
  /** Public figures: small groups withheld. */
  publicView: boolean;
  /** Whether any figure of the report was withheld. */
  withheld: boolean;
  totals: Figures;
  breakdowns: Breakdown[];
  /** The months of the period's year, up to the last one that has begun. */
  trend: TrendPoint[];
  sdg: GoalRow[];
  /** The wage figures the economic value was computed with (per region: one, or one per quarter). */
  wages: WageUsed[];
  /** The years whose wages stand in for the period's, when it has none yet (e.g. 2026 valued at 2025). */
  wageStandIn: number[];
};

type Raw = Record<Figure | "hoursVolunteers", number>;

const key = (region: string | null, dimension: string, value: string) => `${region ?? NATION}|${dimension}|${value}`;

/** One area's cells of a period: the area's own row, valued with the wages of the regions underneath. */
class Cells {
  private readonly byKey = new Map<string, SummaryRow>();
  constructor(
    rows: readonly SummaryRow[],
    private readonly area: Area,
  ) {
    for (const r of rows) this.byKey.set(key(r.regionCode, r.dimension, r.value), r);
  }

  raw(dimension: Dimension, value: string, region: Area = this.area): Raw {
    const row = this.byKey.get(key(region === NATION ? null : region, dimension, value));
    const hours = row?.confirmedHours ?? 0;
    return {
      activeVolunteers: row?.activeVolunteers ?? 0,
      newVolunteers: row?.newVolunteers ?? 0,
      applications: row?.applications ?? 0,
      confirmedHours: hours,
      economicValueKzt: Math.round(row?.economicValueKzt ?? 0),
      projects: row?.projects ?? 0,
      events: row?.events ?? 0,
      organizersNew: row?.organizersNew ?? 0,
      organizersTotal: row?.organizersTotal ?? 0,
      hoursVolunteers: row?.hoursVolunteers ?? 0,
    };
  }
}

const shown = (raw: Raw): Figures => Object.fromEntries(FIGURES.map((f) => [f, raw[f]])) as Figures;

/**
 * The disclosure of each figure of each cell of a group whose total is published; every figure
 * is shown when the view is not public.
 */
function discloseGroup(cells: readonly Raw[], publicView: boolean): Figures[] {
  if (!publicView) return cells.map(shown);
  const perFigure = new Map<Figure, Disclosure[]>();
  for (const figure of FIGURES) {
    const by = GOVERNED_BY[figure];
    if (by) perFigure.set(figure, suppressGroup(cells.map((c) => c[by as keyof Raw])));
  }
  return cells.map(
    (cell, i) =>
      Object.fromEntries(
        FIGURES.map((f) => [f, perFigure.has(f) ? disclose(cell[f], perFigure.get(f)![i]!) : cell[f]]),
      ) as Figures,
  );
}

const isEmpty = (raw: Raw) => FIGURES.every((f) => raw[f] === 0);

export type ReportInput = {
  area: Area;
  period: Period;
  asOf: Date | null;
  publicView: boolean;
  /** The period's rows: the area's own, and for the whole country every region's too. */
  rows: readonly SummaryRow[];
  /** TOTAL rows of each month of the period's year, same areas. */
  trend: readonly TrendRow[];
  /** The last month of the year that has begun (12 for past years). */
  lastMonth: number;
  sdg: readonly SdgRow[];
  wages: WageUsed[];
};

export function buildReport(input: ReportInput): StatisticsReport {
  const { area, publicView, wages } = input;
  const cells = new Cells(input.rows, area);
  const totalRaw = cells.raw("TOTAL", "");
  const [totals] = discloseGroup([totalRaw], publicView);

  const breakdowns: Breakdown[] = [];
  for (const kind of BREAKDOWNS) {
    if (kind === "REGION" && area !== NATION) continue;
    const entries = BREAKDOWN_VALUES[kind]
      .map((value) => ({
        value,
        raw: kind === "REGION" ? cells.raw("TOTAL", "", value as Area) : cells.raw(kind, value),
      }))
      .filter((e) => e.value !== "UNKNOWN" || !isEmpty(e.raw));
    const figures = discloseGroup(
      entries.map((e) => e.raw),
      publicView,
    );
    breakdowns.push({
      kind,
      figures: BREAKDOWN_FIGURES[kind],
      rows: entries.map((e, i) => ({ value: e.value, figures: figures[i]! })),
    });
  }

  const months = Array.from({ length: Math.max(0, Math.min(12, input.lastMonth)) }, (_, i) => i + 1);
  const trendCells = new Map<number, Cells>(
    months.map((m) => [
      m,
      new Cells(
        input.trend.filter((r) => r.month === m),
        area,
      ),
    ]),
  );
  const trendRaw = months.map((m) => trendCells.get(m)!.raw("TOTAL", ""));
  const trendShown = discloseGroup(trendRaw, publicView);
  const trend = months.map((month, i) => ({
    month,
    activeVolunteers: trendShown[i]!.activeVolunteers,
    confirmedHours: trendShown[i]!.confirmedHours,
    economicValueKzt: trendShown[i]!.economicValueKzt,
  }));

  const sdg = goalRows(input.sdg, area, publicView);
  const withheld =
    [totals!, ...breakdowns.flatMap((b) => b.rows.map((r) => r.figures)), ...trend].some((f) =>
      Object.values(f).some((v) => v === null),
    ) || sdg.some((g) => g.directHours === null || g.indirectHours === null);

  return {
    area,
    period: input.period,
    asOf: input.asOf,
    publicView,
    withheld,
    totals: totals!,
    breakdowns,
    trend,
    sdg,
    wages,
    wageStandIn: wageStandIn(wages),
  };
}

/** The years of the stand-in figures among the wages used, oldest first. */
export function wageStandIn(wages: readonly WageUsed[]): number[] {
  return [
    ...new Set(wages.filter((w) => w.basis === "EARLIER_YEAR" || w.basis === "LATER_YEAR").map((w) => w.year)),
  ].sort();
}

function goalRows(rows: readonly SdgRow[], area: Area, publicView: boolean): GoalRow[] {
  const own = (r: SdgRow) => (area === NATION ? r.regionCode === null : r.regionCode === area);
  const find = (sdg: number, impact: SdgRow["impact"]) =>
    rows.find((r) => own(r) && r.sdg === sdg && r.impact === impact);
  const value = (sdg: number, impact: SdgRow["impact"]) => Math.round(find(sdg, impact)?.economicValueKzt ?? 0);
  const raw = SDG_NUMBERS.map((sdg) => {
    const direct = find(sdg, "DIRECT");
    const indirect = find(sdg, "INDIRECT");
    return {
      sdg,
      direct: { hours: direct?.confirmedHours ?? 0, volunteers: direct?.volunteers ?? 0, value: value(sdg, "DIRECT") },
      indirect: {
        hours: indirect?.confirmedHours ?? 0,
        volunteers: indirect?.volunteers ?? 0,
        value: value(sdg, "INDIRECT"),
      },
      projects: (direct?.projects ?? 0) + (indirect?.projects ?? 0),
    };
  });
  const directShown: Disclosure[] = publicView
    ? suppressGroup(raw.map((g) => g.direct.volunteers))
    : raw.map(() => "SHOWN");
  const indirectShown: Disclosure[] = publicView
    ? suppressGroup(raw.map((g) => g.indirect.volunteers))
    : raw.map(() => "SHOWN");
  return raw.map((g, i) => ({
    sdg: g.sdg,
    directHours: disclose(g.direct.hours, directShown[i]!),
    indirectHours: disclose(g.indirect.hours, indirectShown[i]!),
    directValueKzt: disclose(g.direct.value, directShown[i]!),
    indirectValueKzt: disclose(g.indirect.value, indirectShown[i]!),
    projects: g.projects,
  }));
}
