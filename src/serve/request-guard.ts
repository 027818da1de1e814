// Requests that Next.js itself answers with a 500 before any of our code runs (issue 8, D.15), so
// they are refused here, in front of it, with the 4xx they deserve:
//
// - a URL whose percent-escapes do not decode (`/en/projects/%FF%FE`): Next's route matcher throws
//   "failed to decode param" for a dynamic segment and answers 500 in production (next.js#92527);
//   next-intl decodes a page path once more before Next does, so `%25FF` fails the same way;
// - a URL that decodes to a control character (`/en/organizers/a%00b`): PostgreSQL cannot hold a
//   NUL byte in text and the query fails;
// - a cookie whose name is not a cookie name (`next-auth.session-token ` with a trailing space):
//   next-auth reads every cookie whose name starts with its own, cannot decrypt it, tries to clear
//   it and the cookie serializer throws on the name. Browsers never send such names;
// - a server action body over Next's limit (Next throws a 413 error but answers 500), without a
//   length, not JSON where JSON is expected, or nested deeper than any form of ours (React's reply
//   decoder recurses and overflows the stack at ~5,000 levels).
//
// Pages get a small page in the path's language; everything else a plain-text answer.
import http from "node:http";
import type { IncomingMessage } from "node:http";
import en from "../messages/en.json";
import kk from "../messages/kk.json";
import ru from "../messages/ru.json";

export type Refusal = { status: number; headers: Record<string, string>; body: string };

/** Next's default `serverActions.bodySizeLimit` (1 MB); next.config.ts does not change it. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** Far deeper than any form's value (the project form is ~6 levels), far below a stack overflow. */
export const MAX_JSON_DEPTH = 64;

const MESSAGES = { kk, ru, en } as const;
type Locale = keyof typeof MESSAGES;
const PAGE_LOCALE = /^\/(kk|ru|en)(?:\/|$)/;
/** Paths next-intl's middleware sees (src/proxy.ts matcher): it decodes them once more. */
const PROXIED = (path: string) => !/^\/(?:api|_next|_vercel|verify)(?:\/|$)/.test(path) && !path.includes(".");
const CONTROL = /[\u0000-\u001f\u007f]/;
/** RFC 6265 cookie-name (an RFC 7230 token). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Cookies next-auth reads by prefix and may write back. */
const AUTH_COOKIE = /^(?:__Secure-|__Host-)?next-auth\./;

function decodes(text: string, decode: (s: string) => string): string | null {
  try {
    const decoded = decode(text);
    return CONTROL.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/** Whether every part of the URL decodes to text without control characters, as often as the
 * app will decode it. */
export function isReadableUrl(url: string): boolean {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (CONTROL.test(url)) return false;
  const once = decodes(path, decodeURI);
  if (once === null) return false;
  const segments = (PROXIED(path) ? once : path).split("/");
  if (segments.some((s) => decodes(s, decodeURIComponent) === null)) return false;
  if (q === -1) return true;
  return url
    .slice(q + 1)
    .split("&")
    .every((pair) => pair.split("=").every((part) => decodes(part.replaceAll("+", " "), decodeURIComponent) !== null));
}

/** Cookie names that break the app (see above). Names other sites' scripts may set with odd
 * characters are left alone unless they are next-auth's. */
export function hasMalformedCookie(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(";").some((pair, i, all) => {
    if (pair.trim() === "" && i === all.length - 1) return false;
    const eq = pair.indexOf("=");
    const raw = (eq === -1 ? pair : pair.slice(0, eq)).replace(/^ /, "");
    if (CONTROL.test(pair)) return true;
    if (raw !== raw.trim()) return true;
    return AUTH_COOKIE.test(raw) && !TOKEN.test(raw);
  });
}

/** The depth of the deepest array or object in a JSON text, without parsing it; stops counting
 * past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The answer to refuse a request with: a page in the path's language for pages, text otherwise. */
export function refusal(
  status: 400 | 404 | 411 | 413,
  url: string,
  accept: string | undefined,
  isAction: boolean,
): Refusal {
  const path = url.split("?")[0]!;
  const locale = (PAGE_LOCALE.exec(path)?.[1] ?? null) as Locale | null;
  const text = http.STATUS_CODES[status] ?? "Bad Request";
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (isAction || (status !== 400 && status !== 404) || !PROXIED(path) || !(accept ?? "").includes("text/html")) {
    return { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" }, body: `${text}\n` };
  }
  const m = MESSAGES[locale ?? "kk"][status === 404 ? "notFound" : "badRequest"];
  const lang = locale ?? "kk";
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.title)} — Asar</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;text-align:center"><h1>${escapeHtml(m.title)}</h1><p>${escapeHtml(m.text)}</p><p><a href="/${lang}">${escapeHtml(m.home)}</a></p></body></html>`;
  return {
    status,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
    body,
  };
}

const isServerAction = (req: Pick<IncomingMessage, "method" | "headers">) =>
  req.method === "POST" && req.headers["next-action"] !== undefined;

/** What can be decided from the request line and headers alone; null lets the request on. */
export function checkRequest(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
  limit = ACTION_BODY_LIMIT,
): Refusal | null {
  const url = req.url ?? "/";
  const action = isServerAction(req);
  const refuse = (status: 400 | 404 | 411 | 413) => refusal(status, url, req.headers.accept, action);
  if (!isReadableUrl(url)) return refuse(404);
  if (hasMalformedCookie(req.headers.cookie)) return refuse(400);
  if (action) {
    const length = req.headers["content-length"];
    if (length === undefined) return req.headers["transfer-encoding"] ? refuse(411) : null;
    if (!/^\d+$/.test(length)) return refuse(400);
    if (Number(length) > limit) return refuse(413);
  }
  return null;
}

/** A copy of `req` that reads `body` again, for the handler after the body was checked. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  // Complete, so that reading it to the end does not count as an aborted request, which would
  // destroy the shared socket.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Checks a request before Next.js sees it. Returns the refusal to send, or the request to hand on:
 * `req` itself, or — for a server action whose body is a JSON text — a copy that replays the
 * checked body (the original's stream has been read).
 */
export async function guardRequest(
  req: IncomingMessage,
  limit = ACTION_BODY_LIMIT,
): Promise<Refusal | IncomingMessage> {
  const refused = checkRequest(req, limit);
  if (refused) return refused;
  // React sends a server action's arguments as one JSON text (text/plain) or as multipart form
  // data; the multipart parser is bounded by the length checked above.
  if (!isServerAction(req) || (req.headers["content-type"] ?? "").startsWith("multipart/")) return req;
  const body = await readBody(req, limit);
  const url = req.url ?? "/";
  if (body === null) return refusal(413, url, req.headers.accept, true);
  const text = body.toString("utf8");
  if (jsonDepth(text) > MAX_JSON_DEPTH) return refusal(400, url, req.headers.accept, true);
  try {
    JSON.parse(text);
  } catch {
    return refusal(400, url, req.headers.accept, true);
  }
  return replay(req, body);
}

/** Sends a refusal on a response nobody has written to yet. */
export function sendRefusal(res: http.ServerResponse, refused: Refusal) {
  res.writeHead(refused.status, { ...refused.headers, "content-length": Buffer.byteLength(refused.body) });
  res.end(refused.body);
}
