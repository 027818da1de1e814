import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache, cacheKey, isShareable } from "../../scripts/lib/page-cache";

const req = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") => ({ url, headers, method });

describe("which requests the public page cache may answer", () => {
  it("caches anonymous GETs of the public pages", () => {
    for (const url of ["/kk", "/ru/projects", "/en/projects?q=eco&region=ASTANA", "/ru/projects/cm0abc123", "/kk/organizers/astana-jastary", "/ru/statistics?year=2026", "/en/open-data"]) {
      expect(cacheKey(req(url)), url).not.toBeNull();
    }
  });

  it("never caches signed-in visitors, actions, posts or private pages", () => {
    expect(cacheKey(req("/ru/projects", { cookie: "NEXT_LOCALE=ru; next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKey(req("/ru/projects", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(cacheKey(req("/ru/projects/x", { "next-action": "40ab" }, "POST"))).toBeNull();
    expect(cacheKey(req("/ru/projects/x", {}, "POST"))).toBeNull();
    for (const url of ["/ru/my/applications", "/ru/projects/x/edit", "/ru/organizers/a/applications", "/ru/moderation", "/api/projects/x/calendar", "/ru/profile", "/ru/sign-in", "/ru/statistics/region/ASTANA", "/ru/my/record", "/ru/verify/ABCD"]) {
      expect(cacheKey(req(url)), url).toBeNull();
    }
  });

  it("keeps a separate entry per URL, compression and client-router request", () => {
    const keys = new Set([
      cacheKey(req("/ru/projects?q=a")),
      cacheKey(req("/ru/projects?q=b")),
      cacheKey(req("/ru/projects?q=a", { "accept-encoding": "gzip" })),
      cacheKey(req("/ru/projects?q=a", { rsc: "1" })),
      cacheKey(req("/ru/projects?q=a", { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" })),
    ]);
    expect(keys.size).toBe(5);
    // An unrelated cookie (the locale) does not split or bypass the cache.
    expect(cacheKey(req("/ru/projects?q=a", { cookie: "NEXT_LOCALE=kk" }))).toBe(cacheKey(req("/ru/projects?q=a")));
  });

  it("shares only complete 200 responses that set no cookie but the locale", () => {
    expect(isShareable(200, { "set-cookie": ["NEXT_LOCALE=ru; Path=/; SameSite=lax"] }, 10, 100)).toBe(true);
    expect(isShareable(200, {}, 10, 100)).toBe(true);
    expect(isShareable(404, {}, 10, 100)).toBe(false);
    expect(isShareable(500, {}, 10, 100)).toBe(false);
    expect(isShareable(200, { "set-cookie": ["next-auth.csrf-token=x; Path=/"] }, 10, 100)).toBe(false);
    expect(isShareable(200, {}, 101, 100)).toBe(false);
  });
});

describe("PageCache", () => {
  it("forgets entries after the TTL and evicts the least recently used over the byte budget", () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 1000, maxBytes: 10, now: () => now });
    cache.set("a", { status: 200, headers: {}, body: Buffer.from("aaaa") });
    cache.set("b", { status: 200, headers: {}, body: Buffer.from("bbbb") });
    expect(cache.get("a")?.body.toString()).toBe("aaaa"); // a is now the most recent
    cache.set("c", { status: 200, headers: {}, body: Buffer.from("cccc") }); // 12 bytes: b goes
    expect(cache.get("b")).toBeNull();
    expect(cache.get("a")).not.toBeNull();
    now = 1000;
    expect(cache.get("a")).toBeNull();
    expect(cache.get("c")).toBeNull();
  });
});

describe("PageCache in front of a real HTTP server", () => {
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(render: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>, ttlMs = 10_000) {
    const cache = new PageCache({ ttlMs, maxBytes: 1024 * 1024 });
    server = http.createServer((rq, rs) => void cache.handle(rq, rs, () => render(rq, rs)));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  it("renders a public page once for anonymous visitors and every time for signed-in ones", async () => {
    let renders = 0;
    const base = await serve(async (_rq, rs) => {
      renders++;
      rs.setHeader("content-type", "text/html; charset=utf-8");
      rs.setHeader("set-cookie", "NEXT_LOCALE=ru; Path=/; SameSite=lax");
      rs.write("<p>render ");
      await new Promise((r) => setTimeout(r, 5));
      rs.end(`${renders}</p>`);
    });
    const first = await fetch(`${base}/ru/projects?q=eco`);
    const second = await fetch(`${base}/ru/projects?q=eco`);
    expect(await first.text()).toBe("<p>render 1</p>");
    expect(first.headers.get("x-asar-cache")).toBe("miss");
    expect(await second.text()).toBe("<p>render 1</p>");
    expect(second.headers.get("x-asar-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("set-cookie")).toBe("NEXT_LOCALE=ru; Path=/; SameSite=lax");

    const signedIn = await fetch(`${base}/ru/projects?q=eco`, { headers: { cookie: "next-auth.session-token=t" } });
    expect(await signedIn.text()).toBe("<p>render 2</p>");
    expect(signedIn.headers.get("x-asar-cache")).toBeNull();
    expect(renders).toBe(2);
  });

  it("lets identical requests that arrive together share one render", async () => {
    let renders = 0;
    const base = await serve(async (_rq, rs) => {
      renders++;
      await new Promise((r) => setTimeout(r, 50));
      rs.end("page");
    });
    const bodies = await Promise.all(Array.from({ length: 8 }, () => fetch(`${base}/kk/projects`).then((r) => r.text())));
    expect(bodies).toEqual(Array(8).fill("page"));
    expect(renders).toBe(1);
  });

  it("never stores an error page or a response that sets a session", async () => {
    let renders = 0;
    const base = await serve(async (rq, rs) => {
      renders++;
      if (rq.url?.includes("boom")) rs.statusCode = 500;
      else rs.setHeader("set-cookie", "next-auth.session-token=secret; Path=/; HttpOnly");
      rs.end("x");
    });
    await fetch(`${base}/ru/projects?boom=1`);
    await fetch(`${base}/ru/projects?boom=1`);
    await fetch(`${base}/ru/projects`);
    const again = await fetch(`${base}/ru/projects`);
    expect(again.headers.get("x-asar-cache")).toBe("miss");
    expect(renders).toBe(4);
  });

  it("is off with a TTL of zero", async () => {
    let renders = 0;
    const base = await serve(async (_rq, rs) => {
      renders++;
      rs.end("x");
    }, 0);
    await fetch(`${base}/ru`);
    await fetch(`${base}/ru`);
    expect(renders).toBe(2);
  });
});
