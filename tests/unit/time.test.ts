import { describe, expect, it } from "vitest";
import { utcToZoned, zonedToUtc } from "../../src/domain/time";

describe("Kazakhstan time through the tz database", () => {
  it("is UTC+5 since March 2024", () => {
    expect(zonedToUtc("2026-12-05", "10:00").toISOString()).toBe("2026-12-05T05:00:00.000Z");
    expect(zonedToUtc("2024-06-15", "00:30").toISOString()).toBe("2024-06-14T19:30:00.000Z");
  });

  it("was UTC+6 in Almaty before the change", () => {
    expect(zonedToUtc("2024-02-15", "10:00").toISOString()).toBe("2024-02-15T04:00:00.000Z");
  });

  it("round-trips", () => {
    const at = zonedToUtc("2027-01-31", "23:45");
    expect(utcToZoned(at)).toEqual({ date: "2027-01-31", time: "23:45" });
  });
});
