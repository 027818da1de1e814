import fs from "node:fs";
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_CHANNELS } from "./accounts";
import { failOnConsoleErrors, signIn } from "./helpers";

// The profile's notification switches (a plain form) and push on this device. Chromium here has
// no push service to reach (no network), and the service worker belongs to the installable app,
// so push is tried with a stand-in for the browser's PushManager that hands out a subscription
// shaped like Chrome's (an FCM endpoint and real P-256 keys); the server side is the real action.
type Texts = {
  settings: { channel: Record<string, string>; kind: Record<string, { title: string }>; save: string; saved: string };
  push: Record<string, string>;
};
const texts = (locale: string) =>
  JSON.parse(fs.readFileSync(`src/messages/modules/notifications/${locale}.json`, "utf8")) as Texts;

async function fakePushManager(page: Page) {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.generateKeys();
  const subscription = {
    endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomBytes(8).toString("hex")}`,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: crypto.randomBytes(16).toString("base64url") },
  };
  await page.addInitScript((sub) => {
    let current: unknown = null;
    const pushManager = {
      getSubscription: async () => current,
      subscribe: async (options: { applicationServerKey: Uint8Array }) => {
        current = {
          endpoint: sub.endpoint,
          options: { applicationServerKey: options.applicationServerKey.buffer },
          toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
          unsubscribe: async () => {
            current = null;
            return true;
          },
        };
        return current;
      },
    };
    const registration = { pushManager, scope: "/" };
    Object.defineProperty(navigator, "serviceWorker", {
      configurable: true,
      value: {
        ready: Promise.resolve(registration),
        getRegistration: async () => registration,
        register: async () => registration,
        addEventListener: () => {},
        removeEventListener: () => {},
        controller: null,
      },
    });
    if (!("PushManager" in window)) Object.assign(window, { PushManager: function PushManager() {} });
  }, subscription);
}

for (const locale of ["kk", "ru", "en"] as const) {
  test(`switching email off for hours is saved (${locale})`, async ({ page }) => {
    failOnConsoleErrors(page);
    const t = texts(locale);
    const account = E2E_CHANNELS[locale];
    await signIn(page, locale, account.email, account.password);
    await page.goto(`/${locale}/profile`);
    const hours = page.getByRole("group", { name: t.settings.kind.HOURS!.title });
    const email = hours.getByRole("checkbox", { name: t.settings.channel.EMAIL });
    await expect(email).toBeChecked();
    await email.uncheck();
    await page.getByRole("button", { name: t.settings.save }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/profile\\?notifications=saved`));
    await expect(page.getByRole("status").filter({ hasText: t.settings.saved })).toBeVisible();
    await page.reload();
    const again = page.getByRole("group", { name: t.settings.kind.HOURS!.title });
    await expect(again.getByRole("checkbox", { name: t.settings.channel.EMAIL })).not.toBeChecked();
    await expect(again.getByRole("checkbox", { name: t.settings.channel.IN_APP })).toBeChecked();
    await expect(
      page
        .getByRole("group", { name: t.settings.kind.CALL_OUTS!.title })
        .getByRole("checkbox", { name: t.settings.channel.EMAIL }),
    ).toBeChecked();
    // Back on, for the next run against the same database.
    await again.getByRole("checkbox", { name: t.settings.channel.EMAIL }).check();
    await page.getByRole("button", { name: t.settings.save }).click();
    await expect(page.getByRole("status").filter({ hasText: t.settings.saved })).toBeVisible();
  });
}

test("without JavaScript, the switches save with a plain form post (ru)", async ({ page, browser }) => {
  const t = texts("ru");
  // Signing in uses the page's script; the session then serves a browser without any.
  await signIn(page, "ru", E2E_CHANNELS.ru.email, E2E_CHANNELS.ru.password);
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  await noScript.addCookies(await page.context().cookies());
  const plain = await noScript.newPage();
  await plain.goto("/ru/profile");
  const box = () =>
    plain
      .getByRole("group", { name: t.settings.kind.PROJECTS!.title })
      .getByRole("checkbox", { name: t.settings.channel.IN_APP });
  await box().uncheck();
  await plain.getByRole("button", { name: t.settings.save }).click();
  await expect(plain.getByText(t.settings.saved)).toBeVisible();
  await expect(box()).not.toBeChecked();
  await box().check();
  await plain.getByRole("button", { name: t.settings.save }).click();
  await expect(plain.getByText(t.settings.saved)).toBeVisible();
  await expect(box()).toBeChecked();
  await noScript.close();
});

test("push on this device: turned on, listed, turned off (en)", async ({ page, context }) => {
  failOnConsoleErrors(page);
  await context.grantPermissions(["notifications"]);
  await fakePushManager(page);
  const t = texts("en").push;
  await signIn(page, "en", E2E_CHANNELS.en.email, E2E_CHANNELS.en.password);
  await page.goto("/en/profile");
  const push = page.getByTestId("push-devices");
  await push.getByRole("button", { name: t.enable }).click();
  await expect(push.getByText(t.enabledHere!)).toBeVisible();
  await expect(push.getByTestId("push-device-list").getByRole("listitem")).toHaveCount(1);
  await expect(push.getByTestId("push-device-list")).toContainText("Chrome");
  await push.getByRole("button", { name: t.disable }).click();
  await expect(push.getByText(t.none!)).toBeVisible();
  await expect(push.getByRole("button", { name: t.enable })).toBeVisible();
});
