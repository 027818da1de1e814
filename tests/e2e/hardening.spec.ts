// Malformed requests get a 4xx, never a 500 (issue 8, D.15); every page carries a strict
// Content-Security-Policy and runs under it without a single violation (D.16).
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, signInAs } from "./helpers";
import { E2E_ORGANIZER_OWNER } from "./accounts";

const html = { accept: "text/html,application/xhtml+xml" };

test("URLs that cannot name anything are a translated 404, not a server error", async ({ request }) => {
  for (const [url, heading] of [
    ["/en/organizers/a%00b", "Page not found"],
    ["/ru/projects/%FF%FE", "Страница не найдена"],
    ["/kk/projects/%25FF", "Бет табылмады"],
    ["/%FF", "Бет табылмады"],
  ] as const) {
    const res = await request.get(url, { headers: html, maxRedirects: 0 });
    expect(res.status(), url).toBe(404);
    expect(await res.text(), url).toContain(heading);
  }
  for (const url of ["/api/projects/%00/calendar", "/api/projects/%FF/calendar"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect(res.headers()["content-type"]).toMatch(/text\/plain/);
  }
});

test("a session cookie with a malformed name is a 400 with a translated page", async ({ request }) => {
  const res = await request.get("/ru/projects", { headers: { ...html, cookie: "next-auth.session-token =abc" } });
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("Неверный запрос");
});

test("server action bodies: too large 413, not JSON or nested 5,000 deep 400", async ({ request }) => {
  const action = {
    "next-action": "40288c75f3779dd67fb1bb9abeb85d5773dc156689",
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
  };
  const big = await request.post("/en/sign-up/organizer", {
    headers: action,
    data: `["${"a".repeat(1024 * 1024 + 10)}"]`,
  });
  expect(big.status()).toBe(413);
  const notJson = await request.post("/en/sign-up/organizer", { headers: action, data: "not json{" });
  expect(notJson.status()).toBe(400);
  const deep = await request.post("/en/sign-up/organizer", {
    headers: action,
    data: "[".repeat(5000) + "]".repeat(5000),
  });
  expect(deep.status()).toBe(400);
});

/** The nonce of a page's policy; the policy itself must be the strict one. */
function nonceOf(csp: string | undefined): string {
  expect(csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}' 'strict-dynamic'(;|$)/);
  return /'nonce-([0-9a-f]{32})'/.exec(csp!)![1]!;
}

test("every page has its own nonce, also when served from the public page cache", async ({ request }) => {
  const first = await request.get("/en/projects", { headers: html });
  const second = await request.get("/en/projects", { headers: html });
  expect(second.headers()["x-asar-cache"]).toBe("hit");
  const [a, b] = [
    nonceOf(first.headers()["content-security-policy"]),
    nonceOf(second.headers()["content-security-policy"]),
  ];
  expect(a).not.toBe(b);
  const body = await second.text();
  expect(body).toContain(`nonce="${b}"`);
  expect(body).not.toContain(a);
  expect(second.headers()["permissions-policy"]).toContain("camera=()");
});

test("the calendar file may be cached", async ({ request, page }) => {
  await page.goto("/en/projects");
  const href = await page.locator('a[href*="/projects/"]').first().getAttribute("href");
  const id = /\/projects\/([^/?#]+)/.exec(href ?? "")?.[1];
  const res = await request.get(`/api/projects/${id}/calendar`);
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toMatch(/max-age=\d+/);
});

async function walk(page: Page, paths: string[]) {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
    nonceOf(res?.headers()["content-security-policy"]);
    // Hydrated: client components answer (the locale switcher is a client component in the header).
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
}

test("public pages run under the policy: no violations, charts included", async ({ page }) => {
  failOnConsoleErrors(page);
  await walk(page, [
    "/kk",
    "/ru/projects",
    "/en/projects?q=taza",
    "/ru/statistics",
    "/en/open-data",
    "/kk/sign-in",
    "/ru/sign-up/organizer",
    `/en/organizers/${E2E_ORGANIZER_OWNER.slug}`,
  ]);
});

test("an organizer's pages run under the policy", async ({ page }) => {
  failOnConsoleErrors(page);
  await signInAs(page, E2E_ORGANIZER_OWNER, "ru");
  const slug = E2E_ORGANIZER_OWNER.slug;
  await walk(page, [
    `/ru/organizers/${slug}/projects`,
    `/ru/organizers/${slug}/projects/new`,
    `/ru/organizers/${slug}/applications`,
    `/ru/organizers/${slug}/members`,
    "/ru/profile",
    "/ru/notifications",
  ]);
});
