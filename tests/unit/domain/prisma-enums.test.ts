import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { REGION_CODES } from "../../../src/domain/regions";
import { LOCALES } from "../../../src/domain/locales";
import { GENDERS } from "../../../src/domain/age";
import { SDG_IMPACTS } from "../../../src/domain/sdg-directions";
import {
  COMPOSITIONS,
  DIRECTIONS,
  SOCIAL_SUBTYPES,
  SCOPES,
  DURATIONS,
  ORGANIZER_FORMS,
  ALLOWED_LEGAL_FORMS,
  BIRGEMIZ_TAGS,
} from "../../../src/domain/classification";

// The database enums mirror the domain's code lists; a code added on one side only would make
// a form offer a value the database refuses, or a stored value the UI cannot label.
const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");

function prismaEnum(name: string): string[] {
  const body = new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schema)?.[1];
  if (body === undefined) throw new Error(`enum ${name} not found in prisma/schema.prisma`);
  return body
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("Prisma enums match the domain's codes", () => {
  it.each([
    ["RegionCode", REGION_CODES],
    ["Locale", LOCALES],
    ["Gender", GENDERS],
    ["Composition", COMPOSITIONS],
    ["Direction", DIRECTIONS],
    ["SocialSubtype", SOCIAL_SUBTYPES],
    ["Scope", SCOPES],
    ["Duration", DURATIONS],
    ["OrganizerForm", ORGANIZER_FORMS],
    ["LegalForm", ALLOWED_LEGAL_FORMS],
    ["BirgemizTag", BIRGEMIZ_TAGS],
    ["SdgImpact", SDG_IMPACTS],
  ] as const)("%s", (name, codes) => {
    expect(prismaEnum(name)).toEqual([...codes]);
  });
});
