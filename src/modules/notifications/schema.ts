import { z } from "zod";
import { isPreferenceKey, type PreferenceKey } from "./kinds";

export const markReadSchema = z.object({ id: z.string().min(1).max(40) });

/**
 * Push services that browsers use (Chrome, Edge, Firefox, Safari, and the Chromium browsers
 * built on Google's service). In production a subscription must point at one of them: the
 * server POSTs to the endpoint, so an arbitrary address would let anyone aim our requests at
 * hosts of their choosing.
 */
export const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  "push.services.mozilla.com",
  "notify.windows.com",
  "push.apple.com",
] as const;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Why a push endpoint is refused (a message key), or null when it is acceptable. */
export function pushEndpointProblem(endpoint: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return "notifications.push.errors.endpoint";
  }
  if (url.username || url.password || url.hash) return "notifications.push.errors.endpoint";
  if (url.protocol === "http:")
    return !production && LOCAL_HOSTS.has(url.hostname) ? null : "notifications.push.errors.https";
  if (url.protocol !== "https:") return "notifications.push.errors.https";
  if (!production) return null;
  const host = url.hostname.toLowerCase();
  return PUSH_SERVICE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))
    ? null
    : "notifications.push.errors.service";
}

/** Bytes of a base64url string, or null when it is not one. */
function base64urlBytes(value: string): number | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return null;
  return Buffer.from(value.replace(/=+$/, ""), "base64url").length;
}

/** The browser's PushSubscription.toJSON(), as the profile's button posts it. */
export const pushSubscriptionSchema = z.object({
  endpoint: z.string().min(1, "notifications.push.errors.endpoint").max(1024, "notifications.push.errors.endpoint"),
  keys: z.object({
    // A P-256 public key, uncompressed: 65 bytes.
    p256dh: z
      .string()
      .max(128, "notifications.push.errors.keys")
      .refine((v) => base64urlBytes(v) === 65, "notifications.push.errors.keys"),
    // The authentication secret: 16 bytes.
    auth: z
      .string()
      .max(64, "notifications.push.errors.keys")
      .refine((v) => base64urlBytes(v) === 16, "notifications.push.errors.keys"),
  }),
  expirationTime: z.number().nullable().optional(),
});
export type TPushSubscription = z.infer<typeof pushSubscriptionSchema>;

export const pushDeviceSchema = z.object({ id: z.string().min(1).max(40) });
export const pushEndpointSchema = z.object({ endpoint: z.string().min(1).max(1024) });

/** The profile's switches as the form posts them: every checkbox that is on ("KIND:CHANNEL"). */
export const preferencesSchema = z.object({
  on: z
    .array(z.string().max(40).refine(isPreferenceKey, "validation.invalid"))
    .max(100)
    .transform((keys) => new Set(keys as PreferenceKey[])),
});
