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
/** Paths whose anonymous rendering is public and the same for everyone. */
const PUBLIC_PAGE = new RegExp(`^/${LOCALES}(?:/projects(?:/[A-Za-z0-9_-]+)?|/organizers/[A-Za-z0-9_-]+|/statistics|/open-data)?/?$`);
/** Request headers the rendered response depends on (Next's own `Vary` list) besides the URL. */
const VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"];
/** A next-auth session cookie (also its chunked `.0`, `.1` parts and the `__Secure-` form). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
/** The only cookie a cacheable response may set: the locale of the path, the same for everyone. */
const LOCALE_COOKIE = /^NEXT_LOCALE=(?:kk|ru|en);/;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date"]);

/** The cache key of a request, or null when the request must reach the app. */
export function cacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (req.method !== "GET" || !req.url) return null;
  const q = req.url.indexOf("?");
  const path = q === -1 ? req.url : req.url.slice(0, q);
  if (!PUBLIC_PAGE.test(path)) return null;
  const cookie = req.headers.cookie;
  if (cookie && SESSION_COOKIE.test(cookie)) return null;
  if (req.headers.authorization || req.headers["next-action"]) return null;
  return [req.url, ...VARY.map((h) => String(req.headers[h] ?? ""))].join("\n");
}

/** Whether a finished response may be shown to other anonymous visitors. */
export function isShareable(status: number, headers: OutgoingHttpHeaders, size: number, maxBytes: number): boolean {
  if (status !== 200 || size > maxBytes) return false;
  const setCookie = headers["set-cookie"];
  const cookies = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  return cookies.every((c) => LOCALE_COOKIE.test(c));
}

export type PageCacheOptions = { ttlMs: number; maxBytes: number; maxEntryBytes?: number; now?: () => number };

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private inFlight = new Map<string, Promise<CachedPage | null>>();
  private bytes = 0;
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
    let settle: (page: CachedPage | null) => void = () => {};
    const pending = new Promise<CachedPage | null>((resolve) => (settle = resolve));
    this.inFlight.set(key, pending);
    try {
      const recorded = record(res, this.options.maxEntryBytes ?? 2 * 1024 * 1024);
      res.setHeader("x-asar-cache", "miss");
      await render();
      const page = await recorded;
      settle(page && isShareable(page.status, page.headers, page.body.length, this.options.maxEntryBytes ?? 2 * 1024 * 1024) ? this.set(key, page) : null);
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      this.inFlight.delete(key);
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
        if (!HOP_BY_HOP.has(name) && name !== "x-asar-cache" && name !== "content-length" && value !== undefined) headers[name] = value;
      }
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    };
    res.once("finish", () => done(true));
    res.once("close", () => done(res.writableFinished));
  });
}
