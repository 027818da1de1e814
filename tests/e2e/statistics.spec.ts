import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { failOnConsoleErrors, signIn, signInAs } from "./helpers";
import { E2E_ADMIN, E2E_STAFF_ASTANA } from "./accounts";

// The figures are rebuilt by the job queue (within a minute of the server's start, then after
// confirmations and every ten minutes), so a rebuild may land between reading the page and
// downloading the report. The page and the spreadsheet both say "as of" when: the comparison is
// only made when they were cut from the same rebuild, trying again otherwise.
const FIGURES = {
  activeVolunteers: "Активные волонтеры",
  newVolunteers: "Новые волонтеры",
  applications: "Заявки",
  confirmedHours: "Подтвержденные часы",
  economicValueKzt: "Экономическая ценность",
  projects: "Проекты",
  events: "Мероприятия и акции",
  organizersNew: "Новые организаторы",
  organizersTotal: "Организаторов всего",
} as const;

async function pageTotals(page: Page) {
  const out: Record<string, number> = {};
  for (const figure of Object.keys(FIGURES)) {
    out[figure] = Number(await page.getByTestId(`total-${figure}`).getAttribute("data-value"));
  }
  return out;
}

/** Unfolds every part of the report after the key figures, as a reader would tap each title. */
async function unfoldAll(page: Page) {
  const folded = page.locator("main details[data-testid^=section-]:not([open]) > summary");
  while ((await folded.count()) > 0) await folded.first().click();
}

async function xlsxSummary(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Сводка");
  expect(sheet, "the summary sheet").toBeTruthy();
  const rows = new Map<string, unknown>();
  sheet!.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
  return rows;
}

test("regional staff download the monthly XLSX and its totals match the page", async ({ page }) => {
  failOnConsoleErrors(page, [404]);
  await signInAs(page, E2E_STAFF_ASTANA, "ru");
  await page.getByRole("link", { name: "Статистика", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Статистика волонтерства");
  await page.getByTestId("full-report-links").getByRole("link", { name: "Астана" }).click();
  await expect(page.getByTestId("statistics-area")).toHaveText("Статистика: Астана");

  // The current month, chosen in the GET form like a person would.
  const month = String(
    Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Almaty", month: "numeric" }).format(new Date())),
  );
  await page.locator("#f-month").selectOption(month);
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));

  let compared = false;
  for (let attempt = 0; attempt < 4 && !compared; attempt++) {
    if (attempt > 0) await page.reload();
    const asOf = (await page.getByTestId("statistics-as-of").textContent()) ?? "";
    const totals = await pageTotals(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-xlsx").click()]);
    expect(download.suggestedFilename()).toMatch(/^asar-statistics-ASTANA-\d{4}-\d{2}\.xlsx$/);
    const summary = await xlsxSummary((await download.path())!);
    const sameRebuild = asOf.includes(String(summary.get("Данные на") ?? "—"));
    if (!sameRebuild) continue;
    expect(summary.get("Территория")).toBe("Астана");
    for (const [figure, label] of Object.entries(FIGURES)) {
      expect(summary.get(label), figure).toBe(totals[figure]);
    }
    compared = true;
  }
  expect(compared, "the page and the XLSX came from the same rebuild").toBe(true);

  // Another region's report, or the whole country's, does not exist for Astana's staff.
  const other = await page.goto(`/ru/statistics/region/AKTOBE`);
  expect(other?.status()).toBe(404);
  const nation = await page.goto(`/ru/statistics/region/KZ`);
  expect(nation?.status()).toBe(404);
  const exported = await page.request.get(`/api/statistics/report/AKTOBE?format=xlsx&locale=ru`);
  expect(exported.status()).toBe(404);
});

test("the public overview speaks Kazakh, Russian and English, with no sign-in", async ({ page }) => {
  failOnConsoleErrors(page);
  const expected = {
    kk: {
      title: "Волонтерлік статистикасы",
      hours: "Расталған сағаттар",
      sdg: "Тұрақты даму мақсаттарына қосқан үлес",
      method: "Экономикалық құны — алмастыру құны әдісі",
    },
    ru: {
      title: "Статистика волонтерства",
      hours: "Подтвержденные часы",
      sdg: "Вклад в Цели устойчивого развития",
      method: "Экономическая ценность — метод стоимости замещения",
    },
    en: {
      title: "Volunteering statistics",
      hours: "Confirmed hours",
      sdg: "Contribution to the Sustainable Development Goals",
      method: "Economic value — the replacement-cost method",
    },
  } as const;
  for (const [locale, words] of Object.entries(expected)) {
    await page.goto(`/${locale}/statistics`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.title);
    await expect(page.getByRole("heading", { name: words.sdg })).toBeVisible();
    await expect(page.getByText(words.hours, { exact: true }).first()).toBeVisible();
    // Past the key figures the report is folded; a tap on a title opens that part.
    await expect(page.getByText(words.method)).toBeHidden();
    await page.getByTestId("section-methods").locator("summary").first().click();
    await expect(page.getByText(words.method)).toBeVisible();
    await unfoldAll(page);
    await expect(page.getByTestId("statistics-as-of")).not.toBeEmpty();
    // Every chart has its table.
    await expect(page.getByTestId("trend-table")).toBeVisible();
    await expect(page.getByTestId("breakdown-DIRECTION")).toBeVisible();
    await expect(page.getByTestId("sdg-table").locator("tbody tr")).toHaveCount(17);
  }
  // The filters are a plain GET form: the year is in the address.
  await page.locator("#f-month").selectOption("1");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/en\/statistics\?year=\d{4}&month=1$/);
  await expect(page.getByTestId("statistics-period")).toContainText("January");

  const open = await page.request.get("/api/open-data/statistics");
  expect(open.status()).toBe(200);
  expect(open.headers()["cache-control"]).toContain("public");
  const data = await open.json();
  expect(data.regions).toHaveLength(20);
  await page.goto("/en/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data: volunteering statistics");

  // Requests for help: documented on the same page, field by field, and served as JSON and CSV.
  await expect(page.getByRole("heading", { level: 2, name: "Requests for help" })).toBeVisible();
  const helpHref = await page.getByTestId("open-data-help-link").getAttribute("href");
  const help = await page.request.get(helpHref!);
  expect(help.status()).toBe(200);
  const helpData = await help.json();
  expect(helpData.dataset).toBe("asar-help-requests");
  expect(helpData.fields.requests.kk).toBeTruthy();
  const csv = await page.request.get(`${helpHref}&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toContain("year,region,month,category,outcome,requests,withheld");
});

test("the national admin corrects a year's regional wage; a wrong value is refused next to the field", async ({
  page,
}) => {
  failOnConsoleErrors(page, [404]);
  await signIn(page, "ru", E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/ru/admin/wages?year=2024");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Заработная плата по регионам и годам");
  await expect(page.getByLabel("Публикация")).toHaveValue(/Бюро национальной статистики/);
  const field = page.getByLabel("область Ұлытау");
  // The form fills its fields once it runs: read the wage only when it is there (once, in a
  // fresh-clone run, it was read empty, and 1 was typed instead of the wage plus one).
  await expect(field).toHaveValue(/^\d+$/);
  const before = await field.inputValue();
  await field.fill("5000");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.locator("[data-field-error=ULYTAU]")).toHaveText(
    /^Введите целое число тенге от 10\s000 до 10\s000\s000\.$/,
  );
  await expect(field).toHaveValue("5000");

  await field.fill(String(Number(before) + 1));
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Обновлен 1 регион\. Статистика /);
  await page.reload();
  await expect(page.getByLabel("область Ұлытау")).toHaveValue(String(Number(before) + 1));
  // Back as it was, for the other journeys.
  await page.getByLabel("область Ұлытау").fill(before);
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Обновлен 1 регион\./);

  // Regional staff have no such page.
  await page.getByRole("button", { name: "Выйти", exact: true }).click();
  await expect(page.getByRole("link", { name: "Войти" })).toBeVisible();
  await signIn(page, "ru", E2E_STAFF_ASTANA.email, E2E_STAFF_ASTANA.password);
  const refused = await page.goto("/ru/admin/wages");
  expect(refused?.status()).toBe(404);
});

test("every figure links to its definition on the methods page, in Kazakh, Russian and English", async ({ page }) => {
  failOnConsoleErrors(page);
  const expected = {
    kk: {
      title: "Статистика: анықтамалар мен әдістеме",
      active: "Белсенді волонтерлер",
      notStarted: "Әлі басталмаған жобаға қабылданған волонтерлер",
    },
    ru: {
      title: "Статистика: определения и методика",
      active: "Активные волонтеры",
      notStarted: "Волонтеры, принятые в проект, который еще не начался",
    },
    en: {
      title: "Statistics: definitions and methods",
      active: "Active volunteers",
      notStarted: "Volunteers accepted to a project that has not started yet",
    },
  } as const;
  for (const [locale, words] of Object.entries(expected)) {
    await page.goto(`/${locale}/statistics`);
    await page.getByTestId("total-activeVolunteers").locator("xpath=../..").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/statistics/methods#active$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.title);
    const active = page.locator("#active");
    await expect(active).toContainText(words.active);
    await expect(active).toContainText(words.notStarted);
    for (const id of ["sdg", "value", "wages", "suppression"]) await expect(page.locator(`#${id}`)).toBeVisible();
    // The wage source of each year is named.
    await expect(page.getByTestId("wage-sources")).toContainText("2024");
  }
  // The open data carries the same definitions, in the three languages.
  const data = await (await page.request.get("/api/open-data/statistics")).json();
  const active = data.definitions.find((d: { id: string }) => d.id === "active");
  expect(active.url).toBe("/en/statistics/methods#active");
  for (const [locale, words] of Object.entries(expected)) expect(active.text[locale]).toContain(words.notStarted);
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true });

  test("the statistics page fits, charts included", async ({ page }) => {
    await page.goto("/kk/statistics");
    // Folded, the page is the key figures and a list of titles, not 7,000 px of tables.
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(folded).toBeLessThan(3500);
    await unfoldAll(page);
    await expect(page.getByTestId("sdg-table")).toBeVisible();
    await page.waitForSelector(".recharts-surface");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX === "visible" &&
            el.clientWidth > 0 &&
            !el.closest(".recharts-wrapper"),
        )
        .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`),
    );
    expect(spilling).toEqual([]);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll(".recharts-responsive-container")].map((c) => ({
        chart: c.querySelector("svg.recharts-surface")?.getBoundingClientRect().width ?? 0,
        box: c.getBoundingClientRect().width,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const c of charts) expect(c.chart).toBeLessThanOrEqual(c.box + 1);
  });
});
