import { describe, expect, it } from "vitest";
import { effectiveMinAge, isAdultOnly, meetsRequirements, startDay } from "../../src/modules/call-outs/policy";
import { callOutSchema } from "../../src/modules/call-outs/schema";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
// 01:00 on 1 March 2027 in Kazakhstan (UTC+5) is still 28 February in UTC.
const startsAt = new Date("2027-02-28T20:00:00Z");
const base = { startsAt, minAge: 18, skills: [] as string[], requiredTrainingId: null };
const person = (birth: string, extra: Partial<Parameters<typeof meetsRequirements>[0]> = {}) => ({
  birthDate: d(birth),
  skills: [],
  certificates: [],
  ...extra,
});

describe("call-out requirements", () => {
  it("forces 18 for emergency and search-and-rescue, and keeps the asked age elsewhere", () => {
    expect(isAdultOnly("EMERGENCY")).toBe(true);
    expect(isAdultOnly("SEARCH_RESCUE")).toBe(true);
    expect(isAdultOnly("SOCIAL")).toBe(false);
    expect(effectiveMinAge("EMERGENCY", 14)).toBe(18);
    expect(effectiveMinAge("SEARCH_RESCUE", 21)).toBe(21);
    expect(effectiveMinAge("ENVIRONMENTAL", 14)).toBe(14);
  });

  it("counts the age on the Kazakhstan day the call-out starts", () => {
    expect(startDay(startsAt).toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(meetsRequirements(person("2009-03-01"), base)).toBe(true);
    // Turning 18 the day after the start: still a minor that day.
    expect(meetsRequirements(person("2009-03-02"), base)).toBe(false);
    // Born on 29 February: 18 on 1 March in a common year, not a day early.
    expect(meetsRequirements(person("2008-02-29"), { ...base, startsAt: new Date("2026-02-28T06:00:00Z") })).toBe(
      false,
    );
    expect(meetsRequirements(person("2008-02-29"), { ...base, startsAt: new Date("2026-03-01T06:00:00Z") })).toBe(true);
  });

  it("wants the training with a certificate valid on the start day, and any one skill", () => {
    const r = { ...base, requiredTrainingId: "t1", skills: ["Водитель", "лодка"] };
    const cert = (expiresOn: string | null) => [{ trainingId: "t1", expiresOn: expiresOn ? d(expiresOn) : null }];
    expect(meetsRequirements(person("1990-01-01", { skills: ["водитель"], certificates: cert(null) }), r)).toBe(true);
    expect(meetsRequirements(person("1990-01-01", { skills: ["лодка"], certificates: cert("2027-03-01") }), r)).toBe(
      true,
    );
    expect(meetsRequirements(person("1990-01-01", { skills: ["лодка"], certificates: cert("2027-02-28") }), r)).toBe(
      false,
    );
    expect(meetsRequirements(person("1990-01-01", { skills: ["повар"], certificates: cert(null) }), r)).toBe(false);
    expect(meetsRequirements(person("1990-01-01", { skills: ["лодка"] }), r)).toBe(false);
  });
});

describe("the call-out form's schema", () => {
  const ok = {
    title: "Мешки с песком",
    description: "Нужно наполнить и уложить мешки с песком вдоль дамбы.",
    direction: "EMERGENCY",
    regions: ["ATYRAU"],
    settlements: "Кульсары, Аккыстау",
    startDate: "2027-04-05",
    startTime: "09:00",
    endDate: "2027-04-05",
    endTime: "18:00",
    answerByDate: "2027-04-04",
    answerByTime: "20:00",
    peopleNeeded: "40",
    minAge: "18",
    skills: "водитель, водитель, лодка",
    organizerId: "o1",
  };
  it("reads lists from text, without repeats", () => {
    const v = callOutSchema.parse(ok);
    expect(v.settlements).toEqual(["Кульсары", "Аккыстау"]);
    expect(v.skills).toEqual(["водитель", "лодка"]);
    expect(v.peopleNeeded).toBe(40);
  });
  it("wants the answer before the start and the end after it", () => {
    const r = callOutSchema.safeParse({ ...ok, answerByDate: "2027-04-05", answerByTime: "10:00", endTime: "08:00" });
    const messages = r.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "endDate:callOuts.validation.endBeforeStart",
        "answerByDate:callOuts.validation.answerAfterStart",
      ]),
    );
  });
});
