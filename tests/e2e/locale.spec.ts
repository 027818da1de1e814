import { expect, test } from "@playwright/test";

test("/ goes by the browser's language, Kazakh when unsure", async ({ browser }) => {
  for (const [browserLocale, locale] of [
    ["ru-RU", "ru"],
    ["en-US", "en"],
    ["de-DE", "kk"],
    ["kk-KZ", "kk"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await context.close();
  }
});

test("the switcher turns the page into Russian and back, on the same page", async ({ page }) => {
  await page.goto("/kk/sign-up/volunteer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Волонтер ретінде тіркелу");
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/sign-up\/volunteer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Регистрация волонтера");
  await expect(page.locator("option[value=ASTANA]")).toHaveText("Астана");
  await page.getByRole("link", { name: "Қазақша" }).click();
  await expect(page).toHaveURL(/\/kk\/sign-up\/volunteer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Волонтер ретінде тіркелу");
});

test("the home page shows live counts from the database", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help is close by. Join Asar.");
  await expect(page.getByTestId("count-volunteers")).toHaveText(/^\d[\d,]*$/);
});
