import { expect, test, type Browser, type Page } from "@playwright/test";
import { birthDateYearsAgo, failOnConsoleErrors, uniqueEmail } from "./helpers";

const PASSWORD = "kokterek-tauy-jaryq-92";

/** A new volunteer, signed up in a browser of their own and signed out again. */
async function newVolunteer(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail("session");
  await page.goto("/en/sign-up/volunteer");
  await page.locator("#name").fill("Dana Sessions");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("#birthDate").fill(birthDateYearsAgo(30));
  await page.locator("#regionCode").selectOption("ASTANA");
  await page.locator("form button[type=submit]").click();
  // Setup, not the subject: a loaded machine may take a while to hash the password and sign in.
  await expect(page).toHaveURL(/\/en\/profile/, { timeout: 30_000 });
  await context.close();
  return email;
}

async function fillSignIn(page: Page, email: string) {
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
}

test.describe("after signing in, a crafted ?next= never leaves Asar", () => {
  for (const next of ["%2Fen%2F..%2F%5Cevil.example", "/en/..//evil.example"]) {
    test(`next=${next}`, async ({ page, browser, baseURL }) => {
      failOnConsoleErrors(page);
      const email = await newVolunteer(browser);
      // Nothing may leave this machine: answer for the other site here, and note any visit.
      const visits: string[] = [];
      await page.context().route(
        (url) => url.hostname.endsWith("evil.example"),
        (route) => {
          visits.push(route.request().url());
          return route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evil</h1>" });
        },
      );

      await page.goto(`/en/sign-in?next=${next}`);
      await fillSignIn(page, email);
      await expect(page.getByTestId("viewer-name")).toHaveText("Dana Sessions");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toMatch(/^\/en\/?$/);
      expect(visits).toEqual([]);
    });
  }

  test("a page of ours in next= is where the person lands", async ({ page, browser }) => {
    failOnConsoleErrors(page);
    const email = await newVolunteer(browser);
    await page.goto(`/en/sign-in?next=${encodeURIComponent("/en/my/applications")}`);
    await fillSignIn(page, email);
    await expect(page).toHaveURL(/\/en\/my\/applications$/);
  });
});

test("signing out ends the session: a copy of its cookie no longer downloads the person's data", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  failOnConsoleErrors(page);
  const email = await newVolunteer(browser);
  await page.goto("/en/sign-in");
  await fillSignIn(page, email);
  await expect(page.getByTestId("viewer-name")).toBeVisible();

  // What someone with a copy of the cookie (a shared computer, a leaked log) would send.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const thief = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  const before = await thief.get("/api/records/my-data", { maxRedirects: 0 });
  expect(before.status()).toBe(200);
  expect(await before.text()).toContain(email);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const after = await thief.get("/api/records/my-data", { maxRedirects: 0 });
  expect(after.status()).toBe(303);
  expect(after.headers()["location"]).toMatch(/\/(kk|ru|en)\/sign-in\?next=/);
  await thief.dispose();
});

test("sign out everywhere ends the session in another browser too", async ({ page, browser }) => {
  failOnConsoleErrors(page);
  const email = await newVolunteer(browser);
  const other = await browser.newContext();
  const phone = await other.newPage();
  for (const p of [page, phone]) {
    await p.goto("/en/sign-in");
    await fillSignIn(p, email);
    await expect(p.getByTestId("viewer-name")).toBeVisible();
  }

  await page.goto("/en/profile");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await phone.goto("/en/profile");
  await expect(phone).toHaveURL(/\/en\/sign-in\?next=/);
  await other.close();
});
