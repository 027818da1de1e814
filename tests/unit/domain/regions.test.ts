import { describe, it, expect } from "vitest";
import { REGIONS, REGION_CODES, regionByCode, isRegionCode } from "../../../src/domain/regions";
import {
  hourlyFromMonthly,
  PUBLISHED_WAGES_2024,
  resolveWage,
  wagesOfPeriod,
  WORKING_HOURS_PER_MONTH,
  type WageFigure,
} from "../../../src/domain/region-wages";
import { LOCALES } from "../../../src/domain/locales";

describe("regions", () => {
  it("lists the 20 top-level units once each: 17 regions and 3 cities of republican significance", () => {
    expect(REGION_CODES).toHaveLength(20);
    expect(new Set(REGION_CODES).size).toBe(20);
    expect(REGIONS.map((r) => r.code)).toEqual([...REGION_CODES]);
    expect(REGIONS.filter((r) => r.kind === "region")).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === "city").map((r) => r.code)).toEqual(["ASTANA", "ALMATY_CITY", "SHYMKENT"]);
  });

  it("names every unit and its center in all three languages, names distinct per language", () => {
    for (const locale of LOCALES) {
      const names = REGIONS.map((r) => r.name[locale]);
      expect(names.every((n) => n.trim().length > 0)).toBe(true);
      expect(new Set(names).size).toBe(20);
      expect(REGIONS.every((r) => r.center[locale].trim().length > 0)).toBe(true);
    }
  });

  it("uses the official names", () => {
    // Russian per the 2022 decrees; English in one transliteration of Kazakh (Zh for Ж, y for й).
    expect(regionByCode("ABAI").name).toEqual({ kk: "Абай облысы", ru: "область Абай", en: "Abay Region" });
    expect(regionByCode("JETISU").name).toEqual({ kk: "Жетісу облысы", ru: "область Жетісу", en: "Zhetisu Region" });
    expect(regionByCode("ULYTAU").name).toEqual({ kk: "Ұлытау облысы", ru: "область Ұлытау", en: "Ulytau Region" });
    expect(regionByCode("JAMBYL").name.en).toBe("Zhambyl Region");
    expect(regionByCode("ALMATY_REGION").center).toEqual({ kk: "Қонаев", ru: "Қонаев", en: "Konaev" });
    for (const r of REGIONS) {
      expect(`${r.name.en} ${r.center.en}`).not.toMatch(/\bJ|ai\b/);
    }
    expect(regionByCode("EAST_KAZAKHSTAN").center.kk).toBe("Өскемен");
    expect(regionByCode("ALMATY_CITY").name.ru).toBe("Алматы");
    expect(regionByCode("ALMATY_REGION").name.ru).toBe("Алматинская область");
    expect(regionByCode("ULYTAU").center.en).toBe("Zhezkazgan");
  });

  it("starts every unit with a plausible 2024 wage: oil regions highest, the south lowest", () => {
    expect(Object.keys(PUBLISHED_WAGES_2024).sort()).toEqual([...REGION_CODES].sort());
    const hourly = (code: string) => hourlyFromMonthly(PUBLISHED_WAGES_2024[code as keyof typeof PUBLISHED_WAGES_2024]);
    for (const code of REGION_CODES) {
      expect(hourly(code)).toBeGreaterThan(1_200);
      expect(hourly(code)).toBeLessThan(5_000);
    }
    expect(hourly("ASTANA")).toBe(Math.round(520_000 / WORKING_HOURS_PER_MONTH));
    const sorted = [...REGION_CODES].sort((a, b) => hourly(b) - hourly(a));
    expect(sorted.slice(0, 2)).toEqual(["ATYRAU", "MANGYSTAU"]);
    // The three the review checked against the Bureau's 2024 table.
    expect(PUBLISHED_WAGES_2024.TURKISTAN).toBe(295_000);
    expect(PUBLISHED_WAGES_2024.JETISU).toBe(293_000);
    expect(PUBLISHED_WAGES_2024.NORTH_KAZAKHSTAN).toBe(293_000);
  });

  it("looks codes up", () => {
    expect(regionByCode("SHYMKENT").kind).toBe("city");
    expect(regionByCode("NOWHERE")).toBeUndefined();
    expect(isRegionCode("JETISU")).toBe(true);
    expect(isRegionCode("ALMATY")).toBe(false);
  });
});

describe("the wage that values a month", () => {
  const w = (regionCode: string, year: number, quarter: number | null, hourlyWageKzt = year): WageFigure => ({
    regionCode,
    year,
    quarter,
    hourlyWageKzt,
  });
  const figures = [w("ASTANA", 2024, null), w("ASTANA", 2025, null), w("ASTANA", 2025, 3, 9), w("ULYTAU", 2025, 1)];

  it("takes the quarter's figure, else the year's, else the latest earlier year's (a stand-in)", () => {
    expect(resolveWage(figures, "ASTANA", 2025, 8)).toEqual({ wage: figures[2], basis: "QUARTER" });
    expect(resolveWage(figures, "ASTANA", 2025, 12)).toEqual({ wage: figures[1], basis: "YEAR" });
    expect(resolveWage(figures, "ASTANA", 2024, 2)).toEqual({ wage: figures[0], basis: "YEAR" });
    expect(resolveWage(figures, "ASTANA", 2027, 1)).toEqual({ wage: figures[1], basis: "EARLIER_YEAR" });
    // Older than the whole table: the earliest later year's.
    expect(resolveWage(figures, "ASTANA", 2023, 6)).toEqual({ wage: figures[0], basis: "LATER_YEAR" });
  });

  it("does not let another quarter, or only quarters, stand in for a year", () => {
    expect(resolveWage(figures, "ULYTAU", 2025, 1)?.basis).toBe("QUARTER");
    expect(resolveWage(figures, "ULYTAU", 2025, 4)).toBeNull();
    expect(resolveWage(figures, "NOWHERE", 2025, 4)).toBeNull();
  });

  it("lists the figures a year was valued at, once each", () => {
    expect(wagesOfPeriod(figures, "ASTANA", 2025, null)).toEqual([
      { wage: figures[1], basis: "YEAR" },
      { wage: figures[2], basis: "QUARTER" },
    ]);
    expect(wagesOfPeriod(figures, "ASTANA", 2026, 5)).toEqual([{ wage: figures[1], basis: "EARLIER_YEAR" }]);
  });
});
