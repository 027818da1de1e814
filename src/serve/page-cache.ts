// A short-lived cache of the public pages as anonymous visitors see them (decision 0009).
//
// The search page, a project page, an organizer's page, the home page and the public statistics
// are the same for every visitor who is not signed in, and they are most of the traffic.
// Rendering one costs 10–25 ms of CPU; serving it from memory costs well under one. Entries live `ttlMs` (10 s by default), so
// places left, a newly approved project or a cancellation reach anonymous visitors within
// seconds; signed-in users, form posts, server actions and every other path always reach the app.
import type { IncomingMessage, ServerResponse, OutgoingHttpHeaders } from "node:http";
import { reissueNonce } from "./csp-nonce";

export type CachedPage = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number };

const LOCALES = "(?:kk|ru|en)";
/** Paths whose anonymous rendering is public and the same for everyone. The offline page is what
 * every new service worker fetches, without cookies, when it installs (decision 0030). */
const PUBLIC_PAGE = new RegExp(
  `^/${LOCALES}(?:/projects(?:/[A-Za-z0-9_-]+)?|/organizers/[A-Za-z0-9_-]+|/statistics(?:/methods)?|/open-data|/offline)?/?$`,
);
/** Request headers the rendered response depends on (Next's own `Vary` list) besides the URL. */
const VARY = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "accept-encoding",
];
/** The only cookie a cacheable request may carry, and a cacheable response may set: the locale. */
const LOCALE_COOKIE_NAME = "NEXT_LOCALE";
const LOCALE_COOKIE = /^NEXT_LOCALE=(?:kk|ru|en);/;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);
/**
 * Request headers that cannot change what Next.js renders for a public page (or are part of the
 * key). Anything else — `x-middleware-prefetch` (answered with `{}`), `x-forwarded-host` (written
 * into `Link` headers), `authorization`, `next-action`, a header we do not know yet — sends the
 * request past the cache: the cache fails closed.
 */
const HARMLESS_HEADERS = new Set([
  "host",
  "connection",
  "user-agent",
  "accept",
  "accept-language",
  "accept-encoding",
  "cache-control",
  "pragma",
  "referer",
  "dnt",
  "upgrade-insecure-requests",
  "priority",
  "te",
  "sec-gpc",
  "purpose",
  "if-none-match",
  "if-modified-since",
  "cookie",
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-real-ip",
  "x-request-id",
  "via",
  // Set by serve.ts itself for every request (src/server/client-address.ts).
  "x-asar-client-address",
]);
const MAX_URL_LENGTH = 2048;
/** Big headers are a sign of a reflected input (a 10 KB path once made a 41 KB `Link`). */
const MAX_HEADER_BYTES = 8 * 1024;
/** What a page or its client-router payload is; nothing else (`{}` JSON, text) is stored. */
const SHAREABLE_TYPE = /^(?:text\/html|text\/x-component)(?:;|$)/i;

/** Whether the request carries no cookie at all but the locale (no session under any name). */
function onlyLocaleCookie(cookie: string | undefined): boolean {
  if (cookie === undefined) return true;
  return cookie.split(";").every((pair) => pair.trim() === "" || pair.split("=")[0]!.trim() === LOCALE_COOKIE_NAME);
}

/** The cache key of a request, or null when the request must reach the app. */
export function cacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (req.method !== "GET" || !req.url || req.url.length > MAX_URL_LENGTH) return null;
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  if (!PUBLIC_PAGE.test(path)) return null;
  for (const name of Object.keys(req.headers)) {
    if (
      !HARMLESS_HEADERS.has(name) &&
      !VARY.includes(name) &&
      !name.startsWith("sec-fetch-") &&
      !name.startsWith("sec-ch-")
    )
      return null;
  }
  if (!onlyLocaleCookie(req.headers.cookie)) return null;
  return [
    req.url,
    String(req.headers.host ?? ""),
    String(req.headers["x-forwarded-proto"] ?? ""),
    ...VARY.map((h) => String(req.headers[h] ?? "")),
  ].join("\n");
}

/** Whether a finished response may be shown to other anonymous visitors. */
export function isShareable(status: number, headers: OutgoingHttpHeaders, size: number, maxBytes: number): boolean {
  if (status !== 200 || size === 0 || size > maxBytes) return false;
  if (!SHAREABLE_TYPE.test(String(headers["content-type"] ?? ""))) return false;
  let headerBytes = 0;
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith("x-middleware-") || name === "location") return false;
    headerBytes += name.length + String(value).length;
  }
  if (headerBytes > MAX_HEADER_BYTES) return false;
  const setCookie = headers["set-cookie"];
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  return cookies.every((c) => LOCALE_COOKIE.test(c));
}

export type PageCacheOptions = { ttlMs: number; maxBytes: number; maxEntryBytes?: number; now?: () => number };

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private inFlight = new Map<string, Promise<CachedPage | null>>();
  private bytes = 0;
  private generation = 0;
  readonly stats = { hits: 0, misses: 0, stored: 0 };

  constructor(private readonly options: PageCacheOptions) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  get(key: string): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.now() - entry.storedAt >= this.options.ttlMs) {
      this.delete(key);
      return null;
    }
    // Least recently used goes first: re-insert at the end.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, page: Omit<CachedPage, "storedAt">): CachedPage {
    this.delete(key);
    const entry = { ...page, storedAt: this.now() };
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    this.stats.stored++;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
    return entry;
  }

  get size() {
    return this.entries.size;
  }

  /**
   * Forgets every entry (a change was made somewhere: decision 0009). Renders in flight when the
   * change happened may have read the old data: they finish for their own visitors, unstored.
   */
  clear() {
    this.entries.clear();
    this.inFlight.clear();
    this.bytes = 0;
    this.generation++;
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }

  /**
   * Serves `req` from the cache, or lets `render` answer it while recording what it writes.
   * Identical requests that arrive while the first is rendering wait for it instead of rendering
   * the same page again.
   */
  async handle(req: IncomingMessage, res: ServerResponse, render: () => Promise<unknown>): Promise<void> {
    const key = this.options.ttlMs > 0 ? cacheKey(req) : null;
    if (key === null) {
      await render();
      return;
    }
    const stored = this.get(key) ?? (await this.inFlight.get(key)) ?? null;
    // Every visitor gets a nonce of their own (csp-nonce.ts); a page that cannot get one is rendered.
    const cached = stored && reissueNonce(stored);
    if (cached) {
      this.stats.hits++;
      send(res, cached, "hit");
      return;
    }
    this.stats.misses++;
    const generation = this.generation;
    let settle: (page: CachedPage | null) => void = () => {};
    const pending = new Promise<CachedPage | null>((resolve) => (settle = resolve));
    this.inFlight.set(key, pending);
    try {
      const recorded = record(res, this.options.maxEntryBytes ?? 2 * 1024 * 1024);
      res.setHeader("x-asar-cache", "miss");
      await render();
      const page = await recorded;
      const fresh = generation === this.generation;
      settle(
        page &&
          fresh &&
          isShareable(page.status, page.headers, page.body.length, this.options.maxEntryBytes ?? 2 * 1024 * 1024)
          ? this.set(key, page)
          : null,
      );
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      if (this.inFlight.get(key) === pending) this.inFlight.delete(key);
    }
  }
}

function send(res: ServerResponse, page: CachedPage, state: "hit") {
  const headers: OutgoingHttpHeaders = { ...page.headers, "x-asar-cache": state, "content-length": page.body.length };
  res.writeHead(page.status, headers);
  res.end(page.body);
}

/** Records the status, headers and bytes that go out on `res`; resolves when it finishes, or null
 * when it was cut short or grew past `limit`. */
function record(res: ServerResponse, limit: number): Promise<Omit<CachedPage, "storedAt"> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const capture = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || overflow) return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.length;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
      return;
    }
    chunks.push(Buffer.from(buffer));
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    capture(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    capture(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  return new Promise((resolve) => {
    const done = (complete: boolean) => {
      res.write = write;
      res.end = end;
      if (!complete || overflow) return resolve(null);
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (!HOP_BY_HOP.has(name) && name !== "x-asar-cache" && name !== "content-length" && value !== undefined)
          headers[name] = value;
      }
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    };
    res.once("finish", () => done(true));
    res.once("close", () => done(res.writableFinished));
  });
}
