import { describe, it, expect } from "vitest";
import { SDGS, SDG_NUMBERS, sdgByNumber } from "../../../src/domain/sdg";
import {
  SDG_CONTRIBUTIONS,
  SDG_DIRECTION_TABLE,
  contributionOf,
  proposeSdgLinks,
  proposeSdgs,
  waterWordIn,
} from "../../../src/domain/sdg-directions";
import { DIRECTIONS, type Direction } from "../../../src/domain/classification";
import { LOCALES } from "../../../src/domain/locales";

const linkFor = (directions: Direction[], sdg: number) =>
  proposeSdgLinks(directions).find((l) => l.sdg === sdg)?.impact;

describe("the 17 goals", () => {
  it("numbers 1 to 17 with a name in every language and the official colour", () => {
    expect(SDGS.map((g) => g.number)).toEqual([...SDG_NUMBERS]);
    expect(SDGS).toHaveLength(17);
    for (const locale of LOCALES) {
      const names = SDGS.map((g) => g.name[locale]);
      expect(names.every((n) => n.trim() !== "")).toBe(true);
      expect(new Set(names).size).toBe(17);
    }
    expect(SDGS.every((g) => /^#[0-9A-F]{6}$/.test(g.color))).toBe(true);
    expect(sdgByNumber(1)).toMatchObject({
      color: "#E5243B",
      name: { en: "No poverty", ru: "Ликвидация нищеты", kk: "Кедейлікті жою" },
    });
    expect(sdgByNumber(17).name.en).toBe("Partnerships for the goals");
    expect(sdgByNumber(18)).toBeUndefined();
  });
});

describe("the review's direction-to-goal table", () => {
  it("passes the known checkpoints", () => {
    expect(contributionOf("EDUCATIONAL", 4)).toBe("DIRECT");
    expect(contributionOf("MEDIA", 5)).toBe("INDIRECT");
    expect(contributionOf("ENVIRONMENTAL", 6)).toBe("DIRECT");
    expect(contributionOf("SOCIAL", 10)).toBe("DIRECT");
    expect(linkFor(["EDUCATIONAL"], 4)).toBe("DIRECT");
    expect(linkFor(["MEDIA"], 5)).toBe("INDIRECT");
    expect(linkFor(["ENVIRONMENTAL"], 6)).toBe("DIRECT");
    expect(linkFor(["SOCIAL"], 10)).toBe("DIRECT");
  });

  it("encodes more rows as the review prints them", () => {
    // SDG 1 and 2 share one block.
    for (const sdg of [1, 2] as const) {
      expect(contributionOf("SOCIAL", sdg)).toBe("DIRECT");
      expect(contributionOf("EDUCATIONAL", sdg)).toBe("INDIRECT");
      expect(contributionOf("MEDIA", sdg)).toBe("DIRECT_AND_INDIRECT");
    }
    expect(contributionOf("MEDICAL", 3)).toBe("DIRECT");
    expect(contributionOf("SPORTS", 3)).toBe("DIRECT_AND_INDIRECT");
    expect(contributionOf("ARTS", 4)).toBe("DIRECT");
    expect(contributionOf("CIVIL_SOCIETY", 5)).toBe("DIRECT");
    expect(contributionOf("EDUCATIONAL", 6)).toBe("DIRECT_AND_INDIRECT");
    for (const sdg of [7, 8, 9] as const) {
      expect(SDG_CONTRIBUTIONS[sdg].map((c) => [c.direction, c.impact])).toEqual([
        ["EVENT", "INDIRECT"],
        ["MEDIA", "INDIRECT"],
      ]);
    }
    expect(contributionOf("PUBLIC_SPACES", 10)).toBe("DIRECT_AND_INDIRECT");
    expect(contributionOf("EVENT", 10)).toBe("DIRECT");
    expect(contributionOf("ETHNIC", 10)).toBe("DIRECT_AND_INDIRECT");
    for (const sdg of [12, 13, 14, 15] as const) {
      expect(contributionOf("ANIMAL", sdg)).toBe("DIRECT");
      expect(contributionOf("EDUCATIONAL", sdg)).toBe("DIRECT_AND_INDIRECT");
    }
    expect(contributionOf("EMERGENCY", 16)).toBe("DIRECT");
    expect(contributionOf("EVENT", 17)).toBe("INDIRECT");
    expect(contributionOf("CIVIL_SOCIETY", 17)).toBe("DIRECT_AND_INDIRECT");
    expect(contributionOf("ARTS", 10)).toBeNull();
  });

  it("covers every goal and lists a direction at most once per goal", () => {
    const covered = new Set(SDG_DIRECTION_TABLE.flatMap((b) => b.sdgs));
    expect([...covered].sort((a, b) => a - b)).toEqual([...SDG_NUMBERS]);
    for (const sdg of SDG_NUMBERS) {
      const directions = SDG_CONTRIBUTIONS[sdg].map((c) => c.direction);
      expect(new Set(directions).size, `SDG ${sdg}`).toBe(directions.length);
    }
  });

  it("names social subtypes where the review's examples do", () => {
    const social10 = SDG_CONTRIBUTIONS[10].find((c) => c.direction === "SOCIAL");
    expect(social10?.socialSubtypes).toContain("PRISONERS");
    expect(SDG_CONTRIBUTIONS[5].find((c) => c.direction === "SOCIAL")?.socialSubtypes).toEqual(["CRISIS_CENTERS"]);
  });
});

describe("proposing a project's goals from its directions", () => {
  it("proposes one link per goal, sorted, direct where the review says direct", () => {
    expect(proposeSdgLinks(["MEDIA"])).toEqual([
      { sdg: 1, impact: "DIRECT" },
      { sdg: 2, impact: "DIRECT" },
      { sdg: 5, impact: "INDIRECT" },
      { sdg: 6, impact: "INDIRECT" },
      { sdg: 7, impact: "INDIRECT" },
      { sdg: 8, impact: "INDIRECT" },
      { sdg: 9, impact: "INDIRECT" },
      { sdg: 10, impact: "INDIRECT" },
      { sdg: 11, impact: "INDIRECT" },
      { sdg: 12, impact: "INDIRECT" },
      { sdg: 13, impact: "INDIRECT" },
      { sdg: 15, impact: "INDIRECT" },
    ]);
    // Life below water only when the project is about water.
    expect(linkFor(["MEDIA"], 14)).toBeUndefined();
    expect(proposeSdgLinks(["MEDIA"], { title: "Каспий теңізі туралы подкаст" }).find((l) => l.sdg === 14)).toEqual({
      sdg: 14,
      impact: "INDIRECT",
    });
    expect(proposeSdgLinks(["ARTS"])).toEqual([{ sdg: 4, impact: "DIRECT" }]);
  });

  it("takes the strongest impact over several directions", () => {
    // Media alone is indirect on SDG 5; with civil society (direct on 5) the link becomes direct.
    expect(linkFor(["MEDIA", "CIVIL_SOCIETY"], 5)).toBe("DIRECT");
    expect(linkFor(["EVENT", "MEDIA"], 8)).toBe("INDIRECT");
    const links = proposeSdgLinks(["EDUCATIONAL", "ENVIRONMENTAL", "EDUCATIONAL"]);
    expect(links.map((l) => l.sdg)).toEqual([1, 2, 3, 4, 5, 6, 10, 12, 13, 15]);
    expect(new Set(links.map((l) => l.sdg)).size).toBe(links.length);
  });

  it("proposes nothing for no directions or for directions the table never lists", () => {
    expect(proposeSdgLinks([])).toEqual([]);
    expect(proposeSdgLinks(["SEARCH_RESCUE"])).toEqual([]);
    const unlisted = DIRECTIONS.filter((d) => proposeSdgLinks([d]).length === 0);
    expect(unlisted).toEqual(["SEARCH_RESCUE"]);
  });
});

describe("why each goal is proposed, and Life below water only for water", () => {
  const park = {
    kk: { title: "Орталық саябақты тазалау", description: "Сенбілік: қоқыс жинаймыз, ағаш отырғызамыз." },
    ru: { title: "Уборка Центрального парка", description: "Субботник: собираем мусор и сажаем деревья." },
    en: { title: "Central park clean-up", description: "Saturday clean-up: we pick up litter and plant trees." },
  };
  const water = {
    kk: { title: "Есіл өзенінің жағалауын тазалау", description: "Қоқыс жинаймыз." },
    ru: { title: "Чистый берег Ишима", description: "Собираем мусор у воды." },
    en: { title: "Lake Borovoe clean-up", description: "We pick up litter along the shore." },
  };

  for (const locale of LOCALES) {
    it(`a park clean-up in ${locale} is not proposed SDG 14, a river or lake clean-up is`, () => {
      const parkGoals = proposeSdgs({ directions: ["ENVIRONMENTAL"], ...park[locale] }).map((l) => l.sdg);
      expect(parkGoals).toEqual([6, 12, 13, 15]);
      const waterLinks = proposeSdgs({ directions: ["ENVIRONMENTAL"], ...water[locale] });
      expect(waterLinks.map((l) => l.sdg)).toEqual([6, 12, 13, 14, 15]);
      expect(waterLinks.find((l) => l.sdg === 14)?.waterWord).toBeTruthy();
      expect(waterLinks.find((l) => l.sdg === 13)?.waterWord).toBeUndefined();
    });
  }

  it("says which of the project's directions proposed each goal, and how", () => {
    const links = proposeSdgs({ directions: ["ENVIRONMENTAL", "EDUCATIONAL", null], title: "Эко-урок" });
    expect(links.find((l) => l.sdg === 6)).toEqual({
      sdg: 6,
      impact: "DIRECT",
      reasons: [
        { direction: "ENVIRONMENTAL", impact: "DIRECT" },
        { direction: "EDUCATIONAL", impact: "DIRECT_AND_INDIRECT" },
      ],
    });
    expect(links.find((l) => l.sdg === 4)?.reasons).toEqual([{ direction: "EDUCATIONAL", impact: "DIRECT" }]);
    // Every proposed goal has at least one reason, and only the project's directions are named.
    for (const l of links) {
      expect(l.reasons.length).toBeGreaterThan(0);
      expect(l.reasons.every((r) => r.direction === "ENVIRONMENTAL" || r.direction === "EDUCATIONAL")).toBe(true);
    }
  });

  it("finds water words in every language and word form, and not in look-alikes", () => {
    for (const text of [
      "Су айдындарын тазалау",
      "Балқаш көлінің жағасы",
      "Көлде балық аулау",
      "Очистка водоёмов",
      "Уборка на Иртыше",
      "Набережная Урала",
      "по реке",
      "Save the Caspian seals",
      "River bank clean-up",
      "by the sea",
      "Water-saving workshop",
    ]) {
      expect(waterWordIn(text), text).not.toBeNull();
    }
    for (const text of [
      "Көлік жөндеу",
      "Водитель для гуманитарного груза",
      "Аралас топ",
      "Рекультивация пустыря",
      "Озеленение двора",
      "Search and rescue season",
      "Суретші балаларға",
    ]) {
      expect(waterWordIn(text), text).toBeNull();
    }
  });
});
