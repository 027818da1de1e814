import { beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { db, errorCode, viewerOf } from "./helpers";
import { NO_PASSWORD, organizer, project } from "./applications-fixtures";
import { accepted, hours } from "./records-fixtures";
import { createUser, createVolunteer, seedRegionWages } from "../../prisma/seed/factories";
import { hourlyFromMonthly, resolveWage } from "../../src/domain/region-wages";
import { REGION_CODES } from "../../src/domain/regions";
import type { Viewer } from "../../src/modules/accounts/viewer";
import type { Gender, RegionCode } from "../../src/generated/prisma/enums";
import { ageGroup, AGE_GROUPS } from "../../src/domain/age";
import { utcToZoned, zonedToUtc } from "../../src/domain/time";
import {
  refreshAfterConfirmations,
  refreshAfterWageChange,
  refreshStatistics,
} from "../../src/modules/statistics/refresh";
import { getAreaReport, getOpenData, getPublicReport, listWages } from "../../src/modules/statistics/queries";
import { economicValueKzt } from "../../src/modules/statistics/economic-value";
import { updateWages } from "../../src/modules/statistics/mutations";
import { wagesSchema } from "../../src/modules/statistics/schema";
import { attributeToGoals } from "../../src/modules/statistics/sdg-attribution";
import { reportHours, confirmEntry, disputeEntry } from "../../src/modules/hours/self-reports";
import { deleteAccount } from "../../src/modules/records/mutations";
import { getMyRecord } from "../../src/modules/records/queries";
import { loadMessages } from "../../src/i18n/messages";

// The export and open-data routes read the session and the app's database; here they get the
// test's viewer and the test's database, everything else is the real code.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/modules/accounts/session", () => ({ getViewer: async () => session.viewer }));
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
const { GET: exportRoute } = await import("../../src/app/api/statistics/report/[code]/route");
const { GET: openDataRoute } = await import("../../src/app/api/open-data/statistics/route");

/** The previous month in Kazakhstan: wholly past, so hours may be recorded on any of its days. */
function previousMonth() {
  const today = utcToZoned(new Date()).date;
  const [y, m] = today.split("-").map(Number) as [number, number];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const ym = `${year}-${String(month).padStart(2, "0")}`;
  return {
    year,
    month,
    day: (d: number) => `${ym}-${String(d).padStart(2, "0")}`,
    starts: zonedToUtc(`${ym}-01`, "09:00"),
    ends: zonedToUtc(`${ym}-28`, "18:00"),
  };
}

async function person(opts: { gender?: Gender | null; birthDate?: Date; regionCode?: RegionCode; name?: string } = {}) {
  const user = await createVolunteer(db(), {
    passwordHash: NO_PASSWORD,
    name: opts.name ?? "Айгерім Сейітова",
    gender: opts.gender === undefined ? "FEMALE" : opts.gender,
    birthDate: opts.birthDate ?? new Date("1999-06-15T00:00:00Z"),
    regionCode: opts.regionCode ?? "ASTANA",
  });
  return viewerOf(user.id);
}

async function staffOf(regionCode: RegionCode) {
  const user = await createUser(db(), { passwordHash: NO_PASSWORD, name: `Staff ${regionCode}` });
  await db().staffAssignment.create({ data: { userId: user.id, regionCode } });
  return viewerOf(user.id);
}

async function admin() {
  return viewerOf((await createUser(db(), { passwordHash: NO_PASSWORD, isAdmin: true, name: "Admin" })).id);
}

// The wage table is reference data (kept between tests): each test starts from the seed's.
beforeEach(async () => {
  await db().regionWage.deleteMany({});
  await seedRegionWages(db());
});

/** The hourly wage that values a region's hours of a month (by default, last month's). */
async function wage(regionCode: RegionCode, year = previousMonth().year, month = previousMonth().month) {
  const figures = await db().regionWage.findMany();
  return resolveWage(figures, regionCode, year, month)!.wage.hourlyWageKzt;
}

/** An Astana organizer's completed project of last month with `n` accepted volunteers. */
async function lastMonthProject(n: number, opts: Parameters<typeof project>[1] = {}) {
  const period = previousMonth();
  const { org, owner } = await organizer();
  const p = await project(org.id, {
    startsAt: period.starts,
    endsAt: period.ends,
    status: "COMPLETED",
    role: { capacity: 50 },
    ...opts,
  });
  const volunteers: { viewer: Viewer; applicationId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const v = await person({ name: `Волонтер ${i}` });
    volunteers.push({ viewer: v, applicationId: (await accepted(v.id, p.projectId, p.roleId)).id });
  }
  return { period, owner, projectId: p.projectId, volunteers };
}

describe("confirmed hours in the statistics", () => {
  it("takes a volunteer's hours from report to confirmation to the record and the statistics, never pending or disputed ones", async () => {
    const { period, owner, volunteers } = await lastMonthProject(1);
    const [{ viewer: v, applicationId }] = volunteers as [(typeof volunteers)[number]];
    const staff = await staffOf("ASTANA");
    const report = (input: { workedOn: string; hours: number }) =>
      reportHours(db(), v, { applicationId, note: "", ...input });

    const confirmed = await report({ workedOn: period.day(10), hours: 5 });
    await confirmEntry(db(), owner, { entryId: confirmed.entryId });
    const disputed = await report({ workedOn: period.day(11), hours: 3 });
    await disputeEntry(db(), owner, { entryId: disputed.entryId, comment: "Не было на месте" });
    await report({ workedOn: period.day(12), hours: 2 });

    // The volunteer's record has the confirmed hours at once, and only those.
    const record = await getMyRecord(db(), v);
    expect(record.totalCenti).toBe(500);
    expect(record.items.map((i) => i.projectId)).toEqual([
      (await db().application.findUniqueOrThrow({ where: { id: applicationId } })).projectId,
    ]);

    // Nothing until the summaries are rebuilt: pages read the summaries only.
    const before = await getAreaReport(db(), staff, "ASTANA", { year: period.year, month: period.month });
    expect(before!.totals.confirmedHours).toBe(0);
    expect(before!.asOf).toBeNull();

    const first = await refreshAfterConfirmations(db());
    expect(first?.years).toContain(period.year);
    const month = await getAreaReport(db(), staff, "ASTANA", { year: period.year, month: period.month });
    expect(month!.asOf).not.toBeNull();
    expect(month!.totals).toMatchObject({
      confirmedHours: 5,
      activeVolunteers: 1,
      economicValueKzt: 5 * (await wage("ASTANA")),
      events: 1,
    });
    const trend = month!.trend.find((p) => p.month === period.month)!;
    expect(trend).toMatchObject({ confirmedHours: 5, activeVolunteers: 1 });
    const direction = month!.breakdowns
      .find((b) => b.kind === "DIRECTION")!
      .rows.find((r) => r.value === "ENVIRONMENTAL")!;
    expect(direction.figures).toMatchObject({ confirmedHours: 5, events: 1, activeVolunteers: 1 });
    expect(
      month!.breakdowns.find((b) => b.kind === "GENDER")!.rows.find((r) => r.value === "FEMALE")!.figures
        .confirmedHours,
    ).toBe(5);
    const year = await getAreaReport(db(), await admin(), "KZ", { year: period.year, month: null });
    expect(year!.totals.confirmedHours).toBe(5);
    expect(
      year!.breakdowns.find((b) => b.kind === "REGION")!.rows.find((r) => r.value === "ASTANA")!.figures.confirmedHours,
    ).toBe(5);

    // The public sees no group of fewer than five people, even the whole country's.
    const pub = await getPublicReport(db(), { year: period.year, month: period.month });
    expect(pub.totals.confirmedHours).toBeNull();
    expect(pub.totals.activeVolunteers).toBeNull();
    expect(pub.totals.events).toBe(1);

    // A later confirmation is picked up by the minute job; with nothing new it does nothing.
    const pending = await db().hoursEntry.findFirstOrThrow({ where: { volunteerId: v.id, status: "PENDING" } });
    await confirmEntry(db(), owner, { entryId: pending.id });
    expect((await refreshAfterConfirmations(db()))?.years).toEqual([period.year]);
    expect(await refreshAfterConfirmations(db())).toBeNull();
    const after = await getAreaReport(db(), staff, "ASTANA", { year: period.year, month: period.month });
    expect(after!.totals.confirmedHours).toBe(7);
    expect((await getMyRecord(db(), v)).totalCenti).toBe(700);
  });

  it("keeps a deleted volunteer's counts, with nothing left that names them", async () => {
    const { period, projectId, volunteers } = await lastMonthProject(6);
    for (const [i, { viewer, applicationId }] of volunteers.entries()) {
      await hours(viewer.id, projectId, period.day(3 + i), "4.00", "CONFIRMED", { applicationId });
    }
    const leaving = volunteers[0]!.viewer;
    await db().user.update({ where: { id: leaving.id }, data: { name: "Дәурен Жақсылықов" } });
    const admin_ = await admin();
    const p = { year: period.year, month: period.month };
    await refreshStatistics(db(), { years: "all" });
    const before = await getAreaReport(db(), admin_, "ASTANA", p);
    const openBefore = await getOpenData(db(), period.year, []);

    await deleteAccount(db(), await viewerOf(leaving.id), { email: leaving.email.toLowerCase() });
    expect((await db().user.findUniqueOrThrow({ where: { id: leaving.id } })).deletedAt).not.toBeNull();
    await refreshStatistics(db(), { years: "all" });

    const after = await getAreaReport(db(), admin_, "ASTANA", p);
    expect(after!.totals).toEqual(before!.totals);
    expect(after!.totals).toMatchObject({ confirmedHours: 24, activeVolunteers: 6 });
    expect(after!.breakdowns).toEqual(before!.breakdowns);
    expect(after!.sdg).toEqual(before!.sdg);
    const openAfter = await getOpenData(db(), period.year, []);
    expect(openAfter.national).toEqual(openBefore.national);

    session.viewer = admin_;
    const res = await exportRoute(
      new Request(`http://asar.test/api/statistics/report/ASTANA?year=${p.year}&month=${p.month}&format=csv&locale=kk`),
      { params: Promise.resolve({ code: "ASTANA" }) },
    );
    const csv = await res.text();
    expect(csv).not.toContain("Дәурен");
    expect(csv).not.toContain(leaving.email);
  });
});

describe("who may read which statistics", () => {
  it("gives staff their own region only, admins every area, and nobody else anything", async () => {
    const { period } = await lastMonthProject(1);
    const p = { year: period.year, month: period.month };
    const astana = await staffOf("ASTANA");
    const almaty = await staffOf("ALMATY_CITY");
    const volunteer = await person();
    await refreshStatistics(db(), { years: "all" });

    expect(await getAreaReport(db(), astana, "ASTANA", p)).not.toBeNull();
    expect(await getAreaReport(db(), almaty, "ASTANA", p)).toBeNull();
    expect(await getAreaReport(db(), astana, "KZ", p)).toBeNull();
    expect(await getAreaReport(db(), volunteer, "ASTANA", p)).toBeNull();
    expect(await getAreaReport(db(), null, "ASTANA", p)).toBeNull();
    const a = await admin();
    expect(await getAreaReport(db(), a, "KZ", p)).not.toBeNull();
    expect(await getAreaReport(db(), a, "ALMATY_CITY", p)).not.toBeNull();

    const download = (code: string, format = "xlsx") =>
      exportRoute(
        new Request(
          `http://asar.test/api/statistics/report/${code}?year=${p.year}&month=${p.month}&format=${format}&locale=ru`,
        ),
        { params: Promise.resolve({ code }) },
      );
    session.viewer = almaty;
    expect((await download("ASTANA")).status).toBe(404);
    expect((await download("ASTANA", "csv")).status).toBe(404);
    expect((await download("KZ")).status).toBe(404);
    expect((await download("ALMATY_CITY")).status).toBe(200);
    session.viewer = volunteer;
    expect((await download("ASTANA")).status).toBe(404);
    session.viewer = null;
    expect((await download("ASTANA")).status).toBe(401);
    session.viewer = astana;
    const ok = await download("ASTANA");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("spreadsheetml");
    expect(ok.headers.get("cache-control")).toContain("no-store");
  });
});

describe("the downloads", () => {
  it("carry exactly the page's figures: the XLSX read back, and the CSV", async () => {
    const { period, projectId, volunteers } = await lastMonthProject(7);
    for (const [i, { viewer, applicationId }] of volunteers.entries()) {
      await hours(viewer.id, projectId, period.day(2 + i), i % 2 ? "3.50" : "6.25", "CONFIRMED", { applicationId });
    }
    const staff = await staffOf("ASTANA");
    await refreshStatistics(db(), { years: "all" });
    const p = { year: period.year, month: period.month };
    const page = (await getAreaReport(db(), staff, "ASTANA", p))!;
    expect(page.totals.confirmedHours).toBe(4 * 6.25 + 3 * 3.5);

    session.viewer = staff;
    const res = await exportRoute(
      new Request(
        `http://asar.test/api/statistics/report/ASTANA?year=${p.year}&month=${p.month}&format=xlsx&locale=ru`,
      ),
      { params: Promise.resolve({ code: "ASTANA" }) },
    );
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const messages = (await loadMessages("ru")) as {
      statistics: { figures: Record<string, string>; export: { summary: string; sheet: Record<string, string> } };
    };
    const summary = workbook.getWorksheet(messages.statistics.export.summary)!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    for (const [figure, label] of Object.entries(messages.statistics.figures)) {
      expect(values.get(label), figure).toBe(page.totals[figure as keyof typeof page.totals]);
    }
    const directions = workbook.getWorksheet(messages.statistics.export.sheet.DIRECTION)!;
    let environmental: unknown[] = [];
    directions.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith("Экологическое")) environmental = (row.values as unknown[]).slice(1);
    });
    const pageRow = page.breakdowns.find((b) => b.kind === "DIRECTION")!.rows.find((r) => r.value === "ENVIRONMENTAL")!;
    expect(environmental.slice(1)).toEqual(
      page.breakdowns.find((b) => b.kind === "DIRECTION")!.figures.map((f) => pageRow.figures[f]),
    );

    const csvRes = await exportRoute(
      new Request(`http://asar.test/api/statistics/report/ASTANA?year=${p.year}&month=${p.month}&format=csv&locale=kk`),
      { params: Promise.resolve({ code: "ASTANA" }) },
    );
    const bytes = new Uint8Array(await csvRes.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for Cyrillic
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain(`Расталған сағаттар,${page.totals.confirmedHours},/kk/statistics/methods#hours\r\n`);
    expect(csv).toContain(`Экономикалық құны,${page.totals.economicValueKzt},/kk/statistics/methods#value\r\n`);
  });
});

describe("open data", () => {
  it("publishes aggregates with small groups withheld, cacheable, and nothing personal", async () => {
    const small = await lastMonthProject(2);
    for (const { viewer, applicationId } of small.volunteers)
      await hours(viewer.id, small.projectId, small.period.day(5), "5.00", "CONFIRMED", { applicationId });
    const { org } = await organizer();
    const big = await project(org.id, {
      startsAt: small.period.starts,
      endsAt: small.period.ends,
      status: "COMPLETED",
      regionCode: "SHYMKENT",
      role: { capacity: 50 },
    });
    for (let i = 0; i < 6; i++) {
      const v = await person({ regionCode: "SHYMKENT", name: `Шымкент ${i}` });
      const app = await accepted(v.id, big.projectId, big.roleId);
      await hours(v.id, big.projectId, small.period.day(6), "2.00", "CONFIRMED", { applicationId: app.id });
    }
    await refreshStatistics(db(), { years: "all" });
    const { year, month } = small.period;

    const res = await openDataRoute(new Request(`http://asar.test/api/open-data/statistics?year=${year}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    const body = await res.text();
    for (const secret of ["Шымкент 0", "Волонтер 0", "@test.asar", "birthDate", "email"])
      expect(body).not.toContain(secret);
    const data = JSON.parse(body);
    const monthOf = (code: string) => data.regions.find((r: { code: string }) => r.code === code).months[month - 1];
    // Astana: two volunteers — withheld, with the reason; Shymkent, the only other region with
    // hours that month, is withheld too, or the country minus Shymkent would give Astana away.
    expect(monthOf("ASTANA")).toMatchObject({
      activeVolunteers: null,
      confirmedHours: null,
      economicValueKzt: null,
      projects: 0,
      events: 1,
      withheld: { activeVolunteers: "SMALL_GROUP", confirmedHours: "SMALL_GROUP" },
    });
    expect(monthOf("SHYMKENT")).toMatchObject({ confirmedHours: null, withheld: { confirmedHours: "COMPLEMENTARY" } });
    expect(data.national.months[month - 1]).toMatchObject({
      activeVolunteers: 8,
      confirmedHours: 22,
      economicValueKzt: 10 * (await wage("ASTANA")) + 12 * (await wage("SHYMKENT")),
    });

    const again = await openDataRoute(
      new Request(`http://asar.test/api/open-data/statistics?year=${year}`, { headers: { "If-None-Match": etag! } }),
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await openDataRoute(new Request("http://asar.test/api/open-data/statistics?year=abc"))).status).toBe(400);
  });
});

describe("the SQL and the domain agree", () => {
  it("puts volunteers in the age groups of src/domain/age.ts, birthdays and leap days included", async () => {
    // February 2026: ages are taken on the 28th.
    const ref = new Date("2026-02-28T00:00:00Z");
    const people: [Gender | null, string][] = [
      ["FEMALE", "2008-02-29"], // 17: turns 18 on 1 March in a common year
      ["MALE", "2008-02-28"], // 18 that day
      ["FEMALE", "1996-03-01"], // 29
      ["MALE", "1996-02-28"], // 30
      ["FEMALE", "1965-02-28"], // 61: a woman's retirement age
      ["FEMALE", "1965-03-01"], // 60
      ["MALE", "1965-02-28"], // 61: not yet a man's
      ["MALE", "1963-02-28"], // 63
      ["MALE", "1963-03-01"], // 62
      [null, "1963-02-28"], // gender unknown: the men's age
      [null, "1965-02-28"],
    ];
    const { org } = await organizer();
    const p = await project(org.id, {
      startsAt: zonedToUtc("2026-02-01", "09:00"),
      endsAt: zonedToUtc("2026-02-27", "18:00"),
      status: "COMPLETED",
      role: { capacity: 50 },
    });
    const expected = new Map<string, number>();
    for (const [gender, birth] of people) {
      const v = await person({ gender, birthDate: new Date(`${birth}T00:00:00Z`) });
      await hours(v.id, p.projectId, "2026-02-10", "1.00");
      const group = ageGroup(new Date(`${birth}T00:00:00Z`), gender, ref);
      expected.set(group, (expected.get(group) ?? 0) + 1);
    }
    await refreshStatistics(db(), { years: [2026] });
    const report = (await getAreaReport(db(), await admin(), "KZ", { year: 2026, month: 2 }))!;
    const groups = report.breakdowns.find((b) => b.kind === "AGE_GROUP")!.rows;
    for (const group of AGE_GROUPS) {
      expect(groups.find((r) => r.value === group)!.figures.activeVolunteers, group).toBe(expected.get(group) ?? 0);
    }
    expect(expected.get("UNDER_18")).toBe(1);
    expect(expected.get("RETIREMENT")).toBe(3);
  });

  it("attributes hours to the goals as attributeToGoals does", async () => {
    const { period, projectId, volunteers } = await lastMonthProject(2);
    const { org } = await organizer();
    const second = await project(org.id, {
      startsAt: period.starts,
      endsAt: period.ends,
      status: "COMPLETED",
      primaryDirection: "EDUCATIONAL",
      secondaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
      role: { capacity: 50 },
    });
    await hours(volunteers[0]!.viewer.id, projectId, period.day(4), "6.00");
    await hours(volunteers[1]!.viewer.id, projectId, period.day(4), "2.50");
    await hours(volunteers[1]!.viewer.id, second.projectId, period.day(5), "4.00");
    await hours(volunteers[0]!.viewer.id, second.projectId, period.day(6), "1.00", "PENDING");
    await refreshStatistics(db(), { years: "all" });

    const links = await db().projectSdg.findMany({ select: { projectId: true, sdg: true, impact: true } });
    const expected = attributeToGoals([
      { hours: 8.5, links: links.filter((l) => l.projectId === projectId) },
      { hours: 4, links: links.filter((l) => l.projectId === second.projectId) },
    ]);
    const report = (await getAreaReport(db(), await admin(), "KZ", { year: period.year, month: period.month }))!;
    expect(report.sdg.map((g) => ({ sdg: g.sdg, direct: g.directHours, indirect: g.indirectHours }))).toEqual(expected);
    expect(expected.some((g) => g.direct > 0) && expected.some((g) => g.indirect > 0)).toBe(true);
  });
});

/** A complete wages form of one period: every region's monthly wage, and the source. */
function wagesForm(year: number, monthly: Partial<Record<RegionCode, number | string>>, quarter = "") {
  return {
    year: String(year),
    quarter,
    sourceTitle: `БНС АСПиР РК: среднемесячная номинальная заработная плата по регионам, ${year}`,
    sourceUrl: "https://stat.gov.kz/ru/industries/labor-and-income/stat-wags/",
    publishedOn: `${year + 1}-03-15`,
    ...Object.fromEntries(REGION_CODES.map((c) => [c, 400_000])),
    ...monthly,
  };
}

describe("wages by period", () => {
  it("values 2025 hours at 2025 wages and 2026 hours at 2026's — or at 2025's, and says so", async () => {
    const { org } = await organizer();
    const p = await project(org.id, {
      startsAt: zonedToUtc("2025-06-01", "09:00"),
      endsAt: zonedToUtc("2026-06-30", "18:00"),
      status: "COMPLETED",
      role: { capacity: 50 },
    });
    const v = await person();
    await hours(v.id, p.projectId, "2025-06-10", "10.00");
    await hours(v.id, p.projectId, "2025-12-31", "0.25");
    await hours(v.id, p.projectId, "2026-02-10", "4.00");
    await hours(v.id, p.projectId, "2026-05-10", "2.50");
    const figure = (year: number, quarter: number | null, hourly: number) =>
      db().regionWage.create({
        data: {
          regionCode: "ASTANA",
          year,
          quarter,
          monthlyWageKzt: hourly * 167,
          hourlyWageKzt: hourly,
          sourceTitle: `BNS ${year}`,
        },
      });
    await figure(2025, null, 3000);
    const own2026 = await figure(2026, null, 3200);
    const a = await admin();
    const valueOf = async (year: number, month: number | null = null) => {
      await refreshStatistics(db(), { years: [2025, 2026] });
      return (await getAreaReport(db(), a, "ASTANA", { year, month }))!;
    };

    const y2025 = await valueOf(2025);
    expect(y2025.totals.economicValueKzt).toBe(10 * 3000 + 750); // 0.25 h × 3,000
    expect(y2025.wages.map((w) => [w.year, w.quarter, w.basis])).toEqual([[2025, null, "YEAR"]]);
    expect(y2025.wageStandIn).toEqual([]);
    const y2026 = await valueOf(2026);
    expect(y2026.totals.economicValueKzt).toBe(6.5 * 3200);
    expect(y2026.wageStandIn).toEqual([]);
    // The national figure, month by month, and the goals carry the same valuation.
    const nation = (await getAreaReport(db(), a, "KZ", { year: 2026, month: null }))!;
    expect(nation.totals.economicValueKzt).toBe(6.5 * 3200);
    expect(nation.trend.find((m) => m.month === 2)!.economicValueKzt).toBe(4 * 3200);

    // A quarter's own figure wins over the year's, for that quarter only.
    await figure(2026, 1, 3300);
    expect((await valueOf(2026)).totals.economicValueKzt).toBe(4 * 3300 + 2.5 * 3200);
    expect((await valueOf(2026, 5)).totals.economicValueKzt).toBe(2.5 * 3200);

    // No 2026 annual figure yet: the rest of 2026 at 2025's, and the report says which year stood in.
    await db().regionWage.delete({ where: { id: own2026.id } });
    const standIn = await valueOf(2026);
    expect(standIn.totals.economicValueKzt).toBe(4 * 3300 + 2.5 * 3000);
    expect(standIn.wageStandIn).toEqual([2025]);
    expect(standIn.wages.map((w) => [w.year, w.quarter, w.basis])).toEqual([
      [2026, 1, "QUARTER"],
      [2025, null, "EARLIER_YEAR"],
    ]);
    // The SQL of the rebuild and the TypeScript rule agree, hour by hour.
    const figures = await db().regionWage.findMany();
    const entries = await db().hoursEntry.findMany({ select: { workedOn: true, hours: true } });
    const byRule = economicValueKzt(
      entries.map((e) => ({
        regionCode: "ASTANA",
        year: e.workedOn.getUTCFullYear(),
        month: e.workedOn.getUTCMonth() + 1,
        hours: e.hours.toNumber(),
      })),
      figures,
    );
    expect(byRule).toBe(y2025.totals.economicValueKzt! + standIn.totals.economicValueKzt!);

    // The download says it too.
    session.viewer = a;
    const res = await exportRoute(
      new Request(`http://asar.test/api/statistics/report/ASTANA?year=2026&format=csv&locale=en`),
      { params: Promise.resolve({ code: "ASTANA" }) },
    );
    const csv = await res.text();
    expect(csv).toContain("2026 is valued at 2025 wages: there is no 2026 figure yet.");
    expect(csv).toContain(`Economic value,${standIn.totals.economicValueKzt},/en/statistics/methods#value`);
  });
});

describe("regional wages", () => {
  it("are entered per period by admins only, with their source and an audit entry; the figures follow", async () => {
    const { period, projectId, volunteers } = await lastMonthProject(1);
    await hours(volunteers[0]!.viewer.id, projectId, period.day(8), "10.00");
    await refreshStatistics(db(), { years: "all" });
    const staff = await staffOf("ASTANA");
    const a = await admin();
    const form = wagesForm(period.year, { ASTANA: 668_000 });

    expect(await errorCode(updateWages(db(), staff, wagesSchema.parse(form)))).toBe("FORBIDDEN");
    expect(await listWages(db(), staff, { year: period.year, quarter: null })).toBeNull();
    expect(await db().regionWage.count({ where: { year: period.year } })).toBe(0);

    const result = await updateWages(db(), a, wagesSchema.parse(form));
    expect(result.changed).toHaveLength(20);
    expect(
      await db().regionWage.findFirstOrThrow({
        where: { regionCode: "ASTANA", year: period.year, quarter: null },
        select: { monthlyWageKzt: true, hourlyWageKzt: true, sourceUrl: true, updatedById: true },
      }),
    ).toEqual({
      monthlyWageKzt: 668_000,
      hourlyWageKzt: hourlyFromMonthly(668_000),
      sourceUrl: form.sourceUrl,
      updatedById: a.id,
    });
    const entry = await db().auditLog.findFirstOrThrow({
      where: { entityType: "RegionWage", entityId: `ASTANA:${period.year}:Y` },
    });
    expect(entry).toMatchObject({
      actorId: a.id,
      action: "region.wage.update",
      data: { year: period.year, quarter: null, from: null, to: 668_000 },
    });
    // Rebuilt at once where that is cheap (here): the page shows the new value.
    expect(await refreshAfterWageChange(db(), period.year)).toBe(true);
    const report = (await getAreaReport(db(), staff, "ASTANA", { year: period.year, month: period.month }))!;
    expect(report.totals.economicValueKzt).toBe(10 * hourlyFromMonthly(668_000));
    expect(report.wages[0]).toMatchObject({ year: period.year, basis: "YEAR", sourceTitle: form.sourceTitle });

    // A correction writes only what changed; the same form again writes nothing.
    const corrected = await updateWages(db(), a, wagesSchema.parse({ ...form, ASTANA: "670000" }));
    expect(corrected.changed).toEqual(["ASTANA"]);
    expect((await updateWages(db(), a, wagesSchema.parse({ ...form, ASTANA: 670_000 }))).changed).toEqual([]);
    const page = (await listWages(db(), a, { year: period.year, quarter: null }))!;
    expect(page.rows.find((r) => r.regionCode === "ASTANA")).toMatchObject({ monthlyWageKzt: 670_000 });
    expect(page.source).toMatchObject({ title: form.sourceTitle, url: form.sourceUrl });
    expect(page.periods).toContainEqual({ year: period.year, quarter: null, regions: 20 });

    // Bad input never reaches the database.
    for (const bad of ["", "9999", "10000001", "250000.5", "abc"])
      expect(wagesSchema.safeParse({ ...form, ASTANA: bad }).success, bad).toBe(false);
    expect(wagesSchema.safeParse({ ...form, sourceTitle: " " }).success).toBe(false);
    expect(wagesSchema.safeParse({ ...form, sourceUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(wagesSchema.safeParse({ ...form, quarter: "5" }).success).toBe(false);
  });
});
