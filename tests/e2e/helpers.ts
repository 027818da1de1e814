import { expect, type Page, type Request } from "@playwright/test";

let counter = 0;
/** A unique email per test run and test. */
export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${process.pid}-${++counter}@e2e.asar`;

export function birthDateYearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - 3);
  return d.toISOString().slice(0, 10);
}

export async function signIn(page: Page, locale: string, email: string, password: string) {
  await page.goto(`/${locale}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("viewer-name")).toBeVisible();
}

/**
 * Fails the test on any error the page logs to the console. A refused sign-in is an expected
 * 401 from the auth endpoint, which Chromium logs as a failed resource: those are allowed.
 */
export function failOnConsoleErrors(page: Page, allowStatuses: number[] = []) {
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const status = /status of (\d{3})/.exec(msg.text())?.[1];
    if (status && allowStatuses.includes(Number(status))) return;
    throw new Error(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => {
    throw err;
  });
}

/** Signs a new volunteer up through the form; the page lands on the profile. */
export async function signUpVolunteer(
  page: Page,
  locale: "kk" | "ru" | "en",
  v: { name: string; email: string; password: string; age: number; region: string },
) {
  await page.goto(`/${locale}/sign-up/volunteer`);
  await page.locator("#name").fill(v.name);
  await page.locator("#email").fill(v.email);
  await page.locator("#password").fill(v.password);
  await page.locator("#birthDate").fill(birthDateYearsAgo(v.age));
  await page.locator("#regionCode").selectOption(v.region);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/profile`));
}

/**
 * The requests one step sends to the server: server-action POSTs, and router refreshes (RSC GETs
 * that are not link prefetches). A revalidating action answers with the fresh page itself, so a
 * step that saves something should show one action and no refresh: the page rendered once.
 */
export async function serverRoundTrips(page: Page, step: () => Promise<void>) {
  const counts = { actions: 0, refreshes: 0 };
  const count = (request: Request) => {
    const headers = request.headers();
    if (request.method() === "POST" && headers["next-action"]) counts.actions++;
    else if (request.method() === "GET" && headers["rsc"] === "1" && !headers["next-router-prefetch"])
      counts.refreshes++;
  };
  page.on("request", count);
  try {
    await step();
    // A refresh would be sent right after the action's answer; give it a moment to show up.
    await page.waitForTimeout(300);
  } finally {
    page.off("request", count);
  }
  return counts;
}
