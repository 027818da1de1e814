"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { subscribePushAction, testPushAction, unsubscribePushAction, unsubscribeThisDeviceAction } from "../actions";

export type PushDeviceView = {
  id: string;
  label: string;
  /** sha-256 of the endpoint, hex: lets this browser find itself in the list. */
  endpointHash: string;
  added: string;
  lastSuccess: string | null;
};

type State = "checking" | "unsupported" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function hashOf(endpoint: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(endpoint));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const supported = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The service worker /sw.js registers itself (the installable app); here we only wait for it. */
async function registration(): Promise<ServiceWorkerRegistration> {
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no service worker")), 10_000)),
  ]);
}

/** Whether this browser can take pushes, and whether the account has its subscription. */
async function readDevice(devices: PushDeviceView[]): Promise<{ state: State; hash: string | null }> {
  if (!supported()) return { state: "unsupported", hash: null };
  const reg = await navigator.serviceWorker.getRegistration();
  const sub = await reg?.pushManager.getSubscription();
  const hash = sub ? await hashOf(sub.endpoint) : null;
  if (Notification.permission === "denied") return { state: "denied", hash };
  return { state: hash && devices.some((d) => d.endpointHash === hash) ? "on" : "off", hash };
}

/**
 * Push on this device and the list of the account's devices. The browser subscribes to its own
 * push service with the platform's public VAPID key (given by the server page, not built in);
 * the server keeps the subscription. Everything else on the profile works without this island.
 */
export function PushDevices({ publicKey, devices }: { publicKey: string; devices: PushDeviceView[] }) {
  const t = useTranslations("notifications.push");
  const [state, setState] = useState<State>("checking");
  const [hash, setHash] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const subscribe = useActionButton(subscribePushAction);
  const unsubscribeHere = useActionButton(unsubscribeThisDeviceAction);
  const remove = useActionButton(unsubscribePushAction);
  const test = useActionButton(testPushAction);

  useEffect(() => {
    let live = true;
    readDevice(devices).then(
      (r) => {
        if (!live) return;
        setState(r.state);
        setHash(r.hash);
      },
      () => live && setState("unsupported"),
    );
    return () => {
      live = false;
    };
  }, [devices]);

  async function enable() {
    setProblem(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return setState(permission === "denied" ? "denied" : "off");
      const reg = await registration();
      const applicationServerKey = keyBytes(publicKey);
      let sub = await reg.pushManager.getSubscription();
      if (sub) {
        // Made with another key (the server's keys changed): it cannot be used any more.
        const current = sub.options.applicationServerKey;
        const same = current && new Uint8Array(current).every((b, i) => b === applicationServerKey[i]);
        if (!same) {
          await sub.unsubscribe();
          sub = null;
        }
      }
      sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
      await subscribe.run(sub.toJSON() as Parameters<typeof subscribePushAction>[0]);
      setHash(await hashOf(sub.endpoint));
    } catch {
      setProblem(t("unsupported"));
    }
  }

  async function disable() {
    setProblem(null);
    const reg = await navigator.serviceWorker.getRegistration();
    const sub = await reg?.pushManager.getSubscription();
    if (!sub) return setState("off");
    await unsubscribeHere.run({ endpoint: sub.endpoint });
    await sub.unsubscribe().catch(() => false);
    setHash(null);
  }

  async function removeDevice(d: PushDeviceView) {
    await remove.run({ id: d.id });
    if (d.endpointHash === hash) {
      const reg = await navigator.serviceWorker.getRegistration();
      await (await reg?.pushManager.getSubscription())?.unsubscribe().catch(() => false);
      setHash(null);
    }
  }

  const busy = subscribe.pending || unsubscribeHere.pending || remove.pending || test.pending;
  const error = problem ?? subscribe.error ?? unsubscribeHere.error ?? remove.error ?? test.error;
  const outcome = test.data;

  return (
    <section
      aria-labelledby="push-title"
      className="space-y-3 border-t border-slate-200 pt-4"
      data-testid="push-devices"
    >
      <h3 id="push-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {state === "unsupported" ? <p className="text-sm text-slate-700">{t("unsupported")}</p> : null}
      {state === "denied" ? <p className="text-sm text-amber-800">{t("denied")}</p> : null}
      {state === "on" ? (
        <p role="status" className="text-sm text-green-800">
          {t("enabledHere")}
        </p>
      ) : null}
      <FormError message={error} />
      {outcome ? (
        <p role="status" className="text-sm text-slate-800">
          {outcome.sent > 0 ? t("testSent", { count: outcome.sent }) : t("testFailed")}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {state === "off" || state === "denied" ? (
          <Button type="button" disabled={busy} onClick={() => void enable()}>
            {t("enable")}
          </Button>
        ) : null}
        {state === "on" ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void disable()}>
            {t("disable")}
          </Button>
        ) : null}
        {devices.length > 0 ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => void test.run()}>
            {t("test")}
          </Button>
        ) : null}
      </div>
      <h4 className="text-sm font-semibold">{t("devices")}</h4>
      {devices.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm" data-testid="push-device-list">
          {devices.map((d) => {
            const name = d.label || t("unknownDevice");
            return (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{name}</span>{" "}
                  <span className="text-slate-600">
                    {t("added", { date: d.added })}
                    {d.lastSuccess ? `, ${t("lastSuccess", { date: d.lastSuccess })}` : ""}
                  </span>
                </span>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={busy}
                  aria-label={t("removeLabel", { device: name })}
                  onClick={() => void removeDevice(d)}
                >
                  {t("remove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
