import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "../../src/server/security-headers";
import { reissueNonce } from "../../src/serve/csp-nonce";

describe("the page's Content-Security-Policy", () => {
  it("runs only scripts with this response's nonce, and no one may frame the page", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy(nonce, { https: true });
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy(nonce, { https: false })).not.toContain("upgrade-insecure-requests");
  });
});

describe("a cached page's nonce is issued again for every visitor", () => {
  const old = "0123456789abcdef0123456789abcdef";
  const html = `<html><script nonce="${old}">self.__next_f.push([1,"nonce:${old}"])</script><script src="/_next/a.js" nonce="${old}"></script></html>`;
  const headers = {
    "content-security-policy": `script-src 'self' 'nonce-${old}' 'strict-dynamic'`,
    "content-type": "text/html",
  };

  it.each([
    ["identity", (b: Buffer) => b, (b: Buffer) => b],
    ["gzip", zlib.gzipSync, zlib.gunzipSync],
    ["br", zlib.brotliCompressSync, zlib.brotliDecompressSync],
  ] as const)("%s", (encoding, encode, decode) => {
    const page = {
      status: 200,
      headers: { ...headers, ...(encoding === "identity" ? {} : { "content-encoding": encoding }) },
      body: encode(Buffer.from(html)),
    };
    const fresh = reissueNonce(page)!;
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(String(fresh.headers["content-security-policy"]))![1]!;
    expect(nonce).not.toBe(old);
    const body = decode(fresh.body).toString();
    expect(body).not.toContain(old);
    expect(body.split(nonce)).toHaveLength(4);
    expect(reissueNonce(page)!.headers["content-security-policy"]).not.toBe(fresh.headers["content-security-policy"]);
  });

  it("a page without a nonce is served as stored; one it cannot rewrite is not served", () => {
    const plain = { headers: { "content-type": "text/html" }, body: Buffer.from("<p>hi</p>") };
    expect(reissueNonce(plain)).toBe(plain);
    expect(reissueNonce({ headers: { ...headers, "content-encoding": "zstd" }, body: Buffer.from("x") })).toBeNull();
  });
});
