// A page stored by the public page cache (page-cache.ts) carries the nonce of the request that
// rendered it, in its Content-Security-Policy header and on every script in its body. Served as
// is, every visitor for 10 s would share one nonce, and anyone could read it from a cached copy
// first. So each hit gets a fresh nonce in both places (decision 0016). The body is stored as
// Next sent it, compressed or not; a body in an encoding we cannot rewrite is not served.
import crypto from "node:crypto";
import zlib from "node:zlib";
import type { OutgoingHttpHeaders } from "node:http";

const NONCE = /'nonce-([0-9a-f]{32})'/;

type Page = { headers: OutgoingHttpHeaders; body: Buffer };

/** The page with a new nonce, or the page itself when it has none; null when its body cannot be
 * rewritten. */
export function reissueNonce<T extends Page>(page: T): T | null {
  const csp = page.headers["content-security-policy"];
  const old = typeof csp === "string" ? NONCE.exec(csp)?.[1] : undefined;
  if (!old) return page;
  const nonce = crypto.randomBytes(16).toString("hex");
  const encoding = String(page.headers["content-encoding"] ?? "identity").toLowerCase();
  const swap = (b: Buffer) => Buffer.from(b.toString("latin1").replaceAll(old, nonce), "latin1");
  let body: Buffer;
  if (encoding === "identity") body = swap(page.body);
  else if (encoding === "gzip") body = zlib.gzipSync(swap(zlib.gunzipSync(page.body)), { level: 4 });
  else if (encoding === "br")
    body = zlib.brotliCompressSync(swap(zlib.brotliDecompressSync(page.body)), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 },
    });
  else if (encoding === "deflate") body = zlib.deflateSync(swap(zlib.inflateSync(page.body)), { level: 4 });
  else return null;
  return {
    ...page,
    headers: { ...page.headers, "content-security-policy": (csp as string).replaceAll(old, nonce) },
    body,
  };
}
