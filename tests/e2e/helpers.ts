import { expect, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";

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

type Account = { email: string; password: string };
type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
const sessions = new Map<string, Promise<Cookies>>();

/**
 * Signs `page` in as a seeded account without going through the form each time: the first call
 * for an account in this worker signs in with the form (in a context of its own), later calls
 * reuse that session's cookie. Sessions are ended one by one (signing out revokes only its own),
 * so a test that signs out must use signIn() instead. With `locale`, opens that home page and
 * waits for the signed-in header, as signIn() ends. For tests whose subject is not signing in;
 * the form itself is covered by volunteer, forms, sessions and password-reset specs.
 */
export async function signInAs(page: Page, who: Account, locale?: "kk" | "ru" | "en") {
  let cookies = sessions.get(who.email);
  if (!cookies) {
    cookies = (async () => {
      const browser = page.context().browser() as Browser;
      // At desktop width whatever the spec's viewport: on a phone the name is in the folded menu.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false });
      await signIn(await context.newPage(), "en", who.email, who.password);
      // Only the session: the language cookie of the sign-in page would change the test's.
      const all = await context.cookies();
      await context.close();
      return all.filter((c) => c.name.includes("next-auth.session-token"));
    })();
    sessions.set(who.email, cookies);
    cookies.catch(() => sessions.delete(who.email));
  }
  await page.context().addCookies(await cookies);
  if (locale) {
    await page.goto(`/${locale}`);
    await expect(page.getByTestId("viewer-name")).toBeVisible();
  }
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
