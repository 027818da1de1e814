import { expect, test } from "@playwright/test";
import { E2E_CACHE } from "./accounts";
import { failOnConsoleErrors } from "./helpers";

// A first-time visitor on a 360 px phone looks for a project (issue 10): in any of the three
// languages the search finds a project written in another, offers suggestions as they type,
// says what it searched for when it corrected a typo, and after a filter the results come
// first, the filters folded away and the chosen ones shown as chips that remove them.
// E2E_CACHE's project: a Kazakh title, a Russian description, environmental, in Pavlodar.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const title = E2E_CACHE.projectTitle;

test("English words find a Kazakh and Russian project, from the home page's search box", async ({ page }) => {
  failOnConsoleErrors(page);
  await page.goto("/en");
  await page.getByRole("searchbox", { name: "Find a volunteer project" }).fill("ecology Pavlodar");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/projects\?q=ecology\+Pavlodar/);
  await expect(page.getByTestId("search-result").first()).toContainText(title);
  await expect(page.getByTestId("searched-for")).toHaveCount(0);
});

test("a misspelled place is corrected, and the page says what it searched for", async ({ page }) => {
  failOnConsoleErrors(page);
  await page.goto(`/kk/projects?q=${encodeURIComponent("Павлодр")}`);
  await expect(page.getByTestId("searched-for")).toHaveText("«павлодар» бойынша нәтижелер көрсетілді.");
  await expect(page.getByTestId("search-result").filter({ hasText: title })).toHaveCount(1);
});

test("typing offers organizers and directions in the page's language", async ({ page }) => {
  failOnConsoleErrors(page);
  await page.goto("/ru/projects");
  // With its suggestions the box is a combobox.
  const box = page.getByRole("combobox", { name: "Поиск" });
  await box.pressSequentially("Ертіс", { delay: 30 });
  await expect(page.locator(`#q-suggestions option[value="${E2E_CACHE.organizer.name}"]`)).toHaveCount(1);
  await box.fill("");
  await box.pressSequentially("эколог", { delay: 30 });
  await expect(page.locator('#q-suggestions option[value="Экологическое волонтерство"]')).toHaveCount(1);
});

for (const { locale, chip, count } of [
  { locale: "kk", chip: "Өңір: Павлодар облысы", count: /жоба табылды/ },
  { locale: "ru", chip: "Регион: Павлодарская область", count: /Найден/ },
  { locale: "en", chip: "Region: Pavlodar Region", count: /found/ },
] as const) {
  test(`${locale}: after a filter the count and the first result come first, the filter is a chip that removes it`, async ({
    page,
  }) => {
    failOnConsoleErrors(page);
    await page.goto(`/${locale}/projects?region=PAVLODAR&direction=ENVIRONMENTAL`);
    await expect(page.getByTestId("search-filters")).not.toHaveAttribute("open");
    await expect(page.getByTestId("results-count")).toHaveText(count);
    const first = page.getByTestId("search-result").first();
    await expect(first).toContainText(title);
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(900);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const chips = page.getByTestId("filter-chip");
    await expect(chips).toHaveCount(2);
    await chips.filter({ hasText: chip }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/projects\\?direction=ENVIRONMENTAL$`));
    await expect(page.getByTestId("filter-chip")).toHaveCount(1);
  });
}
