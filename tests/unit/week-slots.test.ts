import { describe, expect, it } from "vitest";
import { ageBand, partOfHour, shortName, slotsOfPeriod, WEEK_SLOTS } from "../../src/domain/week-slots";
import { zonedToUtc } from "../../src/domain/time";

describe("week slots", () => {
  it("maps hours to the parts of the day the profile offers", () => {
    expect([5, 6, 11, 12, 17, 18, 22, 23].map(partOfHour)).toEqual([
      null,
      "MORNING",
      "MORNING",
      "AFTERNOON",
      "AFTERNOON",
      "EVENING",
      "EVENING",
      null,
    ]);
  });

  it("finds the parts a project's time touches on Kazakhstan's wall clock", () => {
    // Saturday 5 December 2026, 10:30–14:00 in Kazakhstan.
    const start = zonedToUtc("2026-12-05", "10:30");
    expect(slotsOfPeriod(start, zonedToUtc("2026-12-05", "14:00"))).toEqual(["SAT_MORNING", "SAT_AFTERNOON"]);
    // Friday 20:00 to Saturday 07:00: the night belongs to no part.
    expect(slotsOfPeriod(zonedToUtc("2026-12-04", "20:00"), zonedToUtc("2026-12-05", "07:00"))).toEqual([
      "FRI_EVENING",
      "SAT_MORNING",
    ]);
    // Ending exactly at noon does not touch the afternoon.
    expect(slotsOfPeriod(zonedToUtc("2026-12-07", "09:00"), zonedToUtc("2026-12-07", "12:00"))).toEqual([
      "MON_MORNING",
    ]);
    // A week or more: every slot.
    expect(slotsOfPeriod(start, zonedToUtc("2026-12-20", "10:00"))).toEqual([...WEEK_SLOTS]);
  });

  it("shows an organizer a first name with an initial and an age band", () => {
    expect(shortName("Айгерім Сейітова")).toBe("Айгерім С.");
    expect(shortName("  Dana  ")).toBe("Dana");
    expect(shortName("Ержан Болатұлы Нұрланов")).toBe("Ержан Н.");
    expect([18, 24, 25, 44, 64, 65, 90].map(ageBand)).toEqual([
      "18-24",
      "18-24",
      "25-34",
      "35-44",
      "55-64",
      "65+",
      "65+",
    ]);
  });
});
