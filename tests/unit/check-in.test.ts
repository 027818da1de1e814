import { describe, expect, it } from "vitest";
import { zonedToUtc } from "../../src/domain/time";
import {
  checkInCode,
  codeMatches,
  parseCheckInCode,
  projectDaySpan,
  windowRefusal,
} from "../../src/modules/check-in/code";
import { capProposal, proposedHours, quarterHours } from "../../src/modules/check-in/policy";

const t0 = new Date("2026-12-05T05:00:00Z");
const after = (min: number) => new Date(t0.getTime() + min * 60_000);

describe("proposed hours", () => {
  it("round the time between to the nearest quarter hour", () => {
    expect(quarterHours(t0, after(7))).toBe(0);
    expect(quarterHours(t0, after(8))).toBe(0.25);
    expect(quarterHours(t0, after(127))).toBe(2);
    expect(quarterHours(t0, after(128))).toBe(2.25);
    expect(quarterHours(after(10), t0)).toBe(0);
  });

  it("stay within 12 hours an entry and what is left of the 16-hour day", () => {
    expect(proposedHours(t0, after(13 * 60))).toBe(12);
    expect(capProposal(6, 12)).toBe(4);
    expect(capProposal(6, 15.9)).toBe(0);
    expect(capProposal(6, 16)).toBe(0);
    expect(capProposal(3.5, 10.25)).toBe(3.5);
  });
});

describe("check-in codes", () => {
  const slot = { kind: "slot", slotId: "cslot1" } as const;
  const day = { kind: "day", projectId: "cproj1", date: "2026-12-05" } as const;

  it("name their occurrence and match only their own secret", () => {
    const code = checkInCode("secret-a", slot);
    const parsed = parseCheckInCode(code)!;
    expect(parsed.occurrence).toEqual(slot);
    expect(codeMatches("secret-a", slot, parsed.mac)).toBe(true);
    expect(codeMatches("secret-b", slot, parsed.mac)).toBe(false);
    const dayCode = checkInCode("secret-a", day);
    expect(parseCheckInCode(dayCode)!.occurrence).toEqual(day);
    // Each day its own code.
    expect(checkInCode("secret-a", { ...day, date: "2026-12-06" })).not.toBe(dayCode);
    expect(code).not.toContain("secret-a");
    expect(parseCheckInCode("d-cproj1-20260230-" + "0".repeat(20))).toBeNull();
    expect(parseCheckInCode("../../etc")).toBeNull();
  });

  it("work from an hour before the start to an hour after the end", () => {
    const span = { startsAt: t0, endsAt: after(120) };
    expect(windowRefusal(span, after(-61))).toBe("TOO_EARLY");
    expect(windowRefusal(span, after(-60))).toBeNull();
    expect(windowRefusal(span, after(180))).toBeNull();
    expect(windowRefusal(span, after(181))).toBe("TOO_LATE");
  });

  it("split a project of several days into its daily hours, in Kazakhstan time", () => {
    const project = { startsAt: zonedToUtc("2026-12-05", "09:00"), endsAt: zonedToUtc("2026-12-07", "18:00") };
    expect(projectDaySpan(project, "2026-12-06")).toEqual({
      startsAt: zonedToUtc("2026-12-06", "09:00"),
      endsAt: zonedToUtc("2026-12-06", "18:00"),
    });
    expect(projectDaySpan(project, "2026-12-08")).toBeNull();
  });
});
