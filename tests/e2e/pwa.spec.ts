import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import en from "../../src/messages/en.json";
import kk from "../../src/messages/kk.json";
import ru from "../../src/messages/ru.json";
import { signUpVolunteer, uniqueEmail } from "./helpers";

// The installable app (decision 0030): the manifest and its icons, the service worker, the offline
// page in each language, nothing personal kept on the device, and push messages shown.
test.use({ serviceWorkers: "allow" });

const OFFLINE = { kk: kk.offline, ru: ru.offline, en: en.offline } as const;

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPng(request: APIRequestContext, src: string, size: number) {
  const response = await request.get(src);
  expect(response.status(), src).toBe(200);
  expect(response.headers()["content-type"], src).toBe("image/png");
  expect(pngSize(await response.body()), src).toEqual({ width: size, height: size });
}

/** Opens `path` and waits until the service worker controls the page. */
async function controlled(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every URL stored in the page's Cache Storage, whatever the cache. */
async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
}

test("the manifest names the app and lists icons that are PNGs of their stated size", async ({ request, page }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: "Asar", short_name: "Asar", start_url: "/", display: "standalone" });
  expect(manifest.theme_color).toBe("#0b7a6b");
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of manifest.icons) {
    expect(icon.type).toBe("image/png");
    await expectPng(request, icon.src, Number(icon.sizes.split("x")[0]));
  }

  // Every page links it, with the theme colour and the icon iOS uses instead.
  await page.goto("/ru");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0b7a6b");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icons/icon.svg");
  const svg = await request.get("/icons/icon.svg");
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  await expectPng(request, apple!, 180);
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an icon file, not a page
});

test("the service worker is served fresh for the whole site and controls the page", async ({ request, page }) => {
  const script = await request.get("/serwist/sw.js");
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toContain("javascript");
  expect(script.headers()["cache-control"]).toBe("no-cache");
  expect(script.headers()["service-worker-allowed"]).toBe("/");

  await controlled(page, "/kk");
  const registration = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    return { scope: r.scope, script: r.active?.scriptURL };
  });
  expect(new URL(registration.scope).pathname).toBe("/");
  expect(new URL(registration.script!).pathname).toBe("/serwist/sw.js");
  // Pages still work through it: the language redirect and a page's own content.
  await page.goto("/");
  await expect(page).toHaveURL(/\/(kk|ru|en)$/);
});

for (const locale of ["kk", "ru", "en"] as const) {
  test(`offline, a page shows the offline page in ${locale} at its own address, and "try again" reloads it`, async ({
    page,
    context,
  }) => {
    await controlled(page, `/${locale}`);
    await context.setOffline(true);
    await page.goto(`/${locale}/projects?q=water`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE[locale].title);
    await expect(page).toHaveURL(new RegExp(`/${locale}/projects\\?q=water$`));
    await expect(page.getByText(OFFLINE[locale].worksEmergency)).toBeVisible();
    // The page's own styles came from the device: the button has its brand colour.
    const retry = page.getByTestId("offline-retry");
    await expect(retry).toHaveText(OFFLINE[locale].retry);
    expect(await retry.evaluate((a) => getComputedStyle(a).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

    await context.setOffline(false);
    await retry.click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(OFFLINE[locale].title);
    await expect(page).toHaveURL(new RegExp(`/${locale}/projects\\?q=water$`));
  });
}

test("a signed-in page seen before is not kept: offline it is the offline page, and no page is stored", async ({
  page,
  context,
}) => {
  const name = "Offline Privacy Check";
  await controlled(page, "/en");
  await signUpVolunteer(page, "en", {
    name,
    email: uniqueEmail("e2e-pwa"),
    password: "pwa-e2e-password",
    age: 30,
    region: "ASTANA",
  });
  // A worker installed while the person is signed in: the offline pages it fetches must still be
  // the anonymous rendering.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  });
  await controlled(page, "/en/profile");
  await expect(page.getByTestId("viewer-name")).toHaveText(name);

  await context.setOffline(true);
  await page.goto("/en/profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OFFLINE.en.title);
  await expect(page.getByText(name)).toHaveCount(0);
  await expect(page.getByTestId("viewer-name")).toHaveCount(0);

  // Only the build's files, the icons and the three offline pages are on the device.
  const urls = await cachedUrls(page);
  expect(urls).toEqual(expect.arrayContaining(["/kk/offline", "/ru/offline", "/en/offline"]));
  expect(urls.filter((u) => !/^\/(?:_next\/static\/|icons\/|favicon\.ico$|(?:kk|ru|en)\/offline$)/.test(u))).toEqual(
    [],
  );
  // …and the offline pages are the anonymous rendering, even though a person was signed in.
  const bodies = await page.evaluate(async () => {
    const texts: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (request.url.endsWith("/offline")) texts.push(await (await cache.match(request))!.text());
      }
    }
    return texts;
  });
  expect(bodies).toHaveLength(3);
  for (const body of bodies) expect(body).not.toContain(name);
});

/** Delivers a push message to the page's service worker through Chromium's DevTools protocol. */
async function deliverPush(context: BrowserContext, page: Page, data: string) {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = await new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
      if (ours) resolve(ours.registrationId);
    });
    void cdp.send("ServiceWorker.enable");
  });
  await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data });
}

test("a push message shows a notification with its answer buttons and links on the site", async ({ page, context }) => {
  await context.grantPermissions(["notifications"]);
  await controlled(page, "/kk");
  const [worker] = context.serviceWorkers();
  expect(worker).toBeTruthy();
  const origin = new URL(page.url()).origin;
  await deliverPush(
    context,
    page,
    JSON.stringify({
      title: "Су тасқыны: Атырау",
      body: "12 адам керек",
      url: "/kk/notifications",
      tag: "e2e-pwa-push",
      actions: [
        { action: "coming", title: "Барамын", url: "/kk/notifications?answer=coming" },
        { action: "away", title: "Elsewhere", url: "https://evil.example/" },
      ],
    }),
  );
  await expect
    .poll(() =>
      worker!.evaluate(async () => {
        const shown = await (self as unknown as ServiceWorkerGlobalScope).registration.getNotifications({
          tag: "e2e-pwa-push",
        });
        return shown.map((n) => ({ title: n.title, body: n.body, data: n.data as unknown }));
      }),
    )
    .toEqual([
      {
        title: "Су тасқыны: Атырау",
        body: "12 адам керек",
        data: {
          url: `${origin}/kk/notifications`,
          actions: { coming: `${origin}/kk/notifications?answer=coming` },
        },
      },
    ]);
});
