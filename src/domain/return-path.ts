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
