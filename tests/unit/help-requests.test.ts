import { describe, expect, it } from "vitest";
import {
  HELP_CATEGORIES,
  HELP_CATEGORY_CLASSIFICATION,
  HELP_CATEGORY_LABELS,
  formatKazakhMobile,
  isOverdue,
  normalizeKazakhMobile,
} from "../../src/domain/help-requests";
import { HelpCategory } from "../../src/generated/prisma/enums";
import { DIRECTIONS, SOCIAL_SUBTYPES } from "../../src/domain/classification";

describe("Kazakh mobile numbers", () => {
  it("reads the ways people write them into one form", () => {
    for (const written of ["+7 701 123 45 67", "87011234567", "8 (701) 123-45-67", "7011234567", "+77011234567"])
      expect(normalizeKazakhMobile(written)).toBe("+77011234567");
    expect(normalizeKazakhMobile("+7 747 000 11 22")).toBe("+77470001122");
    expect(formatKazakhMobile("+77011234567")).toBe("+7 701 123 45 67");
  });

  it("refuses landlines, other countries, short numbers and anything that is not a number", () => {
    for (const wrong of [
      "+7 727 250 00 00",
      "+7 7172 55 00 00",
      "+7 495 123 45 67",
      "+1 202 555 0100",
      "+7 701 123 45 6",
      "+7 701 123 45 678",
      "701-12",
      "call me",
      "+7 701 123 45 67; DROP TABLE",
      "",
    ])
      expect(normalizeKazakhMobile(wrong)).toBeNull();
  });
});

describe("help categories", () => {
  it("match the database's list, are named in three languages and map onto the classification", () => {
    expect([...HELP_CATEGORIES].sort()).toEqual(Object.values(HelpCategory).sort());
    for (const c of HELP_CATEGORIES) {
      for (const l of ["kk", "ru", "en"] as const) expect(HELP_CATEGORY_LABELS[c][l].length).toBeGreaterThan(2);
      const { direction, socialSubtype } = HELP_CATEGORY_CLASSIFICATION[c];
      expect(DIRECTIONS).toContain(direction);
      if (socialSubtype) {
        expect(direction).toBe("SOCIAL");
        expect(SOCIAL_SUBTYPES).toContain(socialSubtype);
      }
    }
  });
});

describe("overdue requests", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
  it("are the ones waiting for someone with no step for 48 hours", () => {
    expect(isOverdue({ status: "NEW", acceptedAt: null, updatedAt: hoursAgo(49) }, now)).toBe(true);
    expect(isOverdue({ status: "NEW", acceptedAt: null, updatedAt: hoursAgo(47) }, now)).toBe(false);
    // Offered to an organizer who has not answered.
    expect(isOverdue({ status: "IN_PROGRESS", acceptedAt: null, updatedAt: hoursAgo(49) }, now)).toBe(true);
    // Taken by an organizer, or closed: someone is on it, or it is over.
    expect(isOverdue({ status: "IN_PROGRESS", acceptedAt: hoursAgo(60), updatedAt: hoursAgo(60) }, now)).toBe(false);
    expect(isOverdue({ status: "RESOLVED", acceptedAt: null, updatedAt: hoursAgo(500) }, now)).toBe(false);
  });
});
