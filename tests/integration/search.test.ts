import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { createOrganizer, createProject, createVolunteer, type ProjectSeed } from "../../prisma/seed/factories";
import { parseSearchParams, type SearchFilters } from "../../src/modules/search/schema";
import { searchProjects } from "../../src/modules/search/queries";
import { utcToZoned } from "../../src/domain/time";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * HOUR);
const dateIn = (days: number) => utcToZoned(at(days)).date;

type Key = "eco" | "kk" | "animal" | "online" | "rescue";

/** Five published projects that differ in every filter, and five hidden ones that would match. */
async function seed() {
  const hash = "not-a-real-hash";
  const registered = await createOrganizer(db(), {
    name: "Жасыл Ел",
    form: "REGISTERED",
    verified: true,
    ownerPasswordHash: hash,
  });
  const group = await createOrganizer(db(), {
    name: "Ауыл жастары",
    form: "INITIATIVE_GROUP",
    verified: true,
    ownerPasswordHash: hash,
  });
  const person = await createOrganizer(db(), {
    name: "Dana Seitkali",
    form: "INDIVIDUAL",
    verified: false,
    ownerPasswordHash: hash,
  });
  const base = { contactName: "Айгерім", roles: [{ title: "Волонтер", capacity: 10 }] };
  const specs: Record<Key, ProjectSeed> = {
    eco: {
      ...base,
      organizerId: registered.id,
      title: "Экология: субботник в парке Гагарина",
      description:
        "Уборка территории и посадка деревьев вместе с волонтерами района. Перчатки и мешки выдаем на месте.",
      language: "ru",
      primaryDirection: "ENVIRONMENTAL",
      compositions: ["GENERAL", "STUDENT"],
      birgemiz: ["TAZA_ALEM"],
      regionCode: "ALMATY_CITY",
      startsAt: at(10),
      endsAt: at(10, 4),
      roles: [
        { title: "Волонтер на уборке", capacity: 10 },
        { title: "Координатор", capacity: 5, minAge: 18 },
      ],
    },
    kk: {
      ...base,
      organizerId: group.id,
      title: "Ауыл балаларына ағылшын тілі сабақтары",
      description: "Мектеп оқушыларына аптасына екі рет тегін сабақтар өткіземіз. Мұғалімдерге көмекшілер керек.",
      language: "kk",
      primaryDirection: "EDUCATIONAL",
      duration: "ONGOING",
      regionCode: "TURKISTAN",
      startsAt: at(-5),
      endsAt: at(60),
    },
    animal: {
      ...base,
      organizerId: person.id,
      title: "Animal shelter weekend helpers",
      description: "Walk the dogs and clean the enclosures at the city shelter. Volunteers learn basic animal care.",
      language: "en",
      primaryDirection: "ANIMAL",
      compositions: ["SCHOOL", "GENERAL"],
      scope: "REGIONAL",
      regionCode: "ASTANA",
      startsAt: at(3),
      endsAt: at(3, 5),
    },
    online: {
      ...base,
      organizerId: person.id,
      title: "Online mentoring for NGO leaders",
      description: "Monthly video calls with leaders of young organizations: planning, reporting and fundraising.",
      language: "en",
      primaryDirection: "MEDIA",
      compositions: ["PRO_BONO"],
      scope: "INTERNATIONAL",
      duration: "PROJECT",
      regionCode: "ASTANA",
      isOnline: true,
      startsAt: at(20),
      endsAt: at(50),
      roles: [{ title: "Mentor", capacity: 3, minAge: 21 }],
    },
    rescue: {
      ...base,
      organizerId: registered.id,
      title: "Поисково-спасательный отряд: учения в горах",
      description: "Учимся искать заблудившихся туристов. Сбор у входа в парк, снаряжение выдаем.",
      language: "ru",
      primaryDirection: "SEARCH_RESCUE",
      secondaryDirection: "ENVIRONMENTAL",
      regionCode: "ALMATY_REGION",
      startsAt: at(30),
      endsAt: at(31),
    },
  };
  const ids = {} as Record<Key, string>;
  for (const [key, spec] of Object.entries(specs) as [Key, ProjectSeed][]) {
    ids[key] = (await createProject(db(), { ...spec, status: "PUBLISHED" })).id;
  }
  // Would match almost any search for ecology in Almaty, but are not open for volunteers.
  const hidden = { ...specs.eco, title: "Экология: скрытый проект" };
  for (const status of ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] as const)
    await createProject(db(), { ...hidden, status });
  const rejected = await createProject(db(), { ...hidden, status: "SUBMITTED" });
  await db().project.update({ where: { id: rejected.id }, data: { status: "REJECTED", rejectionGround: "PAID_WORK" } });
  const cancelled = await createProject(db(), { ...hidden, status: "PUBLISHED" });
  await db().project.update({
    where: { id: cancelled.id },
    data: { status: "CANCELLED", cancelledAt: new Date(), cancelReason: "Погода" },
  });
  await createProject(db(), { ...hidden, status: "PUBLISHED", startsAt: at(-10), endsAt: at(-9) });
  await createProject(db(), { ...hidden, status: "COMPLETED", startsAt: at(-20), endsAt: at(-19) });

  // Explicit SDGs, publication times and one partly filled role.
  await db().projectSdg.deleteMany({});
  const sdgs: Record<Key, number[]> = { eco: [13, 15], kk: [4], animal: [15], online: [17], rescue: [3, 11] };
  for (const key of Object.keys(ids) as Key[]) {
    await db().projectSdg.createMany({
      data: sdgs[key].map((sdg) => ({ projectId: ids[key], sdg, impact: "DIRECT" as const })),
    });
  }
  const published: Record<Key, number> = { eco: -1, kk: -5, animal: -2, online: -0.1, rescue: -10 };
  for (const key of Object.keys(ids) as Key[])
    await db().project.update({ where: { id: ids[key] }, data: { publishedAt: at(published[key]) } });
  const ecoRole = await db().projectRole.findFirstOrThrow({ where: { projectId: ids.eco, position: 0 } });
  for (let i = 0; i < 3; i++) {
    const v = await createVolunteer(db(), { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$x$x" });
    await db().application.create({
      data: { roleId: ecoRole.id, projectId: ids.eco, volunteerId: v.id, status: "ACCEPTED" },
    });
  }
  return ids;
}

async function search(params: Record<string, string>, viewerAge?: number | null) {
  return searchProjects(db(), parseSearchParams(params), { viewerAge });
}

async function found(params: Record<string, string>, viewerAge?: number | null) {
  const ids = await seedOnce();
  const result = await search(params, viewerAge);
  const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return result.items.map((i) => byId.get(i.id) ?? `other:${i.title}`);
}

let seeded: Record<Key, string> | null = null;
/** Each test starts from an empty database (setup.ts); seed it once per test. */
async function seedOnce() {
  const count = await db().project.count();
  if (!seeded || count === 0) seeded = await seed();
  return seeded;
}

describe("project search: text", () => {
  it("finds Russian, Kazakh and English projects by their words, stemmed or by prefix", async () => {
    // "субботник" also searches its synonyms ("clean"): the shelter's "clean the enclosures".
    expect(await found({ q: "субботник" })).toEqual(["eco", "animal"]);
    expect(await found({ q: "деревья" })).toEqual(["eco"]);
    expect(await found({ q: "Ағылшын" })).toEqual(["kk"]);
    expect(await found({ q: "сабақ" })).toEqual(["kk"]);
    expect(await found({ q: "dog" })).toEqual(["animal"]);
    expect(await found({ q: "mentors" })).toEqual(["online"]);
    expect(await found({ q: "shelter walk" })).toEqual(["animal"]);
    // No project has both words: those with either are shown, and the page says so.
    const either = await search({ q: "shelter mentoring" });
    expect(either.searchedFor).toEqual({ mode: "broadened", query: "shelter mentoring" });
    expect(either.items.map((i) => i.title).sort()).toEqual(
      ["Animal shelter weekend helpers", "Online mentoring for NGO leaders"].sort(),
    );
  });

  it("finds an ecology project by a misspelled word, and says the words were corrected", async () => {
    await seedOnce();
    const eco = await search({ q: "экологя" });
    // The rescue drill's second direction is environmental: its label is indexed too.
    expect(eco.items.map((i) => i.title)).toEqual([
      "Экология: субботник в парке Гагарина",
      "Поисково-спасательный отряд: учения в горах",
    ]);
    const typo = await search({ q: "субботнек" });
    expect(typo.items.map((i) => i.title)).toEqual([
      "Экология: субботник в парке Гагарина",
      "Animal shelter weekend helpers",
    ]);
    expect(typo.searchedFor).toEqual({ mode: "corrected", query: "субботник" });
    expect(await found({ q: "shelterr" })).toEqual(["animal"]);
    expect(await found({ q: "қырыққабат" })).toEqual([]);
  });

  it("ranks a title match above a description match, unless another order is asked for", async () => {
    expect(await found({ q: "парк" })).toEqual(["eco", "rescue"]);
    expect(await found({ q: "парк", sort: "newest" })).toEqual(["eco", "rescue"]);
    expect(await found({ q: "парк", sort: "soonest" })).toEqual(["eco", "rescue"]);
    await db().project.update({ where: { id: seeded!.rescue }, data: { publishedAt: new Date() } });
    expect(await found({ q: "парк", sort: "newest" })).toEqual(["rescue", "eco"]);
  });
});

describe("project search: filters", () => {
  it("lists only published projects that have not ended, soonest first by default", async () => {
    expect(await found({})).toEqual(["kk", "animal", "eco", "online", "rescue"]);
    expect(await found({ sort: "newest" })).toEqual(["online", "eco", "animal", "kk", "rescue"]);
    expect(await found({ q: "экология" })).toEqual(["eco", "rescue"]);
    expect(await found({ q: "скрытый" })).toEqual([]);
  });

  it("each filter narrows the list", async () => {
    expect(await found({ region: "ALMATY_CITY" })).toEqual(["eco"]);
    expect(await found({ region: "ASTANA" })).toEqual(["animal", "online"]);
    expect(await found({ direction: "ENVIRONMENTAL" })).toEqual(["eco", "rescue"]);
    expect(await found({ composition: "SCHOOL" })).toEqual(["animal"]);
    expect(await found({ composition: "STUDENT" })).toEqual(["eco"]);
    expect(await found({ scope: "REGIONAL" })).toEqual(["animal"]);
    expect(await found({ scope: "INTERNATIONAL" })).toEqual(["online"]);
    expect(await found({ duration: "ONGOING" })).toEqual(["kk"]);
    expect(await found({ duration: "PROJECT" })).toEqual(["online"]);
    expect(await found({ orgType: "INDIVIDUAL" })).toEqual(["animal", "online"]);
    expect(await found({ orgType: "INITIATIVE_GROUP" })).toEqual(["kk"]);
    expect(await found({ sdg: "15" })).toEqual(["animal", "eco"]);
    expect(await found({ sdg: "4" })).toEqual(["kk"]);
    expect(await found({ online: "1" })).toEqual(["online"]);
    expect(await found({ tag: "TAZA_ALEM" })).toEqual(["eco"]);
    expect(await found({ region: "ASTANA", q: "mentoring", online: "1", orgType: "INDIVIDUAL" })).toEqual(["online"]);
    expect(await found({ region: "ASTANA", direction: "ENVIRONMENTAL" })).toEqual([]);
  });

  it("dates: projects running at some point between from and to (days in Kazakhstan)", async () => {
    expect(await found({ from: dateIn(15) })).toEqual(["kk", "online", "rescue"]);
    expect(await found({ to: dateIn(5) })).toEqual(["kk", "animal"]);
    expect(await found({ from: dateIn(9), to: dateIn(11) })).toEqual(["kk", "eco"]);
    // A "to" before "from" is dropped rather than finding nothing.
    expect(await found({ from: dateIn(15), to: dateIn(1) })).toEqual(["kk", "online", "rescue"]);
  });

  it("age: a role open to that age, and never work the law closes to minors", async () => {
    expect(await found({ age: "15" })).toEqual(["kk", "animal", "eco"]);
    expect(await found({ age: "19" })).toEqual(["kk", "animal", "eco", "rescue"]);
    expect(await found({ age: "30" })).toEqual(["kk", "animal", "eco", "online", "rescue"]);
    expect(await found({ age: "me" }, 16)).toEqual(["kk", "animal", "eco"]);
    // A guest's shared link with age=me: no age to go by, so no age filter.
    expect(await found({ age: "me" }, null)).toEqual(["kk", "animal", "eco", "online", "rescue"]);
    await db().project.update({ where: { id: seeded!.animal }, data: { hazardous: true } });
    expect(await found({ age: "15" })).toEqual(["kk", "eco"]);
  });

  it("items carry what a card shows", async () => {
    const ids = await seedOnce();
    const { items, total, page, pageSize } = await search({ region: "ALMATY_CITY" });
    expect({ total, page, pageSize }).toEqual({ total: 1, page: 1, pageSize: 20 });
    const eco = items[0]!;
    expect(eco).toMatchObject({
      id: ids.eco,
      title: "Экология: субботник в парке Гагарина",
      organizer: { name: "Жасыл Ел", verified: true },
      regionCode: "ALMATY_CITY",
      isOnline: false,
      primaryDirection: "ENVIRONMENTAL",
      sdgs: [13, 15],
      placesLeft: 12,
    });
    expect(eco.excerpt).toContain("Уборка территории");
    expect(eco.startsAt).toBeInstanceOf(Date);
    expect(eco.endsAt.getTime() - eco.startsAt.getTime()).toBe(4 * HOUR);
    const [animal] = (await search({ q: "shelter" })).items;
    expect(animal?.organizer.verified).toBe(false);
  });
});

describe("project search: pages", () => {
  it("pages of 20 that keep the filters and do not overlap", async () => {
    await seedOnce();
    const org = await createOrganizer(db(), { verified: true, ownerPasswordHash: "x" });
    for (let i = 0; i < 25; i++) {
      await createProject(db(), {
        organizerId: org.id,
        title: `Караганда жобасы ${i + 1}`,
        description: "Қала саябағын абаттандыру.",
        primaryDirection: "PUBLIC_SPACES",
        regionCode: "KARAGANDA",
        startsAt: at(2, i),
        endsAt: at(3, i),
        status: "PUBLISHED",
        contactName: "Ерлан",
        roles: [{ title: "Волонтер", capacity: 5 }],
      });
    }
    const one = await search({ region: "KARAGANDA" });
    const two = await search({ region: "KARAGANDA", page: "2" });
    const three = await search({ region: "KARAGANDA", page: "3" });
    expect([one.items.length, two.items.length, three.items.length]).toEqual([20, 5, 0]);
    expect([one.total, two.total, three.total]).toEqual([25, 25, 25]);
    expect(new Set([...one.items, ...two.items].map((i) => i.id)).size).toBe(25);
    expect(one.items[0]!.title).toBe("Караганда жобасы 1");
    expect(two.items.at(-1)!.title).toBe("Караганда жобасы 25");
    expect((await search({ page: "2" })).total).toBe(30);
    expect((await search({ q: "абаттандыру", page: "2" })).items).toHaveLength(5);
  });
});

describe("project search: hostile input", () => {
  const nasty = [
    `'; DROP TABLE "Project"; --`,
    `" OR 1=1 --`,
    "\\",
    "\\'",
    "'",
    "!&|:*()",
    "a:* & !b | (c <-> d)",
    "экология:* & !парк",
    "'экология' | 'парк'",
    "<2>",
    "%_%",
    "\u0000\u0001",
    "x".repeat(100_000),
    "экология ".repeat(5000),
    "😀 🇰🇿",
    "ǅ ʻ ⅷ ١٢٣",
    "NULL",
  ];

  it("returns results or nothing, never an error", async () => {
    await seedOnce();
    for (const q of nasty) {
      const result = await search({ q });
      expect(Array.isArray(result.items), q.slice(0, 40)).toBe(true);
      for (const sort of ["relevance", "newest"])
        await search({ q, sort, region: "ALMATY_CITY", age: "15", from: dateIn(1), page: "2" });
    }
    expect((await search({ q: "экология:* & !парк" })).items.map((i) => i.title)).toEqual([
      "Экология: субботник в парке Гагарина",
      "Поисково-спасательный отряд: учения в горах",
    ]);
    expect(await db().project.count()).toBeGreaterThan(5);
  });

  it("bad filter values are dropped, not errors", async () => {
    const filters: SearchFilters = parseSearchParams({
      region: "'; DROP TABLE x",
      direction: "nope",
      sdg: "18",
      from: "2026-02-30",
      to: "tomorrow",
      online: "yes",
      age: "me'; --",
      tag: "TAZA",
      sort: "random",
      page: "-3",
      q: "  ",
    });
    expect(filters).toEqual({ page: 1 });
    expect(parseSearchParams({ page: "1e9" }).page).toBe(1);
    expect(parseSearchParams({ page: "3", sdg: ["4", "5"], region: ["ASTANA", "x"] })).toMatchObject({
      page: 3,
      sdg: 4,
      region: "ASTANA",
    });
    expect(parseSearchParams(new URLSearchParams("q=%20парк%20&online=1&age=16"))).toMatchObject({
      q: "парк",
      online: true,
      age: 16,
    });
    expect(await found({ region: "nowhere", sdg: "0", page: "x" })).toEqual([
      "kk",
      "animal",
      "eco",
      "online",
      "rescue",
    ]);
  });
});
