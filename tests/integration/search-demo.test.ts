import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { seedDemo } from "../../prisma/seed/demo";
import { parseSearchParams } from "../../src/modules/search/schema";
import { searchProjects } from "../../src/modules/search/queries";
import { searchSuggestions } from "../../src/modules/search/suggestions";
import { searchLabels } from "../../src/domain/search-labels";
import { SEARCH_TEST_SET } from "./search-queries";

// Search across languages (issue 10) against the demo dataset: the test set of real queries,
// the labels the database indexes, and what keeps the index current.
const top5 = async (q: string) =>
  (await searchProjects(db(), parseSearchParams({ q }))).items.slice(0, 5).map((i) => i.title);

// Every test starts from an empty database (setup.ts), so each loads the demo data itself.
const seed = () => seedDemo(db(), 60, new Date());

describe("search across languages on the demo data", () => {
  it(`finds the expected project in the first five for each of ${SEARCH_TEST_SET.length} real queries`, async () => {
    expect(SEARCH_TEST_SET.length).toBeGreaterThanOrEqual(40);
    await seed();
    const misses: string[] = [];
    for (const { q, finds } of SEARCH_TEST_SET) {
      const titles = await top5(q);
      if (!titles.includes(finds)) misses.push(`${q} → ${titles.join(" | ") || "nothing"} (wanted ${finds})`);
    }
    expect(misses).toEqual([]);

    // What the page says it searched for, when it corrected a typo or took any of the words.
    const typo = await searchProjects(db(), parseSearchParams({ q: "Ынтымак" }));
    expect(typo.searchedFor).toEqual({ mode: "corrected", query: "ынтымақ" });
    const exact = await searchProjects(db(), parseSearchParams({ q: "Ынтымақ" }));
    expect(exact.searchedFor).toBeNull();
    const some = await searchProjects(db(), parseSearchParams({ q: "петроглифы вязание" }));
    expect(some.searchedFor).toEqual({ mode: "broadened", query: "петроглифы вязание" });
    expect(some.items.map((i) => i.title)).toEqual(expect.arrayContaining(["Вязание для недоношенных малышей"]));

    // Suggestions as a person types: directions, organizers, places, in the page's language.
    expect(await searchSuggestions(db(), "зоо", "en")).toContain("Animal volunteering");
    expect(await searchSuggestions(db(), "лапы", "ru")).toContain(
      "Частное учреждение «Приют для животных «Добрые лапы»",
    );
    expect(await searchSuggestions(db(), "павлод", "kk")).toContain("Павлодар");
    expect(await searchSuggestions(db(), "a", "kk")).toEqual([]);
    expect(await searchSuggestions(db(), "%_", "kk")).toEqual([]);
  }, 120_000);

  it("keeps the index current when an organizer is renamed or a goal is linked", async () => {
    await seed();
    const organizer = await db().organizer.findFirstOrThrow({ where: { name: { contains: "Добрые лапы" } } });
    expect(await top5("Четыре хвоста")).toEqual([]);
    await db().organizer.update({ where: { id: organizer.id }, data: { name: "Приют «Четыре хвоста»" } });
    expect(await top5("Четыре хвоста")).toContain("Помощь приюту: выгул, уборка вольеров, социализация");
    expect(await top5("Добрые лапы")).not.toContain("Помощь приюту: выгул, уборка вольеров, социализация");

    const shelter = await db().project.findFirstOrThrow({ where: { title: { startsWith: "Помощь приюту" } } });
    const inPavlodar = async (q: string) =>
      (await searchProjects(db(), parseSearchParams({ q, region: "PAVLODAR" }))).items.map((i) => i.title);
    await db().projectSdg.deleteMany({ where: { projectId: shelter.id, sdg: 5 } });
    expect(await inPavlodar("gender equality")).not.toContain(shelter.title);
    await db().projectSdg.create({ data: { projectId: shelter.id, sdg: 5, impact: "INDIRECT" } });
    expect(await inPavlodar("gender equality")).toContain(shelter.title);
  }, 120_000);
});

describe("the labels the database indexes", () => {
  it("are the classification's, as src/domain/search-labels.ts gives them", async () => {
    const rows = await db().$queryRaw<{ kind: string; code: string; kk: string; ru: string; en: string }[]>`
      SELECT "kind", "code", "kk", "ru", "en" FROM "search_labels"()`;
    expect(rows).toEqual(searchLabels());
  });
});
