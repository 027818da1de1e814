import { describe, expect, it } from "vitest";
import { addSlotSchema, changeSlotsSchema, patternFormSchema, patternSlotCount } from "../../src/modules/shifts/schema";
import { applySchema } from "../../src/modules/applications/schema";

// The shifts forms are plain posts: numbers and checkbox groups arrive as strings (decision 0032).
const form = (over: Record<string, unknown> = {}) => ({
  roleId: "r1",
  from: "2026-12-05",
  weekdays: ["6"],
  start: "10:00",
  end: "14:00",
  weeks: "8",
  capacity: "6",
  ...over,
});

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? null : r.error!.issues[0]!.message;

describe("the weekly pattern form", () => {
  it("reads 'every Saturday 10:00–14:00 for 8 weeks, 6 places' into the domain's pattern", () => {
    const { roleId, pattern } = patternFormSchema.parse(form());
    expect(roleId).toBe("r1");
    expect(pattern).toEqual({ from: "2026-12-05", weekdays: [6], start: "10:00", end: "14:00", weeks: 8, capacity: 6 });
    expect(patternSlotCount(pattern)).toBe(8);
  });

  it("takes one checked day as a string and several as a list, without repeats, in order", () => {
    expect(patternFormSchema.parse(form({ weekdays: "2" })).pattern.weekdays).toEqual([2]);
    const { pattern } = patternFormSchema.parse(form({ weekdays: ["6", "2", "6"], weeks: "2" }));
    expect(pattern.weekdays).toEqual([2, 6]);
    expect(patternSlotCount(pattern)).toBe(4);
  });

  it("refuses what makes no sense, each with a message key of ours", () => {
    expect(firstMessage(patternFormSchema.safeParse(form({ weekdays: [] })))).toBe("shifts.validation.weekdays");
    expect(firstMessage(patternFormSchema.safeParse(form({ weekdays: undefined })))).toBe("shifts.validation.weekdays");
    expect(firstMessage(patternFormSchema.safeParse(form({ end: "09:00" })))).toBe("shifts.validation.endBeforeStart");
    expect(firstMessage(patternFormSchema.safeParse(form({ weeks: "53" })))).toBe("shifts.validation.weeks");
    expect(firstMessage(patternFormSchema.safeParse(form({ weeks: "1.5" })))).toBe("shifts.validation.weeks");
    expect(firstMessage(patternFormSchema.safeParse(form({ capacity: "0" })))).toBe("shifts.validation.capacity");
    expect(firstMessage(patternFormSchema.safeParse(form({ capacity: "many" })))).toBe("shifts.validation.capacity");
    expect(firstMessage(patternFormSchema.safeParse(form({ from: "2026-02-30" })))).toBe("shifts.validation.date");
    expect(firstMessage(patternFormSchema.safeParse(form({ start: "25:00" })))).toBe("shifts.validation.time");
    expect(patternFormSchema.safeParse(form({ weekdays: ["8"] })).success).toBe(false);
    expect(patternFormSchema.safeParse(form({ weekdays: ["<script>"] })).success).toBe(false);
    expect(patternFormSchema.safeParse(form({ roleId: "x".repeat(41) })).success).toBe(false);
  });

  it("one slot by hand: a date and times, places from 1", () => {
    expect(
      addSlotSchema.parse({ roleId: "r1", date: "2026-12-05", start: "18:00", end: "21:30", capacity: "3" }),
    ).toEqual({ roleId: "r1", date: "2026-12-05", start: "18:00", end: "21:30", capacity: 3 });
    expect(
      firstMessage(
        addSlotSchema.safeParse({ roleId: "r1", date: "2026-12-05", start: "18:00", end: "18:00", capacity: 3 }),
      ),
    ).toBe("shifts.validation.endBeforeStart");
  });
});

describe("picked slots", () => {
  it("come as a list, a single value, or react-hook-form's false for a lone unchecked box", () => {
    expect(applySchema.parse({ roleId: "r1" }).slotIds).toEqual([]);
    expect(applySchema.parse({ roleId: "r1", slotIds: "s1" }).slotIds).toEqual(["s1"]);
    expect(applySchema.parse({ roleId: "r1", slotIds: false }).slotIds).toEqual([]);
    expect(changeSlotsSchema.parse({ applicationId: "a1", slotIds: ["s1", "s2"] }).slotIds).toEqual(["s1", "s2"]);
    expect(changeSlotsSchema.safeParse({ applicationId: "a1", slotIds: Array(61).fill("s") }).success).toBe(false);
    expect(changeSlotsSchema.safeParse({ applicationId: "a1", slotIds: [{}] }).success).toBe(false);
  });
});
