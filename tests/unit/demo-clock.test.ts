import { describe, expect, it } from "vitest";
import { kzAt, kzDate, lastRun } from "../../prisma/seed/demo-clock";

// The demo's finished projects keep their season whatever day the database is seeded on.
describe("lastRun", () => {
  it("takes this year's run once it has been over for two days", () => {
    expect(lastRun(new Date("2026-03-26T07:00:00Z"), 3, 21, 3, 19)).toEqual({
      first: "2026-03-21",
      last: "2026-03-23",
    });
  });

  it("takes last year's run while this year's is on or just ended", () => {
    // Nauryz ends on 23 March at 19:00 in Astana; on the 24th it is not two days over yet.
    expect(lastRun(new Date("2026-03-22T07:00:00Z"), 3, 21, 3, 19)).toEqual({
      first: "2025-03-21",
      last: "2025-03-23",
    });
    expect(lastRun(new Date("2026-03-24T07:00:00Z"), 3, 21, 3, 19)).toEqual({
      first: "2025-03-21",
      last: "2025-03-23",
    });
  });

  it("handles a run across the new year", () => {
    expect(lastRun(new Date("2027-01-05T07:00:00Z"), 12, 14, 13, 18)).toEqual({
      first: "2026-12-14",
      last: "2026-12-26",
    });
    expect(lastRun(new Date("2026-12-20T07:00:00Z"), 12, 14, 13, 18)).toEqual({
      first: "2025-12-14",
      last: "2025-12-26",
    });
  });
});

describe("Kazakhstan dates", () => {
  it("are read on Almaty's clock, not UTC's", () => {
    // 23:30 UTC on 31 December is already 1 January in Kazakhstan (UTC+5).
    expect(kzDate(new Date("2025-12-31T23:30:00Z"))).toBe("2026-01-01");
    expect(kzAt("2026-01-01", 4, 30).toISOString()).toBe("2025-12-31T23:30:00.000Z");
  });
});
