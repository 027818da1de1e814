import { describe, expect, it } from "vitest";
import { isPrefixTerm, SEARCH_SYNONYMS, synonymsOf } from "../../../src/domain/search-synonyms";
import { kazakhStem } from "../../../src/domain/kazakh-stem";
import { searchLabels } from "../../../src/domain/search-labels";
import { DIRECTIONS } from "../../../src/domain/classification";

const flat = (word: string) => synonymsOf(word).map((t) => t.join(" "));

describe("the search synonym list", () => {
  it("is written as lower-case letters, each group in Latin and Cyrillic script", () => {
    for (const group of SEARCH_SYNONYMS) {
      for (const term of group) expect(term, term).toMatch(/^[\p{Ll}\p{N}]+( [\p{Ll}\p{N}]+)*$/u);
      expect(
        group.some((t) => /^[a-z ]+$/.test(t)),
        group.join(),
      ).toBe(true);
      expect(
        group.some((t) => /\p{Script=Cyrillic}/u.test(t)),
        group.join(),
      ).toBe(true);
    }
  });

  it("carries the words people search most across kk, ru and en", () => {
    expect(flat("animals")).toEqual(expect.arrayContaining(["животн", "жануар"]));
    expect(flat("жануарлар")).toEqual(expect.arrayContaining(["animal", "животн"]));
    expect(flat("животных")).toEqual(expect.arrayContaining(["animal", "жануар"]));
    expect(flat("ecology")).toEqual(expect.arrayContaining(["эколог", "табиғат"]));
    expect(flat("приют")).toEqual(expect.arrayContaining(["shelter", "баспана"]));
    expect(flat("баспанасы")).toEqual(expect.arrayContaining(["shelter", "приют"]));
    expect(flat("english")).toEqual(expect.arrayContaining(["англ", "ағылшын"]));
    expect(flat("пожилые")).toEqual(expect.arrayContaining(["elderly", "қарт"]));
    expect(flat("children")).toEqual(expect.arrayContaining(["детей", "бала"]));
    expect(flat("blood")).toEqual(expect.arrayContaining(["донор", "қан"]));
    expect(flat("субботник")).toEqual(expect.arrayContaining(["clean", "тазала"]));
    expect(flat("ағаш")).toEqual(expect.arrayContaining(["tree", "дерев"]));
    expect(flat("sport")).toEqual(expect.arrayContaining(["спорт"]));
  });

  it("matches short terms only as whole words", () => {
    expect(isPrefixTerm("эко")).toBe(false);
    expect(flat("эко")).toContain("ecolog");
    expect(flat("экран")).not.toContain("ecolog");
    expect(flat("қанат")).not.toContain("blood");
    expect(flat("қан")).toContain("blood");
    expect(flat("кофе")).toEqual([]);
  });

  it("does not return the term the word matched", () => {
    expect(flat("animal")).not.toContain("animal");
  });
});

describe("Kazakh normalisation", () => {
  it("searches a word by its stem, whatever its endings", () => {
    expect(kazakhStem("жануарлар")).toBe("жануар");
    expect(kazakhStem("жануарларға")).toBe("жануар");
    expect(kazakhStem("балаларға")).toBe("бала");
    expect(kazakhStem("сабақтар")).toBe("сабақ");
    expect(kazakhStem("экологиялық")).toBe("экология");
    expect("баспана".startsWith(kazakhStem("баспанасы"))).toBe(true);
  });

  it("leaves short words, Latin words and at least four letters alone", () => {
    expect(kazakhStem("тілі")).toBe("тілі");
    expect(kazakhStem("animals")).toBe("animals");
    expect(kazakhStem("Мектеп")).toBe("мектеп");
    expect(kazakhStem("балада").length).toBeGreaterThanOrEqual(4);
  });
});

describe("the labels the search indexes", () => {
  it("name every direction in kk, ru and en, without the word every label shares", () => {
    const directions = searchLabels().filter((l) => l.kind === "direction");
    expect(directions.map((l) => l.code)).toEqual([...DIRECTIONS]);
    for (const l of directions) {
      for (const text of [l.kk, l.ru, l.en]) {
        expect(text.length, `${l.code}: ${text}`).toBeGreaterThan(0);
        expect(text).not.toMatch(/волонтер|volunteer/i);
      }
    }
    expect(directions.find((l) => l.code === "ANIMAL")).toMatchObject({ kk: expect.stringContaining("Жануар") });
  });

  it("hold no semicolon, which the migration engine would split on", () => {
    for (const l of searchLabels()) expect([l.kk, l.ru, l.en].join(" ")).not.toContain(";");
  });
});
