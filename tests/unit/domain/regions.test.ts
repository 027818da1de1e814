import { describe, it, expect } from "vitest";
import {
  REGIONS,
  REGION_CODES,
  regionByCode,
  isRegionCode,
  WORKING_HOURS_PER_MONTH,
} from "../../../src/domain/regions";
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
    expect(regionByCode("ABAI").name).toEqual({ kk: "Абай облысы", ru: "Абайская область", en: "Abai Region" });
    expect(regionByCode("EAST_KAZAKHSTAN").center.kk).toBe("Өскемен");
    expect(regionByCode("ALMATY_CITY").name.ru).toBe("Алматы");
    expect(regionByCode("ALMATY_REGION").name.ru).toBe("Алматинская область");
    expect(regionByCode("ULYTAU").center.en).toBe("Zhezkazgan");
  });

  it("gives every unit a plausible hourly wage: oil regions highest, the south lowest", () => {
    for (const r of REGIONS) {
      expect(Number.isInteger(r.defaultHourlyWageKzt)).toBe(true);
      expect(r.defaultHourlyWageKzt).toBeGreaterThan(1_200);
      expect(r.defaultHourlyWageKzt).toBeLessThan(5_000);
      expect(r.defaultHourlyWageKzt).toBe(Math.round(r.averageMonthlyWageKzt / WORKING_HOURS_PER_MONTH));
    }
    const sorted = [...REGIONS].sort((a, b) => b.defaultHourlyWageKzt - a.defaultHourlyWageKzt).map((r) => r.code);
    expect(sorted.slice(0, 2)).toEqual(["ATYRAU", "MANGYSTAU"]);
    expect(sorted.slice(-2).sort()).toEqual(["JAMBYL", "TURKISTAN"]);
    expect(regionByCode("ATYRAU").defaultHourlyWageKzt).toBeGreaterThan(3_000);
    expect(regionByCode("TURKISTAN").defaultHourlyWageKzt).toBeLessThan(1_800);
  });

  it("looks codes up", () => {
    expect(regionByCode("SHYMKENT").kind).toBe("city");
    expect(regionByCode("NOWHERE")).toBeUndefined();
    expect(isRegionCode("JETISU")).toBe(true);
    expect(isRegionCode("ALMATY")).toBe(false);
  });
});
