import { describe, it, expect } from "vitest";
import {
  ageOn,
  ageGroup,
  isMinor,
  isOldEnoughToVolunteer,
  retirementAge,
  MIN_VOLUNTEER_AGE,
  ADULT_AGE,
} from "../../../src/domain/age";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("age in full years", () => {
  it("goes up on the birthday, not the day before", () => {
    expect(ageOn(d("2008-06-15"), d("2026-06-14"))).toBe(17);
    expect(ageOn(d("2008-06-15"), d("2026-06-15"))).toBe(18);
    expect(ageOn(d("2008-06-15"), d("2026-12-31"))).toBe(18);
    expect(ageOn(d("2008-12-31"), d("2027-01-01"))).toBe(18);
    expect(ageOn(d("2008-06-15"), d("2008-06-15"))).toBe(0);
  });

  it("ignores the time of day", () => {
    expect(ageOn(d("2008-06-15"), new Date("2026-06-14T23:59:59Z"))).toBe(17);
    expect(ageOn(d("2008-06-15"), new Date("2026-06-15T00:00:01Z"))).toBe(18);
  });

  it("counts 29 February birthdays from 1 March in common years and on 29 February in leap years", () => {
    const leapling = d("2008-02-29");
    expect(ageOn(leapling, d("2026-02-28"))).toBe(17);
    expect(ageOn(leapling, d("2026-03-01"))).toBe(18);
    expect(ageOn(leapling, d("2028-02-28"))).toBe(19);
    expect(ageOn(leapling, d("2028-02-29"))).toBe(20);
  });

  it("tells minors and the youngest volunteers apart", () => {
    expect(MIN_VOLUNTEER_AGE).toBe(14);
    expect(ADULT_AGE).toBe(18);
    expect(isOldEnoughToVolunteer(d("2012-05-10"), d("2026-05-09"))).toBe(false);
    expect(isOldEnoughToVolunteer(d("2012-05-10"), d("2026-05-10"))).toBe(true);
    expect(isMinor(d("2008-05-10"), d("2026-05-09"))).toBe(true);
    expect(isMinor(d("2008-05-10"), d("2026-05-10"))).toBe(false);
  });
});

describe("retirement age and the statistics' age groups", () => {
  it("retires men at 63 and women at 61, unknown gender at 63", () => {
    expect(retirementAge("MALE")).toBe(63);
    expect(retirementAge("FEMALE")).toBe(61);
    expect(retirementAge(null)).toBe(63);
  });

  const on = d("2026-07-01");
  const bornAged = (years: number, dayOffset = 0) => {
    const b = new Date(Date.UTC(2026 - years, 6, 1 + dayOffset));
    return b;
  };

  it.each([
    [17, 0, "UNDER_18"],
    [18, 1, "UNDER_18"], // turns 18 tomorrow
    [18, 0, "AGE_18_29"],
    [29, 0, "AGE_18_29"],
    [30, 1, "AGE_18_29"],
    [30, 0, "AGE_30_RETIREMENT"],
  ] as const)("puts someone of %i (birthday offset %i days) in %s whatever the gender", (years, offset, group) => {
    for (const gender of ["MALE", "FEMALE", null] as const)
      expect(ageGroup(bornAged(years, offset), gender, on)).toBe(group);
  });

  it("moves women to retirement age at 61 and men at 63", () => {
    expect(ageGroup(bornAged(61, 1), "FEMALE", on)).toBe("AGE_30_RETIREMENT");
    expect(ageGroup(bornAged(61), "FEMALE", on)).toBe("RETIREMENT");
    expect(ageGroup(bornAged(61), "MALE", on)).toBe("AGE_30_RETIREMENT");
    expect(ageGroup(bornAged(63, 1), "MALE", on)).toBe("AGE_30_RETIREMENT");
    expect(ageGroup(bornAged(63), "MALE", on)).toBe("RETIREMENT");
    expect(ageGroup(bornAged(62), null, on)).toBe("AGE_30_RETIREMENT");
    expect(ageGroup(bornAged(63), null, on)).toBe("RETIREMENT");
    expect(ageGroup(bornAged(80), "FEMALE", on)).toBe("RETIREMENT");
  });
});
