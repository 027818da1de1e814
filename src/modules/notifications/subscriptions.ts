import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { takeAllowance } from "@/server/rate-limit";
import type { Pusher } from "@/server/web-push";
import type { Viewer } from "@/modules/accounts/viewer";
import { pushEndpointProblem, type TPushSubscription } from "./schema";
import { deliver, type PushOutcome } from "./push";
import { rendererFor } from "./render";

// The viewer's devices for Web Push (decision 0029): subscribe, list, remove, test.

/** Devices one person may have; subscribing one more forgets the one unused the longest. */
export const MAX_DEVICES = 10;
/** "Send me a test notification": this many per person in this many seconds. */
export const TEST_PUSH_LIMIT = { points: 5, durationSeconds: 15 * 60 };

/**
 * Keeps the browser's subscription for the viewer. An endpoint already known moves to the viewer
 * with the keys just given: a browser has one subscription, and whoever signs in on it and turns
 * push on gets its notifications (the previous person's pushes stop there).
 */
export async function subscribePush(
  db: Db,
  viewer: Viewer,
  input: TPushSubscription,
  opts: { userAgent: string | null; production: boolean },
): Promise<{ id: string }> {
  const problem = pushEndpointProblem(input.endpoint, opts.production);
  if (problem) throw new AppError(problem as `${string}.${string}`, "endpoint");
  const fields = {
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    userId: viewer.id,
    userAgent: opts.userAgent?.slice(0, 300) || null,
    failureCount: 0,
  };
  return db.$transaction(async (tx) => {
    const row = await tx.pushSubscription.upsert({
      where: { endpoint: input.endpoint },
      create: { endpoint: input.endpoint, ...fields },
      update: { ...fields, createdAt: new Date(), lastSuccessAt: null },
      select: { id: true },
    });
    const mine = await tx.pushSubscription.findMany({
      where: { userId: viewer.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: MAX_DEVICES,
      select: { id: true },
    });
    if (mine.length) await tx.pushSubscription.deleteMany({ where: { id: { in: mine.map((d) => d.id) } } });
    return row;
  });
}

/** Removes one of the viewer's devices; anyone else's is "not found". */
export async function unsubscribePush(db: Db, viewer: Viewer, by: { id: string } | { endpoint: string }) {
  const { count } = await db.pushSubscription.deleteMany({ where: { ...by, userId: viewer.id } });
  if (count === 0 && "id" in by) throw new AppError("NOT_FOUND");
  return count;
}

export type PushDevice = {
  id: string;
  label: string;
  /** sha-256 of the endpoint (hex), so the browser can find itself without being sent the endpoint. */
  endpointHash: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
};

/** The viewer's devices, newest first (never the endpoints or keys). */
export async function listPushDevices(db: Db, viewer: Viewer): Promise<PushDevice[]> {
  const rows = await db.pushSubscription.findMany({
    where: { userId: viewer.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_DEVICES,
    select: { id: true, endpoint: true, userAgent: true, createdAt: true, lastSuccessAt: true },
  });
  return rows.map(({ userAgent, endpoint, ...d }) => ({
    ...d,
    label: deviceLabel(userAgent),
    endpointHash: createHash("sha256").update(endpoint).digest("hex"),
  }));
}

/** "Chrome · Android" from a User-Agent; empty when it says nothing we know. */
export function deviceLabel(userAgent: string | null): string {
  const ua = userAgent ?? "";
  const browser = (
    [
      [/YaBrowser\//, "Yandex Browser"],
      [/SamsungBrowser\//, "Samsung Internet"],
      [/Edg(A|iOS)?\//, "Edge"],
      [/OPR\/|Opera/, "Opera"],
      [/Firefox\/|FxiOS\//, "Firefox"],
      [/Chrome\/|CriOS\//, "Chrome"],
      [/Safari\//, "Safari"],
    ] as const
  ).find(([re]) => re.test(ua))?.[1];
  const os = (
    [
      [/Android/, "Android"],
      [/iPhone|iPad|iPod/, "iOS"],
      [/Windows/, "Windows"],
      [/Mac OS X|Macintosh/, "macOS"],
      [/CrOS/, "ChromeOS"],
      [/Linux/, "Linux"],
    ] as const
  ).find(([re]) => re.test(ua))?.[1];
  return [browser, os].filter(Boolean).join(" · ");
}

/**
 * "Send me a test notification": now, to every device of the viewer, in their language;
 * limited per person. Answers how many devices took it.
 */
export async function sendTestPush(
  db: Db,
  pusher: Pusher | null,
  viewer: Viewer,
  opts: { appUrl: string; locale: string },
): Promise<PushOutcome> {
  if (!pusher) throw new AppError("notifications.push.errors.unavailable");
  const devices = await db.pushSubscription.findMany({
    where: { userId: viewer.id },
    take: MAX_DEVICES,
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  if (devices.length === 0) throw new AppError("notifications.push.errors.noDevices");
  if (!(await takeAllowance(db, "push-test", viewer.id, TEST_PUSH_LIMIT.points, TEST_PUSH_LIMIT.durationSeconds)))
    throw new AppError("notifications.push.errors.tooManyTests");
  const { locale, t } = await rendererFor(opts.locale);
  const url = `${opts.appUrl.replace(/\/+$/, "")}/${locale}/profile#notification-settings`;
  const { lastError: _, ...outcome } = await deliver(
    db,
    pusher,
    devices,
    { title: t("notifications.push.testTitle"), body: t("notifications.push.testBody"), url, tag: "asar-test" },
    { ttl: 600, urgency: "normal" },
  );
  return outcome;
}
