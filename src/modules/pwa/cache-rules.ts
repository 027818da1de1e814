// What the service worker (./sw.ts) may answer and store. Pure, so the rules are unit-tested
// (tests/unit/pwa-cache-rules.test.ts) rather than trusted. Decision 0030: the device keeps only
// what is the same for everyone — the build's static files, the icons and the offline pages
// fetched without cookies. No page HTML, no client-router payload, no API or server-action answer
// is ever stored: a phone is often shared, and a page rendered for a signed-in person carries
// their name, their applications, a coordinator's volunteer list.

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The parts of a Request the rules read (a real Request satisfies it; tests pass plain objects). */
export type RequestFacts = {
  method: string;
  url: string;
  mode: string;
  headers: { get(name: string): string | null };
};

/**
 * How the worker treats a request:
 * - "static": a build file under /_next/static (content-hashed, immutable) — cache first;
 * - "navigation": a page the person opens — network only, the offline page when the network fails;
 * - "pass": everything else reaches the network untouched and is never stored.
 */
export type Treatment = "static" | "navigation" | "pass";

/** Paths that are never handled, whatever else is true: data, auth, the worker itself. */
const NEVER = /^\/(?:api|verify|serwist)(?:\/|$)/;

export function treatmentOf(request: RequestFacts, origin: string): Treatment {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return "pass";
  }
  if (url.origin !== origin) return "pass";
  if (request.method !== "GET") return "pass";
  // A server action (Next-Action) and the client router's payloads (RSC) depend on the viewer.
  if (request.headers.get("next-action") !== null || request.headers.get("rsc") !== null) return "pass";
  if (NEVER.test(url.pathname)) return "pass";
  if (url.pathname.startsWith("/_next/static/")) return "static";
  if (request.mode === "navigate") return "navigation";
  return "pass";
}

/** The parts of a Response `mayStore` reads. */
export type ResponseFacts = { status: number; type: string; headers: { get(name: string): string | null } };

/**
 * Whether a response to `request` may be written to the device's cache: only a complete,
 * same-origin answer to a static build file, and never one the server marked private.
 */
export function mayStore(request: RequestFacts, response: ResponseFacts, origin: string): boolean {
  if (treatmentOf(request, origin) !== "static") return false;
  if (response.status !== 200 || response.type !== "basic") return false;
  const cacheControl = response.headers.get("cache-control") ?? "";
  return !/\b(?:no-store|private)\b/i.test(cacheControl);
}

/** The page the offline fallback is cut from, per language. */
export const offlinePath = (locale: Locale) => `/${locale}/offline`;

/** The language of the offline page for a failed navigation: the path's, else the browser's, else Kazakh. */
export function offlineLocale(pathname: string, languages: readonly string[] = []): Locale {
  const fromPath = /^\/(kk|ru|en)(?:\/|$)/.exec(pathname)?.[1];
  if (fromPath) return fromPath as Locale;
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if ((LOCALES as readonly string[]).includes(base ?? "")) return base as Locale;
  }
  return "kk";
}

/**
 * The build files an offline page needs to render and hydrate: its stylesheets and scripts, and
 * the client components' chunks named in its inline flight data (there the quotes are escaped).
 */
export function staticAssetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\/_next\/static\/[A-Za-z0-9_\-./~%]+?\.(?:js|css)(?![A-Za-z0-9_])/g)) {
    if (!match[0].includes("..")) found.add(match[0]);
  }
  return [...found].sort();
}
