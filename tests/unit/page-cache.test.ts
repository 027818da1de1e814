import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache, cacheKey, isShareable } from "../../src/serve/page-cache";

const req = (url: string, headers: http.IncomingHttpHeaders = {}, method = "GET") => ({ url, headers, method });

describe("which requests the public page cache may answer", () => {
  it("caches anonymous GETs of the public pages", () => {
    for (const url of [
      "/kk",
      "/ru/projects",
      "/en/projects?q=eco&region=ASTANA",
      "/ru/projects/cm0abc123",
      "/kk/organizers/astana-jastary",
      "/ru/statistics?year=2026",
      "/en/open-data",
      // What each new service worker fetches without cookies (decision 0030).
      "/ru/offline",
    ]) {
      expect(cacheKey(req(url)), url).not.toBeNull();
    }
  });

  it("never caches signed-in visitors, actions, posts or private pages", () => {
    expect(cacheKey(req("/ru/projects", { cookie: "NEXT_LOCALE=ru; next-auth.session-token=abc" }))).toBeNull();
    expect(cacheKey(req("/ru/projects", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(cacheKey(req("/ru/projects/x", { "next-action": "40ab" }, "POST"))).toBeNull();
    expect(cacheKey(req("/ru/projects/x", {}, "POST"))).toBeNull();
    for (const url of [
      "/ru/my/applications",
      "/ru/projects/x/edit",
      "/ru/organizers/a/applications",
      "/ru/moderation",
      "/api/projects/x/calendar",
      "/ru/profile",
      "/ru/sign-in",
      "/ru/statistics/region/ASTANA",
      "/ru/my/record",
      "/ru/verify/ABCD",
    ]) {
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

  it("shares only complete 200 pages that set no cookie but the locale", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    expect(isShareable(200, { ...html, "set-cookie": ["NEXT_LOCALE=ru; Path=/; SameSite=lax"] }, 10, 100)).toBe(true);
    expect(isShareable(200, html, 10, 100)).toBe(true);
    expect(isShareable(200, { "content-type": "text/x-component" }, 10, 100)).toBe(true);
    expect(isShareable(404, html, 10, 100)).toBe(false);
    expect(isShareable(500, html, 10, 100)).toBe(false);
    expect(isShareable(200, { ...html, "set-cookie": ["next-auth.csrf-token=x; Path=/"] }, 10, 100)).toBe(false);
    expect(isShareable(200, html, 101, 100)).toBe(false);
  });

  it("fails closed on anything that is not a whole page (issue 8, B.4–B.6)", () => {
    const html = { "content-type": "text/html; charset=utf-8" };
    // Next's `200 {}` answer to a middleware prefetch, and other non-pages.
    expect(isShareable(200, { "content-type": "application/json" }, 2, 100)).toBe(false);
    expect(isShareable(200, {}, 10, 100)).toBe(false);
    expect(isShareable(200, html, 0, 100)).toBe(false);
    expect(isShareable(200, { ...html, "x-middleware-rewrite": "/x" }, 10, 100)).toBe(false);
    expect(isShareable(200, { ...html, location: "/x" }, 10, 100)).toBe(false);
    // A reflected input in a header (a 10 KB path once made a 41 KB Link header).
    expect(isShareable(200, { ...html, link: "x".repeat(10_000) }, 10, 100)).toBe(false);
  });

  it("refuses requests with any cookie but the locale, under whatever name (B.5)", () => {
    for (const cookie of [
      "next-auth.session-tokenX=abc",
      "next-auth.session-token =abc",
      "NEXT_LOCALE=ru; a=b",
      "x",
      "__Secure-next-auth.session-token.0=abc",
      "NEXT_LOCALEX=ru",
    ]) {
      expect(cacheKey(req("/ru/projects", { cookie })), cookie).toBeNull();
    }
    expect(cacheKey(req("/ru/projects", { cookie: "NEXT_LOCALE=ru" }))).not.toBeNull();
    expect(cacheKey(req("/ru/projects", { cookie: "" }))).not.toBeNull();
  });

  it("refuses requests carrying a header that changes what Next renders, or one it does not know (B.4, B.6)", () => {
    for (const [name, value] of [
      ["x-middleware-prefetch", "1"],
      ["x-forwarded-host", "evil.example"],
      ["forwarded", "host=evil.example"],
      ["x-nextjs-data", "1"],
      ["authorization", "Basic x"],
      ["x-something-new", "1"],
    ] as const) {
      expect(cacheKey(req("/en", { [name]: value })), name).toBeNull();
    }
    expect(cacheKey(req(`/en/projects?q=${"a".repeat(3000)}`))).toBeNull();
    // What browsers and proxies send does not bypass it, and the host is part of the key.
    const browser = {
      host: "asar.kz",
      "user-agent": "Mozilla/5.0",
      accept: "text/html",
      "accept-language": "kk",
      "sec-fetch-mode": "navigate",
      "sec-ch-ua-mobile": "?1",
      "x-forwarded-for": "1.2.3.4",
      "x-asar-client-address": "1.2.3.4",
    };
    expect(cacheKey(req("/en", browser))).not.toBeNull();
    expect(cacheKey(req("/en", { ...browser, host: "evil.example" }))).not.toBe(cacheKey(req("/en", browser)));
  });
});

describe("PageCache", () => {
  it("forgets everything on clear(), and does not store a render that began before it", async () => {
    const cache = new PageCache({ ttlMs: 10_000, maxBytes: 1000 });
    cache.set("a", { status: 200, headers: {}, body: Buffer.from("old") });
    cache.clear();
    expect(cache.get("a")).toBeNull();
    expect(cache.size).toBe(0);
  });

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
      rs.setHeader("content-type", "text/html");
      rs.end("page");
    });
    const bodies = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${base}/kk/projects`).then((r) => r.text())),
    );
    expect(bodies).toEqual(Array(8).fill("page"));
    expect(renders).toBe(1);
  });

  it("never stores an error page or a response that sets a session", async () => {
    let renders = 0;
    const base = await serve(async (rq, rs) => {
      renders++;
      rs.setHeader("content-type", "text/html");
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

  it("does not keep a page whose render began before a change was made", async () => {
    let renders = 0;
    let cache!: PageCache;
    const base = await (async () => {
      cache = new PageCache({ ttlMs: 10_000, maxBytes: 1024 * 1024 });
      server = http.createServer(
        (rq, rs) =>
          void cache.handle(rq, rs, async () => {
            const n = ++renders;
            await new Promise((r) => setTimeout(r, 50));
            rs.setHeader("content-type", "text/html");
            rs.end(`places ${n}`);
          }),
      );
      await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    })();
    const slow = fetch(`${base}/ru/projects/p1`).then((r) => r.text());
    // Until the render has begun (a fixed wait let a busy machine clear the cache first).
    while (renders === 0) await new Promise((r) => setTimeout(r, 2));
    cache.clear(); // the change lands while "places 1" is still rendering from the old data
    expect(await slow).toBe("places 1");
    expect(await (await fetch(`${base}/ru/projects/p1`)).text()).toBe("places 2");
    expect(await (await fetch(`${base}/ru/projects/p1`)).text()).toBe("places 2");
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
