import "server-only";
import webpush from "web-push";
import { env } from "./env";

// Web Push delivery (RFC 8030 with VAPID, RFC 8292): web-push encrypts the payload for the
// browser's keys and signs the VAPID header; we make the one HTTP request ourselves (fetch), so
// the request has a timeout, never follows a redirect and, outside production, can reach a
// push endpoint on http://localhost (the tests' stand-in push service). Decision 0029.

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

export type PushSendOptions = {
  /** Seconds the push service keeps the message for an offline device. */
  ttl: number;
  urgency?: "very-low" | "low" | "normal" | "high";
  /** Replaces an undelivered earlier message with the same topic (≤ 32 URL-safe characters). */
  topic?: string;
};

/** Delivered; the subscription no longer exists (404/410: delete it); or failed (try again). */
export type PushResult =
  | { outcome: "SENT"; status: number }
  | { outcome: "GONE"; status: number }
  | { outcome: "FAILED"; status: number | null; error: string };

export type Pusher = {
  publicKey: string;
  send(target: PushTarget, payload: string, options: PushSendOptions): Promise<PushResult>;
};

const TIMEOUT_MS = 10_000;

export function createPusher(keys: VapidKeys): Pusher {
  return {
    publicKey: keys.publicKey,
    async send(target, payload, options) {
      let details: ReturnType<typeof webpush.generateRequestDetails>;
      try {
        details = webpush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          payload,
          {
            vapidDetails: keys,
            TTL: options.ttl,
            urgency: options.urgency ?? "normal",
            ...(options.topic ? { topic: options.topic } : {}),
            contentEncoding: "aes128gcm",
          },
        );
      } catch {
        // Keys the browser gave us that cannot encrypt: nothing will ever reach this device.
        return { outcome: "GONE", status: 0 };
      }
      try {
        const res = await fetch(details.endpoint, {
          method: details.method,
          headers: details.headers as Record<string, string>,
          body: details.body ? new Uint8Array(details.body) : undefined,
          redirect: "manual",
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        await res.body?.cancel().catch(() => undefined);
        if (res.status >= 200 && res.status < 300) return { outcome: "SENT", status: res.status };
        if (res.status === 404 || res.status === 410) return { outcome: "GONE", status: res.status };
        return { outcome: "FAILED", status: res.status, error: `push service answered ${res.status}` };
      } catch (e) {
        return { outcome: "FAILED", status: null, error: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
      }
    },
  };
}

/** The platform's VAPID keys from the environment, or null when Web Push is not set up. */
export function vapidKeysFromEnv(): VapidKeys | null {
  const e = env();
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return null;
  return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT };
}

let cached: Pusher | null | undefined;

/** The app's pusher (null when VAPID keys are not configured: push is then off everywhere). */
export function defaultPusher(): Pusher | null {
  if (cached === undefined) {
    const keys = vapidKeysFromEnv();
    cached = keys ? createPusher(keys) : null;
  }
  return cached;
}
