// Where to send someone after signing in or out (`?next=`, next-auth's callbackUrl). The value
// comes from the address bar, so anyone can craft it: `/en/..//evil.example` or `/en/../\evil`
// look like our paths to a regular expression but a browser resolves them to another site.
// Resolving it the way the browser will (WHATWG URL against our origin) and checking the result
// is the only test that cannot be fooled by dot segments, backslashes or encodings.
import { LOCALES } from "./locales";

const LOCALE_PATH = new RegExp(`^/(${LOCALES.join("|")})(/|$)`);

/**
 * The path (with query and fragment) that `next` resolves to when it stays on `origin` and starts
 * with one of our locales; null for anything else, including other sites and unparsable values.
 */
export function safeReturnPath(next: unknown, origin: string): string | null {
  if (typeof next !== "string" || next === "" || next.length > 2000) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || !LOCALE_PATH.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** An origin no request has, to resolve `next` against when only a path of ours will do. */
const NOWHERE = "https://return-path.invalid";

/**
 * `next` as it may be passed on in a link of ours (sign-in → sign-up → back): a path on this
 * site starting with a locale, with its query and fragment; null for anything else, including
 * absolute addresses (even our own) and everything safeReturnPath refuses.
 */
export function returnPathParam(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/")) return null;
  return safeReturnPath(next, NOWHERE);
}
