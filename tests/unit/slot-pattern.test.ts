import { describe, expect, it } from "vitest";
import { generateSlots, isoWeekday, slotPatternSchema } from "@/domain/slot-pattern";

describe("weekly slot pattern", () => {
  it("makes every Saturday 10:00–14:00 Kazakhstan time for 8 weeks", () => {
    // 2026-12-05 is a Saturday.
    const pattern = slotPatternSchema.parse({
      from: "2026-12-01",
      weekdays: [6],
      start: "10:00",
      end: "14:00",
      weeks: 8,
      capacity: 6,
    });
    const slots = generateSlots(pattern);
    expect(slots).toHaveLength(8);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-12-05T05:00:00.000Z");
    expect(slots[0]!.endsAt.toISOString()).toBe("2026-12-05T09:00:00.000Z");
    expect(slots[7]!.startsAt.toISOString()).toBe("2027-01-23T05:00:00.000Z");
    expect(slots.every((s) => s.capacity === 6)).toBe(true);
  });

  it("takes several weekdays once each, in time order", () => {
    const pattern = slotPatternSchema.parse({
      from: "2026-12-07",
      weekdays: [3, 1, 3],
      start: "18:00",
      end: "20:00",
      weeks: 2,
      capacity: 2,
    });
    const days = generateSlots(pattern).map((s) => s.startsAt.toISOString().slice(0, 10));
    expect(days).toEqual(["2026-12-07", "2026-12-09", "2026-12-14", "2026-12-16"]);
  });

  it("refuses an end before the start, no weekday and an impossible date", () => {
    const base = { from: "2026-12-01", weekdays: [6], start: "10:00", end: "14:00", weeks: 8, capacity: 6 };
    expect(slotPatternSchema.safeParse({ ...base, end: "09:00" }).success).toBe(false);
    expect(slotPatternSchema.safeParse({ ...base, weekdays: [] }).success).toBe(false);
    expect(slotPatternSchema.safeParse({ ...base, from: "2026-02-30" }).success).toBe(false);
    expect(slotPatternSchema.safeParse({ ...base, weeks: 53 }).success).toBe(false);
  });

  it("knows the ISO weekday", () => {
    expect(isoWeekday("2026-11-29")).toBe(7);
    expect(isoWeekday("2026-11-30")).toBe(1);
  });
});
