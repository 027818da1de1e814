import "server-only";

// The page's Content-Security-Policy and the headers that go with it (decision 0016). Scripts run
// only with this response's nonce; 'strict-dynamic' lets Next's own chunks, loaded by those
// scripts, run too. Styles stay 'unsafe-inline': charts (recharts) and Next set style attributes,
// and a nonce in style-src would switch 'unsafe-inline' off for them.

/** A fresh nonce: 128 random bits, hex, so it reads the same in HTML, JSON and headers. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function contentSecurityPolicy(nonce: string, opts: { https: boolean; dev?: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    // The web app manifest (/manifest.webmanifest); the service worker is /serwist/sw.js (decision 0030).
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Browsers obey Strict-Transport-Security only over HTTPS; we send it when the site's public
 * address (APP_URL) is HTTPS, whatever the hop in front of us speaks. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
