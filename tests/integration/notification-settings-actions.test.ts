import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTranslator } from "use-intl/core";
import { db } from "./helpers";
import { actAs, redirectOf, resetActor } from "./action-harness";
import { browserKeys } from "./push-endpoint";
import { loadMessages } from "../../src/i18n/messages";
import {
  savePreferencesFormAction,
  subscribePushAction,
  testPushAction,
  unsubscribePushAction,
  unsubscribeThisDeviceAction,
} from "../../src/modules/notifications/actions";
import { getOptOuts } from "../../src/modules/notifications/preferences";
import { NOTIFICATION_KINDS } from "../../src/modules/notifications/kinds";
import { listPushDevices, MAX_DEVICES } from "../../src/modules/notifications/subscriptions";
import { createUser } from "../../prisma/seed/factories";
import { viewerOf } from "./helpers";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
vi.mock("next-intl/server", async () => {
  const messages = await loadMessages("en");
  const t = createTranslator({ locale: "en", messages: messages as Record<string, never> });
  const translate = Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
  return { getLocale: async () => "en", getTranslations: async () => translate };
});
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
  },
}));
vi.mock("@/server/env", () => ({ env: () => ({ NODE_ENV: "test", APP_URL: "https://asar.test" }) }));
// The platform's push: a pusher that records what it would send (delivery itself is covered by
// notification-channels.test.ts against a local push service).
const sent: string[] = [];
vi.mock("@/server/web-push", () => ({
  defaultPusher: () => ({
    publicKey: "test",
    send: async (target: { endpoint: string }) => {
      sent.push(target.endpoint);
      return { outcome: "SENT", status: 201 };
    },
  }),
}));
beforeEach(() => {
  resetActor();
  sent.length = 0;
});

const subscription = (endpoint: string, keys = browserKeys().keys) => ({ endpoint, keys, expirationTime: null });

describe("the notification switches (a plain form post)", () => {
  it("saves exactly the boxes left on and comes back to the profile saying so", async () => {
    const user = await createUser(db());
    await actAs(user.id);
    const form = new FormData();
    for (const key of ["CALL_OUTS:IN_APP", "CALL_OUTS:PUSH", "HOURS:IN_APP", "HOURS:EMAIL", "HOURS:PUSH"])
      form.append("on", key);
    expect(await redirectOf(savePreferencesFormAction(form))).toBe(
      "/en/profile?notifications=saved#notification-settings",
    );
    const off = await getOptOuts(db(), await viewerOf(user.id));
    expect(off.has("CALL_OUTS:EMAIL")).toBe(true);
    expect(off.has("CALL_OUTS:PUSH")).toBe(false);
    expect(off.has("HOURS:EMAIL")).toBe(false);
    expect(off.has("APPLICATIONS:IN_APP")).toBe(true);
    // Every other switch of every kind (11 kinds since issue 12's reminders, messages, digests) is off.
    expect(off.has("REMINDERS:EMAIL")).toBe(true);
    expect(off.size).toBe(NOTIFICATION_KINDS.length * 3 - 5);
    expect(NOTIFICATION_KINDS).toHaveLength(11);
  });

  it("refuses made-up switches without changing anything, and a signed-out post goes to sign-in", async () => {
    const user = await createUser(db());
    await actAs(user.id);
    const form = new FormData();
    form.append("on", "CALL_OUTS:SMS");
    expect(await redirectOf(savePreferencesFormAction(form))).toBe(
      "/en/profile?notifications=failed#notification-settings",
    );
    expect((await getOptOuts(db(), await viewerOf(user.id))).size).toBe(0);
    await actAs(null);
    expect(await redirectOf(savePreferencesFormAction(new FormData()))).toMatch(/^\/en\/sign-in\?next=/);
  });
});

describe("subscribing a device", () => {
  it("keeps the browser's subscription; several devices per person; the list shows no endpoint", async () => {
    const user = await createUser(db());
    await actAs(user.id);
    expect((await subscribePushAction(subscription("https://fcm.googleapis.com/fcm/send/a1")))?.data?.id).toBeTruthy();
    await subscribePushAction(subscription("https://updates.push.services.mozilla.com/wpush/v2/b2"));
    const devices = await listPushDevices(db(), await viewerOf(user.id));
    expect(devices).toHaveLength(2);
    expect(JSON.stringify(devices)).not.toContain("fcm.googleapis.com");
  });

  it.each([
    ["ftp://push.example/x", "Push notifications need a secure (https) address from the browser."],
    ["http://push.example.com/x", "Push notifications need a secure (https) address from the browser."],
    ["javascript:alert(1)", "Push notifications need a secure (https) address from the browser."],
    ["https://user:pw@fcm.googleapis.com/x", "The browser gave an address for push notifications that cannot be used."],
    ["not a url", "The browser gave an address for push notifications that cannot be used."],
  ])("refuses the endpoint %s, translated, and stores nothing", async (endpoint, message) => {
    const user = await createUser(db());
    await actAs(user.id);
    const result = await subscribePushAction(subscription(endpoint));
    expect(result?.serverError).toMatchObject({ text: message, field: "endpoint" });
    expect(await db().pushSubscription.count()).toBe(0);
  });

  it("refuses huge or malformed keys and endpoints at the schema", async () => {
    const user = await createUser(db());
    await actAs(user.id);
    const good = browserKeys().keys;
    for (const input of [
      subscription("https://fcm.googleapis.com/x", { ...good, p256dh: "A".repeat(100_000) }),
      subscription("https://fcm.googleapis.com/x", { ...good, auth: "not base64!" }),
      subscription("https://fcm.googleapis.com/x", { ...good, p256dh: good.auth }),
      subscription(`https://fcm.googleapis.com/${"x".repeat(5000)}`),
      { endpoint: "https://fcm.googleapis.com/x" },
    ]) {
      const result = await subscribePushAction(input as never);
      expect(result?.validationErrors).toBeTruthy();
    }
    expect(await db().pushSubscription.count()).toBe(0);
  });

  it("an endpoint subscribed again by another person moves to them; neither can remove the other's device", async () => {
    const first = await createUser(db());
    const second = await createUser(db());
    await actAs(first.id);
    const mine = (await subscribePushAction(subscription("https://fcm.googleapis.com/fcm/send/shared")))?.data?.id;
    await actAs(second.id);
    expect((await unsubscribePushAction({ id: mine! }))?.serverError?.message).toBe("errors.NOT_FOUND");
    await unsubscribeThisDeviceAction({ endpoint: "https://fcm.googleapis.com/fcm/send/shared" });
    expect(await db().pushSubscription.count()).toBe(1);

    await subscribePushAction(subscription("https://fcm.googleapis.com/fcm/send/shared"));
    expect(await listPushDevices(db(), await viewerOf(first.id))).toHaveLength(0);
    expect(await listPushDevices(db(), await viewerOf(second.id))).toHaveLength(1);
    await actAs(first.id);
    expect((await unsubscribePushAction({ id: mine! }))?.serverError?.message).toBe("errors.NOT_FOUND");
    expect(await db().pushSubscription.count()).toBe(1);
  });

  it(`keeps at most ${MAX_DEVICES} devices a person, forgetting the oldest`, async () => {
    const user = await createUser(db());
    await actAs(user.id);
    for (let i = 0; i <= MAX_DEVICES; i++) await subscribePushAction(subscription(`https://fcm.googleapis.com/d${i}`));
    const endpoints = (await db().pushSubscription.findMany({ where: { userId: user.id } })).map((d) => d.endpoint);
    expect(endpoints).toHaveLength(MAX_DEVICES);
    expect(endpoints).not.toContain("https://fcm.googleapis.com/d0");
  });
});

describe("the test notification", () => {
  it("goes to the viewer's devices only, and is limited", async () => {
    const user = await createUser(db());
    const other = await createUser(db());
    await actAs(other.id);
    await subscribePushAction(subscription("https://fcm.googleapis.com/other"));
    await actAs(user.id);
    expect((await testPushAction())?.serverError?.text).toBe("Turn push notifications on for a device first.");
    await subscribePushAction(subscription("https://fcm.googleapis.com/mine"));
    for (let i = 0; i < 5; i++) expect((await testPushAction())?.data).toEqual({ sent: 1, removed: 0, failed: 0 });
    expect(sent).toEqual(Array(5).fill("https://fcm.googleapis.com/mine"));
    expect((await testPushAction())?.serverError?.text).toBe(
      "Too many test notifications. Wait a few minutes and try again.",
    );
    expect(sent).toHaveLength(5);
  });
});
