import { describe, expect, it } from "vitest";
import { acceptedLanguages, negotiateLocale } from "../../../src/domain/locales";

describe("locale negotiation", () => {
  it("takes the first candidate that is one of ours, else Kazakh", () => {
    expect(negotiateLocale("en", "ru")).toBe("en");
    expect(negotiateLocale("de", null, "ru")).toBe("ru");
    expect(negotiateLocale(undefined, "", "EN")).toBe("kk");
    expect(negotiateLocale()).toBe("kk");
  });

  it("reads Accept-Language by weight, dropping refused languages", () => {
    expect(acceptedLanguages("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7")).toEqual(["de", "de", "ru", "en"]);
    expect(acceptedLanguages("en;q=0.5, kk-KZ;q=0.9, ru;q=0")).toEqual(["kk", "en"]);
    expect(negotiateLocale(...acceptedLanguages("fr, en;q=0.1"))).toBe("en");
    expect(acceptedLanguages(null)).toEqual([]);
  });
});
