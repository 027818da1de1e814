import { describe, expect, it, vi } from "vitest";
import { db, viewerOf } from "./helpers";
import { NO_PASSWORD } from "./applications-fixtures";
import { createUser } from "../../prisma/seed/factories";
import { helpRequestSchema } from "../../src/modules/help/schema";
import { declineHelpRequest, submitHelpRequest } from "../../src/modules/help/mutations";
import { ALL, HELP_OPEN_DATA_FIELDS, type HelpOpenData } from "../../src/modules/help/open-data";
import { kzYearMonth } from "../../src/modules/statistics/schema";
import { loadMessages } from "../../src/i18n/messages";

// The route reads the app's database; here it gets the test's, everything else is the real code.
vi.mock("@/server/db", async () => {
  const helpers = await import("./helpers");
  const db = new Proxy(
    {},
    {
      get: (_t, prop) => {
        const real = helpers.db();
        const v = Reflect.get(real, prop, real);
        return typeof v === "function" ? v.bind(real) : v;
      },
    },
  );
  return { db };
});
const { GET } = await import("../../src/app/api/open-data/help-requests/route");

const HOUR = 3_600_000;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  const all = {
    category: "EMERGENCY",
    regionCode: "ATYRAU",
    settlement: "Махамбет",
    address: "ул. Жангир хана 7",
    neededOn: "",
    peopleNeeded: "6",
    description: "Вода подошла к дому, нужны мешки с песком и люди, чтобы их уложить.",
    requesterName: "Сәуле Жақыпова",
    contactPhone: "8 701 555 23 41",
    contactEmail: "saule.zh@example.kz",
    consentToShare: "on",
    fax: "",
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) f.set(k, v);
  return f;
}

describe("requests for help in the open data", () => {
  it("publishes counts by region, month, category and outcome with small groups withheld, in JSON and CSV", async () => {
    const staffUser = await createUser(db(), { name: "Staff Atyrau", passwordHash: NO_PASSWORD });
    await db().staffAssignment.create({ data: { userId: staffUser.id, regionCode: "ATYRAU" } });
    const staff = await viewerOf(staffUser.id);
    // Two people in Atyrau region ask for flood help; one request is declined.
    const first = await submitHelpRequest(db(), helpRequestSchema.parse(form({})), {
      address: "198.51.100.20",
      locale: "ru",
    });
    await submitHelpRequest(
      db(),
      helpRequestSchema.parse(
        form({ requesterName: "Болат Серікұлы", contactPhone: "8 702 333 11 09", contactEmail: "" }),
      ),
      { address: "198.51.100.21", locale: "kk" },
    );
    await declineHelpRequest(db(), staff, { requestId: first.id, reason: "Обратитесь в ДЧС по номеру 112" });
    // Twelve in Almaty, all resolved, each first acted on three hours after it came.
    const now = new Date();
    await db().helpRequest.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        trackingToken: `open-data-${i}`,
        locale: "ru" as const,
        category: "ELDERLY" as const,
        regionCode: "ALMATY_CITY" as const,
        settlement: "Медеу ауданы",
        description: "Купить продукты пожилому соседу",
        peopleNeeded: 1,
        contactPhone: `+7705000${String(i).padStart(4, "0")}`,
        consentToShare: true,
        status: "RESOLVED" as const,
        createdAt: new Date(now.getTime() - 5 * HOUR),
        firstActionAt: new Date(now.getTime() - 2 * HOUR),
        closedAt: new Date(now.getTime() - HOUR),
      })),
    });

    const { year, month } = kzYearMonth(now);
    const label = `${year}-${String(month).padStart(2, "0")}`;
    const res = await GET(new Request(`http://asar.test/api/open-data/help-requests?year=${year}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const body = await res.text();
    // Nothing a requester wrote, nowhere they live, no name or contact.
    for (const secret of ["Сәуле", "Болат", "Махамбет", "Жангир", "мешки", "ДЧС", "+7701", "example.kz", "Медеу"])
      expect(body).not.toContain(secret);
    const data = JSON.parse(body) as HelpOpenData;
    expect(data).toMatchObject({ dataset: "asar-help-requests", year, license: { id: "CC-BY-4.0" } });
    const cell = (region: string, m: string, category: string, outcome: string) =>
      data.cells.find((c) => c.region === region && c.month === m && c.category === category && c.outcome === outcome);

    // Atyrau's two requests: each cell and the region's month are withheld as small groups.
    expect(cell("ATYRAU", label, "EMERGENCY", "OPEN")).toMatchObject({ requests: null, withheld: "SMALL_GROUP" });
    expect(cell("ATYRAU", label, "EMERGENCY", "DECLINED")).toMatchObject({ requests: null, withheld: "SMALL_GROUP" });
    expect(cell("ATYRAU", label, ALL, ALL)).toMatchObject({ requests: null, withheld: "SMALL_GROUP" });
    // The country's month (14) is shown, so Almaty's 12 would give Atyrau's 2 back: withheld too.
    expect(cell(ALL, label, ALL, ALL)).toMatchObject({ requests: 14 });
    expect(cell("ALMATY_CITY", label, ALL, ALL)).toMatchObject({ requests: null, withheld: "COMPLEMENTARY" });
    // The year by category: emergencies (2) are withheld, so the elderly (12) go too, or 14 − 12
    // would give them back.
    expect(cell(ALL, ALL, "EMERGENCY", ALL)).toMatchObject({ requests: null, withheld: "SMALL_GROUP" });
    expect(cell(ALL, ALL, "ELDERLY", ALL)).toMatchObject({ requests: null, withheld: "COMPLEMENTARY" });
    expect(data.cells.filter((c) => c.requests !== null).map((c) => c.requests)).toEqual([14, 14]);
    // Median time to first action: Almaty's 3 hours; Atyrau's one decision is withheld.
    const firstAction = (region: string) => data.firstAction.find((f) => f.region === region);
    expect(firstAction("ALMATY_CITY")).toEqual({ region: "ALMATY_CITY", medianHoursToFirstAction: 3 });
    expect(firstAction("ATYRAU")).toEqual({
      region: "ATYRAU",
      medianHoursToFirstAction: null,
      withheld: "SMALL_GROUP",
    });
    expect(firstAction(ALL)?.medianHoursToFirstAction).toBeGreaterThan(0);

    // Every field is described in Kazakh, Russian and English, as on the documentation page.
    const messages = await Promise.all(
      (["kk", "ru", "en"] as const).map(async (l) => {
        const m = (await loadMessages(l)) as { statistics: { openData: { help: { fields: Record<string, string> } } } };
        return [l, m.statistics.openData.help.fields] as const;
      }),
    );
    for (const field of HELP_OPEN_DATA_FIELDS) {
      for (const [locale, fields] of messages)
        expect(data.fields[field][locale]).toBe(fields[field]!.replace("{min}", "5"));
      expect(data.fields[field].kk).not.toBe(data.fields[field].en);
    }
    expect(data.outcomes.map((o) => o.code)).toEqual(["RESOLVED", "DECLINED", "DUPLICATE", "OPEN"]);
    expect(data.categories.find((c) => c.code === "EMERGENCY")?.name.kk).toMatch(/Төтенше/);

    // The same in CSV: the cells, and the fields' meanings in the three languages.
    const csv = await GET(new Request(`http://asar.test/api/open-data/help-requests?year=${year}&format=csv`));
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("year,region,month,category,outcome,requests,withheld");
    expect(lines).toContain(`${year},ATYRAU,${label},EMERGENCY,DECLINED,,SMALL_GROUP`);
    expect(lines).toContain(`${year},ALL,${label},ALL,ALL,14,`);
    expect(lines).toHaveLength(data.cells.length + 1);
    const fields = await GET(
      new Request(`http://asar.test/api/open-data/help-requests?year=${year}&format=csv&table=fields`),
    );
    const fieldLines = (await fields.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(fieldLines[0]).toBe("field,kk,ru,en");
    expect(fieldLines).toHaveLength(HELP_OPEN_DATA_FIELDS.length + 1);
    expect(fieldLines.find((l) => l.startsWith("requests,"))).toContain("Число заявок");
    const medians = await GET(
      new Request(`http://asar.test/api/open-data/help-requests?year=${year}&format=csv&table=first-action`),
    );
    expect(await medians.text()).toContain(`${year},ALMATY_CITY,3,`);

    // Asked again with the ETag: nothing changed, nothing sent.
    const again = await GET(
      new Request(`http://asar.test/api/open-data/help-requests?year=${year}`, {
        headers: { "If-None-Match": res.headers.get("etag")! },
      }),
    );
    expect(again.status).toBe(304);
    for (const bad of ["year=abc", `year=${year}&format=xml`, `year=${year}&format=csv&table=people`])
      expect((await GET(new Request(`http://asar.test/api/open-data/help-requests?${bad}`))).status).toBe(400);
  });
});
