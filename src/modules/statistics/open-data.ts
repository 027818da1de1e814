// The public open data of one year (GET /api/open-data/statistics?year=…): the whole country and
// each region by month — active volunteers, confirmed hours, their economic value, projects and
// events, hours per goal. Aggregates only: no person, no organizer, no project is named, and any
// figure that rests on fewer than MIN_GROUP_SIZE volunteers is null with the reason in
// "withheld" (see suppression.ts). Documented field by field on /[locale]/open-data.
import { REGIONS } from "@/domain/regions";
import { SDG_NUMBERS } from "@/domain/sdg";
import { VALUATION_METHOD } from "./economic-value";
import { SDG_ATTRIBUTION_METHOD } from "./sdg-attribution";
import { MIN_GROUP_SIZE, suppressGroup, type Disclosure } from "./suppression";
import type { SummaryRow, WageUsed } from "./report";

/** 2 (issue 13): wages by period with their sources replace hourlyWagesKzt; definitions added. */
export const OPEN_DATA_VERSION = 2;
export const OPEN_DATA_LICENSE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Asar — the national volunteer platform of Kazakhstan",
} as const;

type Withheld = Exclude<Disclosure, "SHOWN">;

export type OpenDataGoal = {
  sdg: number;
  directHours: number | null;
  indirectHours: number | null;
  withheld: { directHours?: Withheld; indirectHours?: Withheld };
};

export type OpenDataCell = {
  activeVolunteers: number | null;
  confirmedHours: number | null;
  economicValueKzt: number | null;
  projects: number;
  events: number;
  sdg: OpenDataGoal[];
  withheld: { activeVolunteers?: Withheld; confirmedHours?: Withheld; economicValueKzt?: Withheld };
};

export type OpenData = {
  dataset: "asar-volunteering-statistics";
  version: number;
  year: number;
  asOf: string | null;
  license: typeof OPEN_DATA_LICENSE;
  documentation: string;
  methods: {
    period: string;
    activeVolunteers: string;
    confirmedHours: string;
    projectsAndEvents: string;
    sdgAttribution: typeof SDG_ATTRIBUTION_METHOD;
    economicValue: typeof VALUATION_METHOD;
    suppression: { minGroupSize: number; rule: string };
  };
  /** The wage figures that valued the year's hours, per region, with their sources. */
  wages: OpenDataWage[];
  /** The years whose wages stand in for this year's, when it has none yet. */
  wageStandIn: number[];
  /** The methods page's definitions, in kk, ru and en, each with its address. */
  definitions: OpenDataDefinition[];
  national: { year: OpenDataCell; months: (OpenDataCell & { month: string })[] };
  regions: {
    code: string;
    name: { kk: string; ru: string; en: string };
    months: (OpenDataCell & { month: string })[];
  }[];
};

export type OpenDataWage = Omit<WageUsed, "publishedOn"> & { publishedOn: string | null };
export type OpenDataDefinition = {
  id: string;
  url: string;
  term: { kk: string; ru: string; en: string };
  text: { kk: string; ru: string; en: string };
};

export type OpenDataInput = {
  year: number;
  asOf: Date | null;
  lastMonth: number;
  /** TOTAL rows of every month of the year: each region's and the country's (regionCode null). */
  months: readonly (SummaryRow & { month: number })[];
  /** TOTAL rows of the whole year, same areas. */
  yearRows: readonly SummaryRow[];
  /** Goal rows of the months (month 1–12) and of the year (month null). */
  sdg: readonly {
    month: number | null;
    regionCode: string | null;
    sdg: number;
    impact: "DIRECT" | "INDIRECT";
    confirmedHours: number;
    volunteers: number;
  }[];
  wages: readonly WageUsed[];
  wageStandIn: number[];
  definitions: OpenDataDefinition[];
};

type RawGoal = { hours: number; volunteers: number };
type RawCell = {
  region: string | null;
  active: number;
  hours: number;
  hoursVolunteers: number;
  value: number;
  projects: number;
  events: number;
  goals: Map<string, RawGoal>;
};

const goalKey = (sdg: number, impact: string) => `${sdg}|${impact}`;

function rawCell(
  row: SummaryRow | undefined,
  region: string | null,
  goals: Map<string, RawGoal>,
  value: number,
): RawCell {
  return {
    region,
    active: row?.activeVolunteers ?? 0,
    hours: row?.confirmedHours ?? 0,
    hoursVolunteers: row?.hoursVolunteers ?? 0,
    value,
    projects: row?.projects ?? 0,
    events: row?.events ?? 0,
    goals,
  };
}

/** Disclosures of one group of cells whose total is published: per figure, per goal and impact. */
function discloseCells(cells: readonly RawCell[]): OpenDataCell[] {
  const active = suppressGroup(cells.map((c) => c.active));
  const hours = suppressGroup(cells.map((c) => c.hoursVolunteers));
  const goals = new Map<string, Disclosure[]>();
  for (const sdg of SDG_NUMBERS) {
    for (const impact of ["DIRECT", "INDIRECT"] as const) {
      goals.set(
        goalKey(sdg, impact),
        suppressGroup(cells.map((c) => c.goals.get(goalKey(sdg, impact))?.volunteers ?? 0)),
      );
    }
  }
  return cells.map((c, i) => {
    const withheld: OpenDataCell["withheld"] = {};
    if (active[i] !== "SHOWN") withheld.activeVolunteers = active[i] as Withheld;
    if (hours[i] !== "SHOWN") withheld.confirmedHours = withheld.economicValueKzt = hours[i] as Withheld;
    return {
      activeVolunteers: active[i] === "SHOWN" ? c.active : null,
      confirmedHours: hours[i] === "SHOWN" ? c.hours : null,
      economicValueKzt: hours[i] === "SHOWN" ? c.value : null,
      projects: c.projects,
      events: c.events,
      sdg: SDG_NUMBERS.map((sdg) => {
        const d = goals.get(goalKey(sdg, "DIRECT"))![i]!;
        const n = goals.get(goalKey(sdg, "INDIRECT"))![i]!;
        const goal: OpenDataGoal = {
          sdg,
          directHours: d === "SHOWN" ? (c.goals.get(goalKey(sdg, "DIRECT"))?.hours ?? 0) : null,
          indirectHours: n === "SHOWN" ? (c.goals.get(goalKey(sdg, "INDIRECT"))?.hours ?? 0) : null,
          withheld: {},
        };
        if (d !== "SHOWN") goal.withheld.directHours = d as Withheld;
        if (n !== "SHOWN") goal.withheld.indirectHours = n as Withheld;
        return goal;
      }),
      withheld,
    };
  });
}

const monthLabel = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

export function buildOpenData(input: OpenDataInput): OpenData {
  const { year, wages } = input;
  const months = Array.from({ length: Math.max(0, Math.min(12, input.lastMonth)) }, (_, i) => i + 1);
  const goalsOf = (month: number | null, region: string | null) => {
    const map = new Map<string, RawGoal>();
    for (const g of input.sdg) {
      if (g.month === month && g.regionCode === region)
        map.set(goalKey(g.sdg, g.impact), { hours: g.confirmedHours, volunteers: g.volunteers });
    }
    return map;
  };
  const valueOf = (rows: readonly SummaryRow[], region: string | null) =>
    Math.round(rows.find((r) => r.regionCode === region)?.economicValueKzt ?? 0);

  // Each month: the regions are a group whose total (the country's month) is published.
  const regionalByMonth = new Map<number, OpenDataCell[]>();
  const nationalRaw: RawCell[] = [];
  for (const month of months) {
    const rows = input.months.filter((r) => r.month === month);
    const cells = REGIONS.map((region) =>
      rawCell(
        rows.find((r) => r.regionCode === region.code),
        region.code,
        goalsOf(month, region.code),
        valueOf(rows, region.code),
      ),
    );
    regionalByMonth.set(month, discloseCells(cells));
    nationalRaw.push(
      rawCell(
        rows.find((r) => r.regionCode === null),
        null,
        goalsOf(month, null),
        valueOf(rows, null),
      ),
    );
  }
  // The country's months are a group whose total (the year) is published.
  const nationalMonths = discloseCells(nationalRaw);
  const [nationalYear] = discloseCells([
    rawCell(
      input.yearRows.find((r) => r.regionCode === null),
      null,
      goalsOf(null, null),
      valueOf(input.yearRows, null),
    ),
  ]);

  return {
    dataset: "asar-volunteering-statistics",
    version: OPEN_DATA_VERSION,
    year,
    asOf: input.asOf?.toISOString() ?? null,
    license: OPEN_DATA_LICENSE,
    documentation: "/en/open-data",
    methods: {
      period: "Calendar months and years in Kazakhstan time (Asia/Almaty).",
      activeVolunteers:
        "Distinct volunteers who, in the period, had confirmed hours or an accepted application (not marked no-show) in a published or completed project running in the period; counted in the region of the project. Not additive over months or regions: one person active in two months counts once in the year.",
      confirmedHours: "Hours confirmed by the organizer, by the month of the day worked, in the region of the project.",
      projectsAndEvents:
        "Published or completed projects running in the period: one-time actions and events are events, projects and ongoing activities are projects.",
      sdgAttribution: SDG_ATTRIBUTION_METHOD,
      economicValue: VALUATION_METHOD,
      suppression: {
        minGroupSize: MIN_GROUP_SIZE,
        rule: `A figure resting on 1 to ${MIN_GROUP_SIZE - 1} distinct volunteers is null (withheld: SMALL_GROUP). Where exactly one figure of a group with a published total is withheld, the smallest other non-zero figure of the group is withheld too (withheld: COMPLEMENTARY). Groups: the regions of a month (total: the country's month) and the months of the country (total: the year).`,
      },
    },
    wages: wages.map((w) => ({ ...w, publishedOn: w.publishedOn?.toISOString().slice(0, 10) ?? null })),
    wageStandIn: input.wageStandIn,
    definitions: input.definitions,
    national: {
      year: nationalYear!,
      months: months.map((month, i) => ({ month: monthLabel(year, month), ...nationalMonths[i]! })),
    },
    regions: REGIONS.map((region, r) => ({
      code: region.code,
      name: region.name,
      months: months.map((month) => ({ month: monthLabel(year, month), ...regionalByMonth.get(month)![r]! })),
    })),
  };
}
