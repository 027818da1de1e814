/// <reference lib="webworker" />
// Asar's service worker (decision 0030), bundled by serwist (src/app/serwist/[path]/route.ts) and
// served as /serwist/sw.js with scope "/". It keeps the app shell — the build's static files, the
// icons and one offline page per language — and nothing personal: which request is handled how is
// decided by ./cache-rules.ts. It shows push messages (./push-payload.ts) and opens their links.
import { CacheFirst, ExpirationPlugin, type PrecacheEntry, Serwist } from "serwist";
import { LOCALES, mayStore, offlineLocale, offlinePath, staticAssetsOf, treatmentOf } from "./cache-rules";
import { clickTarget, notificationFromPush } from "./push-payload";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const origin = self.location.origin;
const manifest = self.__SW_MANIFEST ?? [];
/** One offline cache per build: the precache manifest's revisions name it. */
const OFFLINE_CACHE = `asar-offline-${hash(JSON.stringify(manifest))}`;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The offline pages, fetched WITHOUT cookies so they are the anonymous rendering (a signed-in
 * person's header would carry their name), and the build files they need to render.
 */
async function cacheOfflinePages() {
  const cache = await caches.open(OFFLINE_CACHE);
  const assets = new Set<string>();
  for (const locale of LOCALES) {
    const response = await fetch(offlinePath(locale), { credentials: "omit", cache: "no-store" });
    if (!response.ok) throw new Error(`${offlinePath(locale)}: ${response.status}`);
    staticAssetsOf(await response.clone().text()).forEach((a) => assets.add(a));
    await cache.put(offlinePath(locale), response);
  }
  // A file that fails leaves the page less lively, not the worker uninstalled.
  await Promise.all([...assets].map((asset) => cache.add(asset).catch(() => undefined)));
}

async function dropOldOfflineCaches() {
  for (const name of await caches.keys()) {
    if (name.startsWith("asar-offline-") && name !== OFFLINE_CACHE) await caches.delete(name);
  }
}

async function offlinePage(url: URL): Promise<Response> {
  const locale = offlineLocale(url.pathname, self.navigator.languages);
  const cache = await caches.open(OFFLINE_CACHE);
  return (await cache.match(offlinePath(locale))) ?? Response.error();
}

/** Build files are content-hashed: any copy is good, whichever cache holds it (offline or visited). */
const staticFiles = new CacheFirst({
  cacheName: "asar-static",
  plugins: [
    { cacheWillUpdate: async ({ request, response }) => (mayStore(request, response, origin) ? response : null) },
    new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 30 * 24 * 60 * 60 }),
  ],
});

const serwist = new Serwist({
  precacheEntries: manifest,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  // Preloading would add a header that sends every public page past the server's page cache.
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request }) => treatmentOf(request, origin) === "static",
      handler: async (options) => (await caches.match(options.request)) ?? staticFiles.handle(options),
    },
    {
      // Pages always come from the network; nothing of them is stored. Without a network the
      // person gets the offline page in their language.
      matcher: ({ request }) => treatmentOf(request, origin) === "navigation",
      handler: async ({ request, url }) => {
        try {
          return await fetch(request);
        } catch {
          return offlinePage(url);
        }
      },
    },
  ],
});

self.addEventListener("install", (event) => event.waitUntil(cacheOfflinePages()));
self.addEventListener("activate", (event) => event.waitUntil(dropOldOfflineCaches()));

self.addEventListener("push", (event) => {
  const { title, options } = notificationFromPush(event.data?.text(), origin);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = clickTarget(event.notification.data, event.action, origin);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((w) => w.url === target);
      if (open) await open.focus();
      else await self.clients.openWindow(target);
    })(),
  );
});

serwist.addEventListeners();
