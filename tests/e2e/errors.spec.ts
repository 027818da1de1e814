// What a visitor sees when an address names nothing or a page fails: the page in their language,
// inside the site (header, lang attribute), with a way back — never Next's English default.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";
import { E2E_ORGANIZER_OWNER } from "./accounts";

const NOT_FOUND = {
  kk: { title: "Бет табылмады", home: "Басты бетке", search: "Жоба табу", mainNav: "Басты мәзір" },
  ru: { title: "Страница не найдена", home: "На главную", search: "Найти проект", mainNav: "Главное меню" },
  en: { title: "Page not found", home: "Go to the home page", search: "Find a project", mainNav: "Main menu" },
} as const;

const ERROR = {
  kk: { title: "Бірдеңе дұрыс болмады", retry: "Қайталау", reference: "Қате коды:" },
  ru: { title: "Что-то пошло не так", retry: "Попробовать снова", reference: "Код ошибки:" },
  en: { title: "Something went wrong", retry: "Try again", reference: "Reference code:" },
} as const;

const NEXT_DEFAULT = "This page could not be found";

// The addresses people tried (issue 10): folders without a page of their own, and made-up ones,
// in each of the three languages.
for (const [locale, path] of [
  ...(["kk", "ru", "en"] as const).flatMap((l) =>
    ["about", "my", "organizers", "admin"].map((rest) => [l, `/${l}/${rest}`] as const),
  ),
  ["ru", "/ru/whatever/and/deeper"],
  ["en", "/en/unknown"],
] as const) {
  test(`${path} is a 404 in the locale's own words, inside the site`, async ({ page }) => {
    const m = NOT_FOUND[locale];
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
    await expect(page).toHaveTitle(new RegExp(`^${m.title}`));
    // The site's header is there, and nothing in English stands in for the translation.
    await expect(page.getByRole("navigation", { name: m.mainNav })).toBeVisible();
    await expect(page.getByText(NEXT_DEFAULT)).toHaveCount(0);
    if (locale !== "en") await expect(page.getByText(NOT_FOUND.en.title)).toHaveCount(0);

    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: m.search })).toHaveAttribute("href", `/${locale}/projects`);
    await main.getByRole("link", { name: m.home }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(m.title);
  });
}

test("an address outside any locale is a 404 that says so in all three languages", async ({ page }) => {
  const response = await page.goto("/no-such-file.txt");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByText(NEXT_DEFAULT)).toHaveCount(0);
  for (const locale of ["kk", "ru", "en"] as const) {
    const part = page.locator(`section[lang=${locale}]`);
    await expect(part.getByRole("heading")).toHaveText(NOT_FOUND[locale].title);
    await expect(part.getByRole("link", { name: NOT_FOUND[locale].home })).toHaveAttribute("href", `/${locale}`);
  }
  await page.locator("section[lang=ru]").getByRole("link").click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
});

// /<locale>/e2e-fault fails on purpose while the cookie says so (scripts/e2e.ts sets E2E_FAULT_PAGE).
for (const locale of ["kk", "ru", "en"] as const) {
  test(`a page that fails shows the error page in ${locale}, with a reference code and no detail, and recovers`, async ({
    page,
    context,
    baseURL,
  }) => {
    const m = ERROR[locale];
    await context.addCookies([{ name: "e2e-fault", value: "throw", url: baseURL! }]);
    const response = await page.goto(`/${locale}/e2e-fault`);
    expect(response?.status()).toBe(500);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);
    await expect(page.getByTestId("error-digest")).toHaveText(new RegExp(`^${m.reference} \\S+$`));
    expect(await page.content()).not.toContain("internal detail");
    await expect(page.getByRole("link", { name: NOT_FOUND[locale].home })).toHaveAttribute("href", `/${locale}`);

    // Once the cause is gone, "try again" fetches the page anew instead of redrawing the failure.
    await context.clearCookies({ name: "e2e-fault" });
    await page.getByRole("button", { name: m.retry }).click();
    await expect(page.getByTestId("e2e-fault-ok")).toBeVisible();
    await expect(page.getByRole("heading", { name: m.title })).toHaveCount(0);
  });
}

// Who may see the moderation queue is decided before anything is sent: a redirect or a 404, never a 200.
test("the moderation queue refuses with a redirect or a 404", async ({ page, request }) => {
  const signedOut = await request.get("/kk/moderation", { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);
  expect(signedOut.headers().location).toMatch(/\/kk\/sign-in\?next=%2Fkk%2Fmoderation$/);

  await signInAs(page, E2E_ORGANIZER_OWNER, "ru");
  const refused = await page.goto("/ru/moderation");
  expect(refused?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.ru.title);
});

// A cheap phone with JavaScript off (or not yet loaded) still gets the results, not a skeleton.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page and the national statistics show their content", async ({ page }) => {
    const search = await page.goto("/ru/projects");
    expect(search?.status()).toBe(200);
    await expect(page.getByTestId("results-count")).toBeVisible();
    await expect(page.getByTestId("search-result").first()).toBeVisible();
    await page.goto("/kk/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
