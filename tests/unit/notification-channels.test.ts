import { describe, expect, it } from "vitest";
import webpush from "web-push";
import { NotificationKind, NotificationType } from "../../src/generated/prisma/enums";
import { loadMessages } from "../../src/i18n/messages";
import { LOCALES } from "../../src/domain/locales";
import { parseEnv } from "../../src/server/env-schema";
import {
  KIND_OF_TYPE,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  isPreferenceKey,
  kindOf,
  wants,
} from "../../src/modules/notifications/kinds";
import { pushEndpointProblem } from "../../src/modules/notifications/schema";
import { pushPayload, pushOptions } from "../../src/modules/notifications/push";
import { deviceLabel } from "../../src/modules/notifications/subscriptions";
import { createRenderer } from "../../src/modules/notifications/render";

describe("notification kinds", () => {
  it.each(Object.values(NotificationType))("%s has a kind of its own, listed explicitly", (type) => {
    expect(KIND_OF_TYPE[type]).toBeDefined();
    expect(kindOf(type)).toBe(KIND_OF_TYPE[type]);
  });

  it("call-outs, their updates and closing are one kind, apart from everything else", () => {
    expect(["CALL_OUT", "CALL_OUT_UPDATE", "CALL_OUT_CLOSED"].map(kindOf)).toEqual(Array(3).fill("CALL_OUTS"));
    expect(Object.entries(KIND_OF_TYPE).filter(([, k]) => k === "CALL_OUTS")).toHaveLength(3);
  });

  it("a type nobody listed yet still gets a sensible kind", () => {
    expect(kindOf("VOLUNTEER_INVITATION")).toBe("INVITATIONS");
    expect(kindOf("SOMEONE_ELSES_INVITATION")).toBe("INVITATIONS");
    expect(kindOf("CALL_OUT_REMINDER")).toBe("CALL_OUTS");
    expect(kindOf("HOURS_REVOKED")).toBe("HOURS");
    expect(kindOf("HELP_REQUEST_REOPENED")).toBe("HELP_REQUESTS");
    expect(kindOf("SOMETHING_NEW")).toBe("PROJECTS");
  });

  it("the profile shows every kind once, each named and explained in all three languages", async () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual(Object.values(NotificationKind).sort());
    for (const locale of LOCALES) {
      const m = (await loadMessages(locale)) as {
        notifications: { settings: Record<string, Record<string, unknown>> };
      };
      for (const kind of NOTIFICATION_KINDS) expect(m.notifications.settings.kind?.[kind]).toBeDefined();
      for (const channel of NOTIFICATION_CHANNELS) expect(m.notifications.settings.channel?.[channel]).toBeTruthy();
    }
  });

  it("everything is on until switched off, one kind and channel at a time", () => {
    expect(wants(undefined, "CALL_OUT", "PUSH")).toBe(true);
    const off = new Set(["CALL_OUTS:EMAIL"] as const);
    expect(wants(off, "CALL_OUT_UPDATE", "EMAIL")).toBe(false);
    expect(wants(off, "CALL_OUT_UPDATE", "PUSH")).toBe(true);
    expect(wants(off, "HOURS_CONFIRMED", "EMAIL")).toBe(true);
    expect(isPreferenceKey("HOURS:EMAIL")).toBe(true);
    expect(isPreferenceKey("HOURS:SMS")).toBe(false);
    expect(isPreferenceKey("ACCOUNT:EMAIL")).toBe(false);
  });
});

describe("push endpoints", () => {
  it("in production, only https addresses of the browsers' push services", () => {
    for (const ok of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://wns2-par02p.notify.windows.com/w/?token=abc",
      "https://web.push.apple.com/abc",
    ])
      expect(pushEndpointProblem(ok, true)).toBeNull();
    expect(pushEndpointProblem("https://fcm.googleapis.com.evil.example/x", true)).toBe(
      "notifications.push.errors.service",
    );
    expect(pushEndpointProblem("https://10.0.0.5/x", true)).toBe("notifications.push.errors.service");
    expect(pushEndpointProblem("https://169.254.169.254/latest/meta-data", true)).toBe(
      "notifications.push.errors.service",
    );
    expect(pushEndpointProblem("http://localhost:9000/x", true)).toBe("notifications.push.errors.https");
  });

  it("outside production, any https address and http on this machine (tests' push service)", () => {
    expect(pushEndpointProblem("https://push.example.test/x", false)).toBeNull();
    expect(pushEndpointProblem("http://127.0.0.1:4000/x", false)).toBeNull();
    expect(pushEndpointProblem("http://localhost:4000/x", false)).toBeNull();
    expect(pushEndpointProblem("http://192.168.1.2/x", false)).toBe("notifications.push.errors.https");
    expect(pushEndpointProblem("file:///etc/passwd", false)).toBe("notifications.push.errors.https");
  });
});

describe("push payloads", () => {
  it("a call-out: its page, one tag per call-out, the two answers in the recipient's language", async () => {
    const renderer = createRenderer("ru", await loadMessages("ru"));
    const n = { id: "n1", type: "CALL_OUT", data: { callOutId: "c 1" } };
    const p = pushPayload(renderer, n, "https://asar.kz/");
    expect(p.url).toBe("https://asar.kz/ru/call-outs/c%201");
    expect(p.tag).toBe("call-out-c 1");
    expect(p.actions).toEqual([
      { action: "coming", title: "Я приду", url: "https://asar.kz/ru/call-outs/c%201?answer=coming" },
      { action: "cant", title: "Не могу", url: "https://asar.kz/ru/call-outs/c%201?answer=cant" },
    ]);
    expect(pushOptions(n)).toMatchObject({ urgency: "high", ttl: 86_400 });
    const update = pushPayload(renderer, { ...n, type: "CALL_OUT_UPDATE" }, "https://asar.kz");
    expect(update.tag).toBe("call-out-c 1");
    expect(update.actions).toBeUndefined();
  });

  it("other news: the email's subject and sentence, its link, short enough for push services", async () => {
    const renderer = createRenderer("en", await loadMessages("en"));
    const p = pushPayload(
      renderer,
      {
        id: "n2",
        type: "PROJECT_CANCELLED",
        data: { projectId: "p1", projectTitle: "Green Esil", reason: "x".repeat(5000) },
      },
      "https://asar.kz",
    );
    expect(p.url).toBe("https://asar.kz/en/projects/p1");
    expect(p.title).toContain("Green Esil");
    expect(p.body.length).toBeLessThanOrEqual(600);
    expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThan(3000);
    expect(p.actions).toBeUndefined();
  });
});

describe("devices and settings", () => {
  it("names a device by its browser and system", () => {
    expect(
      deviceLabel("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36"),
    ).toBe("Chrome · Android");
    expect(
      deviceLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari · iOS");
    expect(deviceLabel(null)).toBe("");
  });

  it("VAPID keys are set as a pair or not at all", () => {
    const base = { DATABASE_URL: "postgresql://a:b@localhost:5432/asar" };
    const keys = webpush.generateVAPIDKeys();
    expect(parseEnv({ ...base, VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey })).toMatchObject({
      VAPID_SUBJECT: "mailto:no-reply@asar.kz",
    });
    expect(() => parseEnv({ ...base, VAPID_PUBLIC_KEY: keys.publicKey })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => parseEnv({ ...base, VAPID_PUBLIC_KEY: "short", VAPID_PRIVATE_KEY: keys.privateKey })).toThrow(
      /VAPID_PUBLIC_KEY/,
    );
    expect(() => parseEnv({ ...base, VAPID_SUBJECT: "http://asar.kz" })).toThrow(/VAPID_SUBJECT/);
    expect(parseEnv({ ...base, NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).VAPID_PUBLIC_KEY).toBeUndefined();
  });
});
