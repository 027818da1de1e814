import { describe, expect, it } from "vitest";
import {
  addDays,
  dateValue,
  isCalendarDate,
  isoDate,
  roughDuration,
  utcToZoned,
  zonedToUtc,
} from "../../src/domain/time";

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

describe("calendar dates", () => {
  it("takes only real calendar dates", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-6-1")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
  });

  it("round-trips through the @db.Date value and counts days across months and years", () => {
    expect(dateValue("2026-03-21").toISOString()).toBe("2026-03-21T00:00:00.000Z");
    expect(isoDate(dateValue("2026-03-21"))).toBe("2026-03-21");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("a span said roughly", () => {
  it("is under an hour, whole hours up to two days, then whole days", () => {
    const hour = 3_600_000;
    expect(roughDuration(20 * 60_000)).toEqual({ unit: "lessThanHour", count: 0 });
    expect(roughDuration(1.4 * hour)).toEqual({ unit: "hours", count: 1 });
    expect(roughDuration(20 * hour)).toEqual({ unit: "hours", count: 20 });
    expect(roughDuration(47 * hour)).toEqual({ unit: "hours", count: 47 });
    expect(roughDuration(48 * hour)).toEqual({ unit: "days", count: 2 });
    expect(roughDuration(84 * hour)).toEqual({ unit: "days", count: 4 });
  });
});
