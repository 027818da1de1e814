import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_HOURS } from "./accounts";

// A 15-year-old on a cheap phone (320 px is the narrowest common screen): nothing may need
// sideways scrolling, and no text may spill out of its box.
test.use({ viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true });

for (const path of [
  "/kk",
  "/ru/sign-up/volunteer",
  "/kk/sign-up/organizer",
  "/en/sign-in",
  "/ru/organizers/e2e-astana-group",
  "/kk/projects",
]) {
  test(`${path} fits a 320 px screen`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // What is shown (the closed header menu is not), then again with the menu open.
    const spilling = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("main *, header *")]
          .filter(
            (el) =>
              el.checkVisibility() &&
              el.scrollWidth > el.clientWidth + 1 &&
              getComputedStyle(el).overflowX === "visible" &&
              el.clientWidth > 0,
          )
          .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`),
      );
    expect(await spilling()).toEqual([]);
    await page.getByTestId("menu-button").click();
    await expect(page.locator("header details")).toHaveAttribute("open", "");
    expect(await spilling()).toEqual([]);
  });
}

// Signed in as an organizer's owner (the longest menu): the header is one row with a menu button,
// not 140–195 px of links; the menu opens by tap or keyboard and closes on Escape and on navigation.
for (const [locale, words] of [
  ["kk", { menu: "Мәзір", statistics: "Статистика", title: "Волонтерлік статистикасы" }],
  ["ru", { menu: "Меню", statistics: "Статистика", title: "Статистика волонтерства" }],
  ["en", { menu: "Menu", statistics: "Statistics", title: "Volunteering statistics" }],
] as const) {
  test(`signed in, the header folds into a menu button (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    failOnConsoleErrors(page);
    await signInAs(page, E2E_HOURS.owner, locale);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/organizers/${E2E_HOURS.organizer.slug}`);

    const header = page.getByRole("banner");
    const nav = header.locator("nav").filter({ hasText: words.statistics });
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
    await expect(nav).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // By keyboard: the button opens it, Escape closes it and leaves focus on the button.
    const button = page.getByTestId("menu-button");
    await expect(button).toHaveAccessibleName(words.menu);
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(nav).toBeVisible();
    await expect(page.getByTestId("viewer-name")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();

    // By tap: a link in it goes there, and the menu is closed on the next page.
    await button.click();
    await nav.getByRole("link", { name: words.statistics, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.title);
    await expect(nav).toBeHidden();
    await context.close();
  });
}
