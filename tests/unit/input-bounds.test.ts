// A form field's format check (a regex, the email check, URL parsing) must never see more than the
// field's length limit allows: a pattern with overlapping quantifiers on a 256 KB value blocked a
// worker for 14 s. These tests time nothing: they record what every regex and URL parse receives.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import {
  certificateSchema,
  isWebsite,
  organizerSignUpSchema,
  volunteerSignUpSchema,
} from "../../src/modules/accounts/schema";
import { projectSchema } from "../../src/modules/projects/schema";
import { bulkHoursSchema } from "../../src/modules/hours/schema";

const MB = "a.".repeat(512 * 1024);
let longest = 0;
const seen = (value: unknown) => {
  if (typeof value === "string") longest = Math.max(longest, value.length);
};
/** A pattern that can backtrack: it repeats something. zod's own length check measures the text
 * with one plain character class, which is linear and is the check we want to run first. */
const repeats = (re: RegExp) => ["+", "*", "{"].some((q) => re.source.includes(q));

beforeEach(() => {
  longest = 0;
  const { test, exec } = RegExp.prototype;
  vi.spyOn(RegExp.prototype, "test").mockImplementation(function (this: RegExp, s: string) {
    if (repeats(this)) seen(s);
    return test.call(this, s);
  });
  vi.spyOn(RegExp.prototype, "exec").mockImplementation(function (this: RegExp, s: string) {
    if (repeats(this)) seen(s);
    return exec.call(this, s);
  });
  const RealURL = URL;
  vi.stubGlobal(
    "URL",
    class extends RealURL {
      constructor(input: string | URL, base?: string | URL) {
        seen(String(input));
        super(input, base);
      }
    },
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const organizer = {
  orgName: "Astana Jastary",
  form: "INITIATIVE",
  regionCode: "ASTANA",
  directions: ["ENVIRONMENTAL"],
  orgEmail: "team@jastary.kz",
  name: "Aigerim Sadykova",
  email: "aigerim@jastary.kz",
  password: "Qazaqstan-2026!",
};
const project = {
  title: "Taza Qazaqstan: Есіл жағалауын тазалау",
  description: "Собираем мусор на набережной Есиля, перчатки и мешки выдаем на месте.",
  language: "ru",
  compositions: ["GENERAL"],
  primaryDirection: "ENVIRONMENTAL",
  scope: "LOCAL",
  duration: "ONE_TIME",
  regionCode: "ASTANA",
  settlement: "Астана",
  startDate: "2027-05-15",
  startTime: "10:00",
  endDate: "2027-05-15",
  endTime: "14:00",
  contactName: "Айгерім",
  sdgs: [],
  roles: [{ title: "Волонтер", capacity: 30, minAge: 14, mode: "FIRST_COME", skills: "" }],
};

const cases: { form: string; schema: z.ZodType; input: Record<string, unknown>; field: string }[] = [
  { form: "organizer sign-up", schema: organizerSignUpSchema, input: organizer, field: "website" },
  { form: "organizer sign-up", schema: organizerSignUpSchema, input: organizer, field: "orgEmail" },
  { form: "organizer sign-up", schema: organizerSignUpSchema, input: organizer, field: "email" },
  { form: "organizer sign-up", schema: organizerSignUpSchema, input: organizer, field: "phone" },
  {
    form: "organizer sign-up",
    schema: organizerSignUpSchema,
    input: { ...organizer, form: "REGISTERED", legalForm: "PUBLIC_ASSOCIATION" },
    field: "bin",
  },
  {
    form: "volunteer sign-up",
    schema: volunteerSignUpSchema,
    input: {
      name: "Daniyar",
      email: "d@example.kz",
      password: "Qazaqstan-2026!",
      regionCode: "ASTANA",
      birthDate: "2000-01-01",
    },
    field: "birthDate",
  },
  { form: "project", schema: projectSchema, input: project, field: "contactEmail" },
  { form: "project", schema: projectSchema, input: project, field: "contactPhone" },
  { form: "project", schema: projectSchema, input: project, field: "startDate" },
  { form: "project", schema: projectSchema, input: project, field: "endTime" },
  {
    form: "certificate",
    schema: certificateSchema,
    input: { training: "FIRST_AID", issuedOn: "2024-01-01" },
    field: "issuedOn",
  },
  {
    form: "hours",
    schema: bulkHoursSchema,
    input: { projectId: "p1", applicationIds: ["a1"], hours: "4" },
    field: "workedOn",
  },
];

describe("a 1 MB value is refused by the length limit before any format check runs", () => {
  it.each(cases)("$form: $field", ({ schema, input, field }) => {
    const result = schema.safeParse({ ...input, [field]: MB });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.filter((i) => i.path[0] === field);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("too_big");
    expect(longest, "the longest text a repeating regex or the URL parser received").toBeLessThanOrEqual(1000);
  });

  it("a website is checked by parsing it, not by a pattern", () => {
    for (const ok of ["https://jastary.kz", "http://astana-jastary.example.kz/about?x=1"])
      expect(isWebsite(ok), ok).toBe(true);
    for (const bad of [
      "jastary.kz",
      "ftp://jastary.kz",
      "https://localhost",
      "https://jastary .kz",
      "https://",
      "javascript:alert(1)//a.b",
    ])
      expect(isWebsite(bad), bad).toBe(false);
  });
});
