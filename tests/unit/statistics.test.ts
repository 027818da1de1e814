import { describe, expect, it } from "vitest";
import { attributeToGoals } from "../../src/modules/statistics/sdg-attribution";
import { economicValueKzt } from "../../src/modules/statistics/economic-value";
import { isSmallGroup, suppressGroup } from "../../src/modules/statistics/suppression";
import { buildOpenData } from "../../src/modules/statistics/open-data";
import { buildReport, type SummaryRow } from "../../src/modules/statistics/report";
import { REGION_CODES } from "../../src/domain/regions";
import type { WageFigure } from "../../src/domain/region-wages";

/** Annual 2025 figures: 2,000 ₸ an hour everywhere but Astana and Turkistan. */
const figure = (regionCode: string, year: number, quarter: number | null, hourlyWageKzt: number): WageFigure => ({
  regionCode,
  year,
  quarter,
  hourlyWageKzt,
});
const WAGES: WageFigure[] = REGION_CODES.map((c) =>
  figure(c, 2025, null, c === "ASTANA" ? 3114 : c === "TURKISTAN" ? 1647 : 2000),
);
const h = (regionCode: string, hours: number, year = 2025, month = 5) => ({ regionCode, year, month, hours });

function row(
  regionCode: string | null,
  dimension: SummaryRow["dimension"],
  value: string,
  f: Partial<SummaryRow>,
): SummaryRow {
  return {
    regionCode,
    dimension,
    value,
    activeVolunteers: null,
    hoursVolunteers: null,
    newVolunteers: null,
    applications: null,
    confirmedHours: null,
    projects: null,
    events: null,
    organizersNew: null,
    organizersTotal: null,
    economicValueKzt: null,
    ...f,
  };
}

describe("SDG attribution: each project's hours in full toward every goal it links to", () => {
  it("counts a project's hours once per linked goal, direct and indirect apart", () => {
    const goals = attributeToGoals([
      {
        hours: 10,
        links: [
          { sdg: 6, impact: "DIRECT" },
          { sdg: 14, impact: "DIRECT" },
          { sdg: 15, impact: "INDIRECT" },
        ],
      },
      { hours: 2.5, links: [{ sdg: 6, impact: "INDIRECT" }] },
    ]);
    expect(goals).toHaveLength(17);
    expect(goals[5]).toEqual({ sdg: 6, direct: 10, indirect: 2.5 });
    expect(goals[13]).toEqual({ sdg: 14, direct: 10, indirect: 0 });
    expect(goals[14]).toEqual({ sdg: 15, direct: 0, indirect: 10 });
    // Not additive: 12.5 hours of work show as 32.5 goal-hours.
    expect(goals.reduce((s, g) => s + g.direct + g.indirect, 0)).toBe(32.5);
  });

  it("ignores projects without hours or links, and a goal linked twice counts once", () => {
    const goals = attributeToGoals([
      { hours: 0, links: [{ sdg: 3, impact: "DIRECT" }] },
      { hours: 4, links: [] },
      {
        hours: 3,
        links: [
          { sdg: 4, impact: "DIRECT" },
          { sdg: 4, impact: "DIRECT" },
        ],
      },
    ]);
    expect(goals[2]).toEqual({ sdg: 3, direct: 0, indirect: 0 });
    expect(goals[3]).toEqual({ sdg: 4, direct: 3, indirect: 0 });
  });
});

describe("economic value: confirmed hours × the wage of their region and period", () => {
  it("values each region's hours at its own wage, in whole tenge", () => {
    expect(economicValueKzt([h("ASTANA", 10), h("TURKISTAN", 10)], WAGES)).toBe(31_140 + 16_470);
    expect(economicValueKzt([h("ASTANA", 0.25)], WAGES)).toBe(779); // 778.5 rounds up
    expect(economicValueKzt([], WAGES)).toBe(0);
  });

  it("values each hour at its own period's wage: quarter, else year, else the latest earlier year", () => {
    const figures = [
      ...WAGES,
      figure("ASTANA", 2024, null, 3000),
      figure("ASTANA", 2026, null, 3500),
      figure("ASTANA", 2026, 2, 3600),
    ];
    // 2024 at 2024's, 2025 at 2025's, 2026 Q1 at the 2026 annual figure, Q2 at Q2's own.
    expect(
      economicValueKzt(
        [h("ASTANA", 1, 2024, 12), h("ASTANA", 1, 2025, 1), h("ASTANA", 1, 2026, 3), h("ASTANA", 1, 2026, 4)],
        figures,
      ),
    ).toBe(3000 + 3114 + 3500 + 3600);
    // Turkistan has no 2026 figure: 2026 hours at 2025's.
    expect(economicValueKzt([h("TURKISTAN", 2, 2026, 7)], figures)).toBe(2 * 1647);
  });

  it("stays exact over many fractional hours", () => {
    const many = Array.from({ length: 10_000 }, () => h("TURKISTAN", 0.1));
    expect(economicValueKzt(many, WAGES)).toBe(1_647_000);
  });

  it("refuses hours of a region without a wage rather than counting them as free", () => {
    expect(() => economicValueKzt([h("NOWHERE", 5)], WAGES)).toThrow(/no hourly wage/);
    expect(economicValueKzt([h("NOWHERE", 0)], WAGES)).toBe(0);
  });
});

describe("small-group suppression", () => {
  it("withholds 1 to 4 volunteers, shows 0 and 5", () => {
    expect([0, 1, 4, 5].map(isSmallGroup)).toEqual([false, true, true, false]);
  });

  it("withholds the smallest other non-zero cell when exactly one is withheld", () => {
    expect(suppressGroup([120, 3, 40, 0, 9])).toEqual(["SHOWN", "SMALL_GROUP", "SHOWN", "SHOWN", "COMPLEMENTARY"]);
  });

  it("needs no complement when two or none are withheld", () => {
    expect(suppressGroup([120, 3, 2, 40])).toEqual(["SHOWN", "SMALL_GROUP", "SMALL_GROUP", "SHOWN"]);
    expect(suppressGroup([120, 0, 40])).toEqual(["SHOWN", "SHOWN", "SHOWN"]);
  });
});

describe("the report", () => {
  const rows = [
    row(null, "TOTAL", "", {
      activeVolunteers: 104,
      hoursVolunteers: 104,
      confirmedHours: 500,
      // As the refresh stores it: hours × the wage of their region and month, unrounded.
      economicValueKzt: 480 * 3114 + 20 * 2000 + 0.5,
      newVolunteers: 30,
      applications: 220,
      projects: 7,
      events: 3,
    }),
    row("ASTANA", "TOTAL", "", { activeVolunteers: 100, hoursVolunteers: 100, confirmedHours: 480 }),
    row("ULYTAU", "TOTAL", "", { activeVolunteers: 4, hoursVolunteers: 4, confirmedHours: 20 }),
    row(null, "GENDER", "FEMALE", {
      activeVolunteers: 101,
      hoursVolunteers: 101,
      confirmedHours: 490,
      economicValueKzt: 480 * 3114 + 10 * 2000,
    }),
    row(null, "GENDER", "MALE", { activeVolunteers: 3, hoursVolunteers: 3, confirmedHours: 10 }),
    row("ASTANA", "GENDER", "FEMALE", { confirmedHours: 480 }),
    row("ULYTAU", "GENDER", "FEMALE", { confirmedHours: 10 }),
    row("ULYTAU", "GENDER", "MALE", { confirmedHours: 10 }),
  ];
  const input = {
    area: "KZ" as const,
    period: { year: 2026, month: null },
    asOf: null,
    rows,
    trend: [],
    lastMonth: 3,
    sdg: [],
    wages: [],
  };

  it("shows each figure's value as the refresh computed it, rounded once to whole tenge", () => {
    const report = buildReport({ ...input, publicView: false });
    expect(report.totals.economicValueKzt).toBe(480 * 3114 + 20 * 2000 + 1);
    const women = report.breakdowns.find((b) => b.kind === "GENDER")!.rows.find((r) => r.value === "FEMALE")!;
    expect(women.figures.economicValueKzt).toBe(480 * 3114 + 10 * 2000);
    expect(report.trend.map((p) => p.month)).toEqual([1, 2, 3]);
  });

  it("shows staff every figure, and the public no group of fewer than five", () => {
    const staff = buildReport({ ...input, publicView: false });
    expect(staff.withheld).toBe(false);
    const regions = (r: typeof staff) => r.breakdowns.find((b) => b.kind === "REGION")!.rows;
    expect(regions(staff).find((r) => r.value === "ULYTAU")!.figures.confirmedHours).toBe(20);

    const pub = buildReport({ ...input, publicView: true });
    expect(pub.withheld).toBe(true);
    const ulytau = regions(pub).find((r) => r.value === "ULYTAU")!.figures;
    expect(ulytau.activeVolunteers).toBeNull();
    expect(ulytau.confirmedHours).toBeNull();
    expect(ulytau.economicValueKzt).toBeNull();
    // Astana is the complement: otherwise the country minus Astana gives Ulytau away.
    expect(regions(pub).find((r) => r.value === "ASTANA")!.figures.confirmedHours).toBeNull();
    const men = pub.breakdowns.find((b) => b.kind === "GENDER")!.rows.find((r) => r.value === "MALE")!.figures;
    expect(men.activeVolunteers).toBeNull();
    // Projects and organizers are public anyway.
    expect(pub.totals.projects).toBe(7);
    expect(pub.totals.confirmedHours).toBe(500);
  });
});

describe("open data", () => {
  const months = [
    {
      ...row(null, "TOTAL", "", {
        activeVolunteers: 60,
        hoursVolunteers: 60,
        confirmedHours: 300,
        projects: 5,
        events: 2,
      }),
      month: 1,
    },
    {
      ...row("ASTANA", "TOTAL", "", {
        activeVolunteers: 50,
        hoursVolunteers: 50,
        confirmedHours: 250,
        economicValueKzt: 250 * 3114,
        projects: 4,
        events: 1,
      }),
      month: 1,
    },
    {
      ...row("ULYTAU", "TOTAL", "", {
        activeVolunteers: 2,
        hoursVolunteers: 2,
        confirmedHours: 12,
        projects: 1,
        events: 0,
      }),
      month: 1,
    },
    {
      ...row("SHYMKENT", "TOTAL", "", {
        activeVolunteers: 8,
        hoursVolunteers: 8,
        confirmedHours: 38,
        projects: 0,
        events: 1,
      }),
      month: 1,
    },
    { ...row(null, "TOTAL", "", { activeVolunteers: 3, hoursVolunteers: 3, confirmedHours: 9 }), month: 2 },
  ];
  const data = buildOpenData({
    year: 2026,
    asOf: new Date("2026-02-10T08:00:00Z"),
    lastMonth: 2,
    months,
    yearRows: [
      row(null, "TOTAL", "", {
        activeVolunteers: 61,
        hoursVolunteers: 61,
        confirmedHours: 309,
        projects: 5,
        events: 2,
      }),
    ],
    sdg: [
      { month: 1, regionCode: "ULYTAU", sdg: 13, impact: "DIRECT", confirmedHours: 12, volunteers: 2 },
      { month: 1, regionCode: "ASTANA", sdg: 13, impact: "DIRECT", confirmedHours: 250, volunteers: 50 },
      { month: 1, regionCode: null, sdg: 13, impact: "DIRECT", confirmedHours: 262, volunteers: 52 },
    ],
    wages: [],
    wageStandIn: [],
    definitions: [],
  });

  it("carries no personal data: only counts, sums and reference names", () => {
    // Every key anywhere in the document is one of these: aggregates, reference data, metadata.
    const allowed = new Set([
      ...[
        "dataset",
        "version",
        "year",
        "asOf",
        "license",
        "id",
        "name",
        "url",
        "attribution",
        "documentation",
        "methods",
        "period",
      ],
      ...[
        "activeVolunteers",
        "confirmedHours",
        "projectsAndEvents",
        "sdgAttribution",
        "economicValue",
        "suppression",
        "minGroupSize",
        "rule",
      ],
      ...[
        "wages",
        "wageStandIn",
        "definitions",
        "national",
        "months",
        "month",
        "economicValueKzt",
        "projects",
        "events",
        "sdg",
        "directHours",
        "indirectHours",
      ],
      ...["withheld", "regions", "code", "kk", "ru", "en", ...REGION_CODES],
    ]);
    const keys = new Set<string>();
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x);
        }
      } else if (typeof v === "string") strings.push(v);
    };
    walk(data);
    expect([...keys].filter((k) => !allowed.has(k))).toEqual([]);
    expect(strings.filter((s) => s.includes("@"))).toEqual([]);
    expect(data.regions).toHaveLength(20);
    expect(data.national.months.map((m) => m.month)).toEqual(["2026-01", "2026-02"]);
  });

  it("withholds regions under five volunteers, with the reason, and their complement", () => {
    const jan = (code: string) => data.regions.find((r) => r.code === code)!.months[0]!;
    expect(jan("ULYTAU")).toMatchObject({
      activeVolunteers: null,
      confirmedHours: null,
      economicValueKzt: null,
      projects: 1,
      withheld: { activeVolunteers: "SMALL_GROUP", confirmedHours: "SMALL_GROUP" },
    });
    expect(jan("SHYMKENT")).toMatchObject({
      activeVolunteers: null,
      confirmedHours: null,
      withheld: { confirmedHours: "COMPLEMENTARY" },
    });
    expect(jan("ASTANA")).toMatchObject({
      activeVolunteers: 50,
      confirmedHours: 250,
      economicValueKzt: 250 * 3114,
      withheld: {},
    });
    expect(jan("ULYTAU").sdg[12]).toMatchObject({
      sdg: 13,
      directHours: null,
      withheld: { directHours: "SMALL_GROUP" },
    });
    expect(jan("ASTANA").sdg[12]).toMatchObject({
      sdg: 13,
      directHours: null,
      withheld: { directHours: "COMPLEMENTARY" },
    });
    // An empty region is zero, not withheld.
    expect(jan("ABAI")).toMatchObject({ activeVolunteers: 0, confirmedHours: 0, withheld: {} });
  });

  it("withholds a small national month and a complement among the months, never the year", () => {
    expect(data.national.months[1]).toMatchObject({
      activeVolunteers: null,
      withheld: { activeVolunteers: "SMALL_GROUP" },
    });
    expect(data.national.months[0]).toMatchObject({
      activeVolunteers: null,
      withheld: { activeVolunteers: "COMPLEMENTARY" },
    });
    expect(data.national.year).toMatchObject({ activeVolunteers: 61, confirmedHours: 309, withheld: {} });
  });
});
