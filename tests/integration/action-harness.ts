// Server actions called as the browser calls them, outside Next.js: a test file mocks the session,
// the app's database, next/cache and next/headers with the modules below (vi.mock factories are
// hoisted, so each file writes the four lines itself), then sets `actor.viewer` and calls the
// real action. Everything between — next-safe-action, the schema, the mutation — is the real code.
//
//   vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
//   vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
//   vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
//   vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
import { CLIENT_ADDRESS_HEADER } from "../../src/server/client-address";
import type { Viewer } from "../../src/modules/accounts/viewer";
import { db, viewerOf } from "./helpers";

export const actor = {
  /** Who the session says is signed in; null is nobody. */
  viewer: null as Viewer | null,
  /** The client address the server in front would have set. */
  clientAddress: "203.0.113.50",
  /** How often an action reached for the app's database. */
  dbReads: 0,
  /** Paths the actions revalidated, as "path|type". */
  revalidated: [] as string[],
};

/** Signs `userId` in for the next action calls (null signs out). */
export async function actAs(userId: string | null, extra: Partial<Viewer> = {}): Promise<Viewer | null> {
  actor.viewer = userId ? { ...(await viewerOf(userId)), ...extra } : null;
  return actor.viewer;
}

export function sessionModule() {
  return {
    getViewer: async () => actor.viewer,
    requireViewer: async () => {
      if (!actor.viewer) throw new Error("requireViewer without a viewer");
      return actor.viewer;
    },
    sessionRenewalDue: async () => false,
  };
}

export function dbModule() {
  const proxy = new Proxy(
    {},
    {
      get: (_t, prop) => {
        actor.dbReads++;
        const real = db();
        const v = Reflect.get(real, prop, real);
        return typeof v === "function" ? v.bind(real) : v;
      },
    },
  );
  return { db: proxy };
}

export function cacheModule() {
  const record = (path: string, type?: string) => void actor.revalidated.push(`${path}|${type ?? ""}`);
  return { revalidatePath: record, revalidateTag: record, updateTag: record, refresh: () => {} };
}

export function headersModule() {
  return {
    headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: actor.clientAddress }),
    cookies: async () => new Map(),
  };
}

/** Forgets the previous test's viewer, reads and revalidations. */
export function resetActor() {
  actor.viewer = null;
  actor.dbReads = 0;
  actor.revalidated = [];
}

/**
 * next-intl/server in English, for plain form actions that read the locale and translate:
 *   vi.mock("next-intl/server", async () => (await import("./action-harness")).intlModule());
 */
export async function intlModule() {
  const { createTranslator } = await import("use-intl/core");
  const { loadMessages } = await import("../../src/i18n/messages");
  const t = createTranslator({ locale: "en", messages: (await loadMessages("en")) as Record<string, never> });
  const translate = Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
  return { getLocale: async () => "en", getTranslations: async () => translate };
}

/**
 * next/navigation whose redirect throws as Next's does, so that `redirectOf` reads where to:
 *   vi.mock("next/navigation", async () => (await import("./action-harness")).navigationModule());
 */
export function navigationModule() {
  return {
    redirect: (url: string) => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${url};307;` });
    },
  };
}

/** Where a plain form action redirected to (see navigationModule). */
export async function redirectOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw e;
  }
  throw new Error("expected a redirect");
}
