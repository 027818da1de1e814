import { describe, expect, it } from "vitest";
import { shortName, shownAverage, testimonialEligibility } from "../../src/modules/testimonials/policy";
import { instantiate, snapshotOf, type SourceProject } from "../../src/modules/project-templates/snapshot";
import { templateDataSchema } from "../../src/modules/project-templates/schema";
import { utcToZoned, zonedToUtc } from "../../src/domain/time";

const ended = { status: "COMPLETED" as const, endsAt: new Date("2026-01-10T12:00:00Z") };
const now = new Date("2026-02-01T00:00:00Z");

describe("who may write a testimonial", () => {
  it("the accepted volunteer who was there, once the project ended", () => {
    const base = { status: "ACCEPTED" as const, attendance: "ATTENDED" as const, confirmedHours: 0, project: ended };
    expect(testimonialEligibility(base, now)).toBe("OK");
    expect(testimonialEligibility({ ...base, attendance: null, confirmedHours: 1 }, now)).toBe("OK");
    expect(testimonialEligibility({ ...base, attendance: null }, now)).toBe("NOT_ATTENDED");
    expect(testimonialEligibility({ ...base, attendance: "NO_SHOW", confirmedHours: 2 }, now)).toBe("NOT_ATTENDED");
    expect(testimonialEligibility({ ...base, status: "WITHDRAWN" }, now)).toBe("NOT_ACCEPTED");
    expect(testimonialEligibility({ ...base, project: { ...ended, status: "CANCELLED" } }, now)).toBe("NOT_ACCEPTED");
    expect(testimonialEligibility(base, new Date("2026-01-10T11:00:00Z"))).toBe("NOT_ENDED");
  });

  it("shows the author as first name and initial, and the average only from three", () => {
    expect(shortName("Айгерім Сейітова")).toBe("Айгерім С.");
    expect(shortName("  ерлан   жаксылыков  ")).toBe("ерлан Ж.");
    expect(shortName("Dana")).toBe("Dana");
    expect(shortName("")).toBe("");
    expect(shownAverage(2, 5)).toBeNull();
    expect(shownAverage(3, 11 / 3)).toBe(3.7);
  });
});

describe("a project's template", () => {
  const source: SourceProject = {
    title: "Адреса заботы",
    description: "Зимой развозим продукты пожилым людям по адресам.",
    language: "ru",
    compositions: ["GENERAL"],
    primaryDirection: "SOCIAL",
    secondaryDirection: null,
    socialSubtype: "ELDERLY",
    scope: "LOCAL",
    duration: "ONGOING",
    birgemiz: [],
    hazardous: false,
    regionCode: "ASTANA",
    settlement: "Астана",
    isOnline: false,
    contactName: "Айгерім",
    contactPhone: null,
    contactEmail: null,
    // 1 December 09:00 to 28 February 18:00, Kazakhstan time.
    startsAt: zonedToUtc("2025-12-01", "09:00"),
    endsAt: zonedToUtc("2026-02-28", "18:00"),
    sdgs: [{ sdg: 3, impact: "DIRECT" }],
    roles: [
      {
        title: "Водитель",
        description: "",
        capacity: 6,
        minAge: 18,
        skills: ["вождение"],
        mode: "REVIEW",
        requiredTraining: null,
        slotPattern: { from: "2025-12-06", weekdays: [6, 7], start: "10:00", end: "14:00", weeks: 12, capacity: 6 },
      },
      {
        title: "Упаковщик",
        description: "",
        capacity: 10,
        minAge: 14,
        skills: [],
        mode: "FIRST_COME",
        requiredTraining: null,
        slotPattern: { broken: true },
      },
    ],
  };

  it("keeps times, length and each pattern's place relative to the start, and puts them at a new date", () => {
    const data = snapshotOf(source);
    expect(templateDataSchema.parse(data)).toEqual(data);
    expect(data.project).toMatchObject({ startTime: "09:00", endTime: "18:00", lengthDays: 89 });
    expect(data.roles.map((r) => r.slotPattern)).toEqual([
      { offsetDays: 5, weekdays: [6, 7], start: "10:00", end: "14:00", weeks: 12, capacity: 6 },
      null,
    ]);

    const next = instantiate(data, "2026-12-01");
    expect([utcToZoned(next.startsAt), utcToZoned(next.endsAt)]).toEqual([
      { date: "2026-12-01", time: "09:00" },
      { date: "2027-02-28", time: "18:00" },
    ]);
    const [driver, packer] = next.roles;
    expect(driver!.pattern?.from).toBe("2026-12-06");
    // Twelve weeks of Saturdays and Sundays from Sunday 6 December 2026: 24 slots, the first that Sunday.
    expect(driver!.slots).toHaveLength(24);
    expect(utcToZoned(driver!.slots[0]!.startsAt)).toEqual({ date: "2026-12-06", time: "10:00" });
    expect(packer!.slots).toEqual([]);
  });
});
