import { describe, expect, it } from "vitest";
import { suppressGroup, suppressTable } from "../../src/modules/statistics/suppression";
import {
  ALL,
  buildHelpOpenData,
  HELP_OPEN_DATA_FIELDS,
  HELP_OUTCOMES,
  type HelpOpenData,
  type HelpOpenDataInput,
} from "../../src/modules/help/open-data";
import { HELP_CATEGORIES } from "../../src/domain/help-requests";
import { REGION_CODES } from "../../src/domain/regions";
import { rng } from "../../prisma/seed/random";

const TEXT: HelpOpenDataInput["text"] = {
  fields: Object.fromEntries(HELP_OPEN_DATA_FIELDS.map((f) => [f, { kk: f, ru: f, en: f }])) as never,
  outcomes: Object.fromEntries(HELP_OUTCOMES.map((o) => [o, { kk: o, ru: o, en: o }])) as never,
};

type Row = HelpOpenDataInput["rows"][number];
const build = (rows: Row[], lastMonth = 12) =>
  buildHelpOpenData({
    year: 2026,
    asOf: new Date("2026-11-29T00:00:00Z"),
    lastMonth,
    rows,
    firstAction: [],
    text: TEXT,
  });

/**
 * What someone could do with the published file: every listed cell with ALL in some dimensions
 * is the sum of the cells of any finer kind that is published (a missing one of that kind being
 * zero). If exactly one number of such a sum is null, subtraction gives it back. Returns those.
 */
function recoverable(data: HelpOpenData, lastMonth = 12): string[] {
  const DIMS = ["region", "month", "category", "outcome"] as const;
  type Coords = Record<(typeof DIMS)[number], string>;
  const values: Record<(typeof DIMS)[number], readonly string[]> = {
    region: REGION_CODES,
    month: Array.from({ length: lastMonth }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    category: HELP_CATEGORIES,
    outcome: HELP_OUTCOMES,
  };
  const key = (c: Coords) => DIMS.map((d) => c[d]).join("|");
  const kindOf = (c: Coords) => DIMS.map((d) => (c[d] === ALL ? "*" : "x")).join("");
  const published = new Map(data.cells.map((c) => [key(c), c.requests]));
  const kinds = new Set(data.cells.map(kindOf));
  const found = new Set<string>();
  for (const total of data.cells) {
    const own = kindOf(total);
    for (const kind of kinds) {
      // A finer kind: fixed wherever the total is fixed, and somewhere more.
      if (kind === own || [...own].some((k, i) => k === "x" && kind[i] !== "x")) continue;
      const free = DIMS.filter((d, i) => own[i] === "*" && kind[i] === "x");
      let members: Coords[] = [{ ...total }];
      for (const d of free) members = members.flatMap((m) => values[d].map((v) => ({ ...m, [d]: v })));
      const hidden = [total, ...members].filter((m) => published.get(key(m)) === null);
      if (hidden.length === 1) found.add(key(hidden[0]!));
    }
  }
  return [...found];
}

describe("suppression over a table with totals", () => {
  it("is the statistics' rule when there is one group", () => {
    for (const parts of [
      [120, 3, 40, 0, 9],
      [120, 3, 2, 40],
      [120, 0, 40],
      [7, 1],
    ]) {
      const total = parts.reduce((a, b) => a + b, 0);
      const table = suppressTable([total, ...parts], [[0, ...parts.map((_, i) => i + 1)]]);
      expect(table.slice(1)).toEqual(suppressGroup(parts));
      expect(table[0]).toBe("SHOWN");
    }
  });

  it("withholds a total when it would give back the only withheld part", () => {
    // Cell 2 is the complement of the 2; cell 4 (= cell 2) then goes, and in its own sum the
    // only other non-zero member is the total (cell 3), so the total goes too.
    expect(
      suppressTable(
        [11, 2, 9, 9, 9, 0],
        [
          [0, 1, 2],
          [3, 4, 5],
          [4, 2],
        ],
      ),
    ).toEqual(["SHOWN", "SMALL_GROUP", "COMPLEMENTARY", "COMPLEMENTARY", "COMPLEMENTARY", "SHOWN"]);
  });
});

describe("requests for help in the open data", () => {
  it("withholds a region's one or two requests in a category, and no total gives them back", () => {
    const rows: Row[] = [
      { regionCode: "ATYRAU", month: 4, category: "EMERGENCY", status: "RESOLVED", requests: 1 },
      { regionCode: "ATYRAU", month: 4, category: "EMERGENCY", status: "DECLINED", requests: 1 },
      { regionCode: "ATYRAU", month: 4, category: "HUMANITARIAN_AID", status: "RESOLVED", requests: 12 },
      { regionCode: "ALMATY_CITY", month: 4, category: "ELDERLY", status: "RESOLVED", requests: 30 },
      { regionCode: "ALMATY_CITY", month: 4, category: "EMERGENCY", status: "RESOLVED", requests: 8 },
      { regionCode: "ASTANA", month: 5, category: "ELDERLY", status: "NEW", requests: 6 },
      { regionCode: "ASTANA", month: 5, category: "ELDERLY", status: "IN_PROGRESS", requests: 3 },
    ];
    const data = build(rows);
    const cell = (region: string, month: string, category: string, outcome: string) =>
      data.cells.find(
        (c) => c.region === region && c.month === month && c.category === category && c.outcome === outcome,
      );
    expect(cell("ATYRAU", "2026-04", "EMERGENCY", "RESOLVED")).toMatchObject({
      requests: null,
      withheld: "SMALL_GROUP",
    });
    expect(cell("ATYRAU", "2026-04", "EMERGENCY", "DECLINED")).toMatchObject({
      requests: null,
      withheld: "SMALL_GROUP",
    });
    expect(cell(ALL, ALL, ALL, "DECLINED")).toMatchObject({ requests: null, withheld: "SMALL_GROUP" });
    // The country's year and its big figures stay shown; a combination with no requests is not listed.
    expect(cell(ALL, ALL, ALL, ALL)).toMatchObject({ requests: 61 });
    expect(cell(ALL, ALL, "ELDERLY", ALL)).toMatchObject({ requests: 39 });
    expect(cell(ALL, ALL, ALL, "RESOLVED")).toMatchObject({ requests: 51 });
    expect(cell("ATYRAU", "2026-04", "HUMANITARIAN_AID", "RESOLVED")).toMatchObject({ requests: 12 });
    expect(cell("ALMATY_CITY", "2026-04", ALL, ALL)).toMatchObject({ requests: 38 });
    expect(cell("ALMATY_CITY", "2026-04", "ANIMALS", "RESOLVED")).toBeUndefined();
    // Resolved = 51 of which Atyrau's 1 is withheld: the smallest other resolved count goes too.
    expect(cell("ALMATY_CITY", "2026-04", "EMERGENCY", "RESOLVED")).toMatchObject({
      requests: null,
      withheld: "COMPLEMENTARY",
    });
    // New and in progress are one outcome.
    expect(cell("ASTANA", "2026-05", "ELDERLY", "OPEN")).toBeDefined();
    expect(cell("ASTANA", "2026-05", "ELDERLY", "NEW" as never)).toBeUndefined();
    expect(data.cells.filter((c) => c.requests === null).every((c) => c.withheld)).toBe(true);
    expect(recoverable(data)).toEqual([]);
  });

  it("never lets a total give back a withheld count, whatever the data", () => {
    const r = rng(11);
    for (let run = 0; run < 6; run++) {
      const rows: Row[] = [];
      for (let i = 0; i < 60; i++)
        rows.push({
          regionCode: REGION_CODES[Math.floor(r() * 5)]!,
          month: 1 + Math.floor(r() * 4),
          category: HELP_CATEGORIES[Math.floor(r() * 4)]!,
          status: ["NEW", "IN_PROGRESS", "RESOLVED", "DECLINED", "DUPLICATE"][Math.floor(r() * 5)]!,
          requests: 1 + Math.floor(r() * (r() < 0.6 ? 3 : 20)),
        });
      const data = build(rows, 4);
      expect(data.cells.some((c) => c.withheld === "SMALL_GROUP")).toBe(true);
      expect(recoverable(data, 4)).toEqual([]);
    }
  });

  it("withholds the median time to first action over fewer than five requests", () => {
    const data = buildHelpOpenData({
      year: 2026,
      asOf: new Date(),
      lastMonth: 12,
      rows: [],
      firstAction: [
        { regionCode: "ATYRAU", actedOn: 24, medianHours: 5.26 },
        { regionCode: "ULYTAU", actedOn: 2, medianHours: 71 },
        { regionCode: null, actedOn: 26, medianHours: 5.5 },
      ],
      text: TEXT,
    });
    const of = (region: string) => data.firstAction.find((f) => f.region === region);
    expect(of("ATYRAU")).toEqual({ region: "ATYRAU", medianHoursToFirstAction: 5.3 });
    expect(of("ULYTAU")).toEqual({ region: "ULYTAU", medianHoursToFirstAction: null, withheld: "SMALL_GROUP" });
    expect(of(ALL)).toEqual({ region: ALL, medianHoursToFirstAction: 5.5 });
    expect(of("ASTANA")).toEqual({ region: "ASTANA", medianHoursToFirstAction: null });
  });
});
