import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Pusher, PushResult, PushSendOptions } from "@/server/web-push";
import { retryThroughOutage } from "@/server/db-outage";
import { organizerIdOf, organizerRefs } from "./queries";
import { rendererFor, type NotificationLike, type OrganizerRef, type Renderer } from "./render";
import { wants } from "./kinds";
import { optOutsOf } from "./preferences";

// Web Push of notifications (decision 0029): the payload in the recipient's language, and the
// worker's work for one notification. The service worker (/sw.js) shows the payload.

/** What the service worker receives (the contract in issue 11's design). */
export type PushPayload = {
  title: string;
  body: string;
  url: string;
  tag?: string;
  actions?: { action: string; title: string; url: string }[];
};

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function dataText(n: NotificationLike, key: string): string | undefined {
  const v = (n.data as Record<string, unknown> | null)?.[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/**
 * The payload of one notification: the email's subject as the title, its sentence (and details)
 * as the body, the same link. A call-out carries its two answers as buttons, which open the
 * call-out's page with the answer chosen (a GET changes nothing; the page asks to confirm).
 * Small enough for every push service (they take about 4 KB after encryption).
 */
export function pushPayload(
  renderer: Renderer,
  n: NotificationLike & { id: string },
  appUrl: string,
  organizer?: OrganizerRef | null,
): PushPayload {
  const { locale, t } = renderer;
  const r = renderer.render(n, organizer);
  const base = `${appUrl.replace(/\/+$/, "")}/${locale}`;
  const payload: PushPayload = {
    title: clip(r.subject, 120),
    body: clip([r.sentence, ...r.details].join("\n"), 600),
    url: `${base}${r.path}`,
    tag: `notification-${n.id}`,
  };
  const callOutId = n.type.startsWith("CALL_OUT") ? dataText(n, "callOutId") : undefined;
  if (callOutId) {
    const page = `${base}/call-outs/${encodeURIComponent(callOutId)}`;
    // One call-out, one notification on the phone: an update replaces the call itself.
    payload.tag = `call-out-${callOutId}`;
    payload.url = page;
    if (n.type === "CALL_OUT") {
      payload.actions = [
        { action: "coming", title: t("notifications.push.coming"), url: `${page}?answer=coming` },
        { action: "cant", title: t("notifications.push.cant"), url: `${page}?answer=cant` },
      ];
    }
  }
  return payload;
}

/** How long a push service keeps a message for a device that is offline, and how urgently. */
export function pushOptions(n: NotificationLike & { id: string }): PushSendOptions {
  const callOut = n.type.startsWith("CALL_OUT");
  return {
    // A call-out a day late is no use; other news can wait for the phone a few days.
    ttl: callOut ? 24 * 3600 : 4 * 24 * 3600,
    urgency: callOut ? "high" : "normal",
    topic: n.id.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 32),
  };
}

export type PushOutcome = { sent: number; removed: number; failed: number };

type Device = { id: string; endpoint: string; p256dh: string; auth: string };

/** Sends one payload to devices and records each answer: success, gone (deleted), failure. */
export async function deliver(
  db: Db,
  pusher: Pusher,
  devices: Device[],
  payload: PushPayload,
  options: PushSendOptions,
): Promise<PushOutcome & { lastError: string | null }> {
  const body = JSON.stringify(payload);
  const results: PushResult[] = await Promise.all(devices.map((d) => pusher.send(d, body, options)));
  const ids = (outcome: PushResult["outcome"]) =>
    devices.filter((_, i) => results[i]?.outcome === outcome).map((d) => d.id);
  const [sent, gone, failed] = [ids("SENT"), ids("GONE"), ids("FAILED")];
  await retryThroughOutage(db, async () => {
    if (sent.length)
      await db.pushSubscription.updateMany({
        where: { id: { in: sent } },
        data: { lastSuccessAt: new Date(), failureCount: 0 },
      });
    if (gone.length) await db.pushSubscription.deleteMany({ where: { id: { in: gone } } });
    if (failed.length)
      await db.pushSubscription.updateMany({ where: { id: { in: failed } }, data: { failureCount: { increment: 1 } } });
  });
  const lastError = results.find((r) => r.outcome === "FAILED");
  return {
    sent: sent.length,
    removed: gone.length,
    failed: failed.length,
    lastError: lastError?.outcome === "FAILED" ? lastError.error : null,
  };
}

/**
 * The push worker's work for one notification: to every device of the recipient, unless they
 * switched push off for its kind since, were deleted, or have no device left. When no device
 * took it and some failed for a reason that may pass (a 5xx, a timeout), it throws, so the queue
 * tries again; a device that took it is never sent it twice by a retry, because a retry only
 * happens when none did.
 */
export async function processNotificationPush(
  db: Db,
  pusher: Pusher | null,
  id: string,
  appUrl: string,
): Promise<PushOutcome> {
  const none = { sent: 0, removed: 0, failed: 0 };
  if (!pusher) return none;
  const loaded = await retryThroughOutage(db, async () => {
    const n = await db.notification.findUnique({
      where: { id },
      select: {
        id: true,
        type: true,
        data: true,
        userId: true,
        user: {
          select: {
            locale: true,
            deletedAt: true,
            pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true } },
          },
        },
      },
    });
    if (!n || n.user.deletedAt || n.user.pushSubscriptions.length === 0) return null;
    if (!wants((await optOutsOf(db, [n.userId])).get(n.userId), n.type, "PUSH")) return null;
    const organizerId = organizerIdOf(n);
    const organizer = organizerId ? (await organizerRefs(db, [n])).get(organizerId) : undefined;
    return { n, organizer };
  });
  if (!loaded) return none;
  const { n, organizer } = loaded;
  const payload = pushPayload(await rendererFor(n.user.locale), n, appUrl, organizer);
  const outcome = await deliver(db, pusher, n.user.pushSubscriptions, payload, pushOptions(n));
  if (outcome.sent === 0 && outcome.failed > 0)
    throw new Error(`notification ${id}: push failed on ${outcome.failed} device(s): ${outcome.lastError}`);
  return outcome;
}
