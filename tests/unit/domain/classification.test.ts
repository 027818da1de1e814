import { describe, it, expect } from "vitest";
import {
  CLASSIFICATION_CODES,
  CLASSIFICATION_LABELS,
  COMPOSITIONS,
  DIRECTIONS,
  SOCIAL_SUBTYPES,
  SCOPES,
  DURATIONS,
  ORGANIZER_FORMS,
  BIRGEMIZ_TAGS,
  BIRGEMIZ_TAG_INFO,
  LEGAL_FORMS,
  ALLOWED_LEGAL_FORMS,
  isAllowedLegalForm,
  isForbiddenForMinors,
  needsSocialSubtype,
  label,
  isCode,
  type ClassificationKind,
} from "../../../src/domain/classification";
import { LOCALES, DEFAULT_LOCALE, isLocale } from "../../../src/domain/locales";

const KINDS = Object.keys(CLASSIFICATION_CODES) as ClassificationKind[];
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe("the five-criteria classification", () => {
  it("has the review's number of types per criterion", () => {
    expect(COMPOSITIONS).toHaveLength(8);
    expect(DIRECTIONS).toHaveLength(14);
    expect(SOCIAL_SUBTYPES).toHaveLength(8);
    expect(SCOPES).toEqual(["LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL"]);
    expect(DURATIONS).toEqual(["ONE_TIME", "PROJECT", "ONGOING"]);
    expect(ORGANIZER_FORMS).toEqual(["REGISTERED", "INITIATIVE_GROUP", "INDIVIDUAL"]);
    expect(BIRGEMIZ_TAGS).toHaveLength(9);
  });

  it.each(KINDS)("labels every %s code, non-empty in kk, ru and en and distinct within the kind", (kind) => {
    const codes = CLASSIFICATION_CODES[kind] as readonly string[];
    const labels = CLASSIFICATION_LABELS[kind] as Record<string, { kk: string; ru: string; en: string }>;
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const locale of LOCALES) {
      const texts = codes.map((code) => label(kind, code as never, locale));
      for (const text of texts) expect(text.trim(), `${kind} ${locale}`).not.toBe("");
      expect(new Set(texts).size, `${kind} ${locale}`).toBe(codes.length);
    }
  });

  it("writes Kazakh in Kazakh and Russian in Russian", () => {
    for (const kind of ["composition", "direction", "socialSubtype"] as const) {
      for (const code of CLASSIFICATION_CODES[kind]) {
        const text = CLASSIFICATION_LABELS[kind][code as never] as { kk: string; ru: string; en: string };
        expect(text.kk, `${kind} ${code}`).toMatch(KAZAKH_LETTERS);
        expect(text.ru, `${kind} ${code}`).not.toMatch(KAZAKH_LETTERS);
        expect(text.en, `${kind} ${code}`).toMatch(/^[A-Za-z ,()-]+$/);
      }
    }
  });

  it("looks labels up by kind, code and locale", () => {
    expect(label("direction", "MEDICAL", "en")).toBe("Medical volunteering and donorship");
    expect(label("direction", "SOCIAL", "kk")).toBe("Әлеуметтік волонтерлік");
    expect(label("composition", "SILVER", "ru")).toBe("Серебряное волонтерство");
    expect(label("birgemizTag", "TAZA_ALEM", "kk")).toBe("Таза әлем");
    expect(label("legalForm", "PUBLIC_FOUNDATION", "ru")).toBe("Общественный фонд");
    expect(() => label("direction", "NOPE" as never, "en")).toThrow();
    expect(isCode("scope", "REGIONAL")).toBe(true);
    expect(isCode("scope", "MEDICAL")).toBe(false);
  });

  it("asks for a social subtype only when a direction is social", () => {
    expect(needsSocialSubtype("SOCIAL")).toBe(true);
    expect(needsSocialSubtype("EDUCATIONAL", "SOCIAL")).toBe(true);
    expect(needsSocialSubtype("EDUCATIONAL", null)).toBe(false);
  });
});

describe("Birgemiz programme tags", () => {
  it("uses the Kazakh programme names and the review's general categories", () => {
    expect(BIRGEMIZ_TAGS.map((t) => BIRGEMIZ_TAG_INFO[t].name.kk)).toEqual([
      "Саулық",
      "Білім",
      "Сабақтастық",
      "Асыл мұра",
      "Таза әлем",
      "Қамқор",
      "Үміт",
      "Аяла",
      "Күміс волонтерлік",
    ]);
    expect(BIRGEMIZ_TAG_INFO.SAULYQ.direction).toBe("MEDICAL");
    expect(BIRGEMIZ_TAG_INFO.ASYL_MURA.direction).toBe("ETHNIC");
    expect(BIRGEMIZ_TAG_INFO.UMIT.direction).toBe("EMERGENCY");
    expect(BIRGEMIZ_TAG_INFO.AYALA.direction).toBe("ANIMAL");
    expect(BIRGEMIZ_TAG_INFO.SILVER_VOLUNTEERING.direction).toBeNull();
    for (const tag of BIRGEMIZ_TAGS)
      for (const l of LOCALES) expect(BIRGEMIZ_TAG_INFO[tag].description[l]).not.toBe("");
  });
});

describe("legal forms of a registered organizer", () => {
  it("allows the non-profit forms and refuses those the law excludes", () => {
    expect(ALLOWED_LEGAL_FORMS).toEqual([
      "PUBLIC_ASSOCIATION",
      "PUBLIC_FOUNDATION",
      "PRIVATE_INSTITUTION",
      "ASSOCIATION_OF_LEGAL_ENTITIES",
      "NON_PROFIT_JSC",
    ]);
    const forbidden = LEGAL_FORMS.filter((f) => !f.allowed).map((f) => f.code);
    expect(forbidden.sort()).toEqual([
      "CONSUMER_COOPERATIVE",
      "POLITICAL_PARTY",
      "RELIGIOUS_ASSOCIATION",
      "TRADE_UNION",
    ]);
    expect(LEGAL_FORMS.find((f) => f.code === "PUBLIC_FOUNDATION")?.allowed).toBe(true);
    expect(isAllowedLegalForm("RELIGIOUS_ASSOCIATION")).toBe(false);
    expect(isAllowedLegalForm("PUBLIC_ASSOCIATION")).toBe(true);
    expect(isAllowedLegalForm("LLP")).toBe(false);
  });
});

describe("what minors may never do", () => {
  it("refuses emergency relief, search-and-rescue, work with prisoners and hazardous work", () => {
    expect(isForbiddenForMinors({ primaryDirection: "EMERGENCY" })).toBe(true);
    expect(isForbiddenForMinors({ primaryDirection: "SEARCH_RESCUE" })).toBe(true);
    expect(isForbiddenForMinors({ primaryDirection: "EDUCATIONAL", secondaryDirection: "SEARCH_RESCUE" })).toBe(true);
    expect(isForbiddenForMinors({ primaryDirection: "SOCIAL", socialSubtype: "PRISONERS" })).toBe(true);
    expect(isForbiddenForMinors({ primaryDirection: "ENVIRONMENTAL", hazardous: true })).toBe(true);
  });

  it("lets minors take part in everything else", () => {
    expect(isForbiddenForMinors({ primaryDirection: "SOCIAL", socialSubtype: "ELDERLY", hazardous: false })).toBe(
      false,
    );
    expect(
      isForbiddenForMinors({ primaryDirection: "EDUCATIONAL", secondaryDirection: null, socialSubtype: null }),
    ).toBe(false);
    const allowed = DIRECTIONS.filter((d) => !isForbiddenForMinors({ primaryDirection: d }));
    expect(allowed).toHaveLength(12);
  });
});

describe("locales", () => {
  it("defaults to Kazakh", () => {
    expect(DEFAULT_LOCALE).toBe("kk");
    expect(LOCALES).toEqual(["kk", "ru", "en"]);
    expect(isLocale("ru")).toBe(true);
    expect(isLocale("de")).toBe(false);
  });
});
