import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT,
  checkRequest,
  guardRequest,
  hasMalformedCookie,
  isReadableUrl,
  jsonDepth,
  sendRefusal,
} from "../../src/serve/request-guard";

const get = (url: string, headers: http.IncomingHttpHeaders = {}) => ({ method: "GET", url, headers });
const action = (headers: http.IncomingHttpHeaders) => ({
  method: "POST",
  url: "/en/sign-up/organizer",
  headers: { "next-action": "40ab", ...headers },
});

describe("URLs Next.js cannot decode", () => {
  it.each([
    "/en/projects/%FF%FE",
    "/en/organizers/a%00b",
    "/api/projects/%00/calendar",
    "/api/projects/%FF/calendar",
    "/%FF",
    "/en/projects/%25FF",
    "/en/projects/100%25",
    "/en/projects?q=%00",
    "/en/projects?q=%E2%82",
  ])("%s is refused", (url) => {
    expect(isReadableUrl(url)).toBe(false);
    expect(checkRequest(get(url))?.status).toBe(404);
  });

  it.each([
    "/en/projects/ckx1",
    "/ru/organizers/astana-jastary",
    "/kk/projects?q=%D2%9B%D0%B0%D0%BC%D2%9B%D0%BE%D1%80&region=ASTANA",
    "/api/projects/p1/calendar?locale=en",
    "/api/x/100%25",
    "/en/projects?q=100%25+sure",
  ])("%s goes through", (url) => {
    expect(isReadableUrl(url)).toBe(true);
    expect(checkRequest(get(url))).toBeNull();
  });

  it("a page gets a page in the path's language, an API a text", () => {
    const page = checkRequest(get("/ru/projects/%FF", { accept: "text/html,*/*" }))!;
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain('lang="ru"');
    expect(page.body).toContain("Страница не найдена");
    expect(checkRequest(get("/api/projects/%00/calendar", { accept: "text/html" }))!.headers["content-type"]).toMatch(
      /text\/plain/,
    );
  });
});

describe("cookies", () => {
  it("a next-auth cookie name that is not a cookie name is refused", () => {
    expect(hasMalformedCookie("next-auth.session-token =abc")).toBe(true);
    expect(hasMalformedCookie("NEXT_LOCALE=en; next-auth.session-token\t=abc")).toBe(true);
    expect(hasMalformedCookie("next-auth.session-token(1)=abc")).toBe(true);
    const page = checkRequest(get("/kk/projects", { cookie: "next-auth.session-token =abc", accept: "text/html" }))!;
    expect(page.status).toBe(400);
    expect(page.body).toContain("Қате сұрау");
  });

  it("ordinary cookies go through", () => {
    for (const cookie of [
      undefined,
      "",
      "NEXT_LOCALE=en",
      "NEXT_LOCALE=en; next-auth.session-token=a.b.c; __Secure-next-auth.callback-url=%2Fen",
      "a=1; b=; c",
      "_ga=GA1.1.1; cart[1]=2;",
    ]) {
      expect(hasMalformedCookie(cookie), String(cookie)).toBe(false);
    }
  });
});

describe("server action bodies", () => {
  it("over the limit: 413 from the length alone; without a length: 411", () => {
    expect(checkRequest(action({ "content-length": String(ACTION_BODY_LIMIT + 1) }))?.status).toBe(413);
    expect(checkRequest(action({ "content-length": String(ACTION_BODY_LIMIT) }))).toBeNull();
    expect(checkRequest(action({ "transfer-encoding": "chunked" }))?.status).toBe(411);
    expect(checkRequest({ ...get("/en"), method: "POST", headers: { "content-length": "99999999" } })).toBeNull();
  });

  it("measures JSON depth without parsing, ignoring brackets in strings", () => {
    expect(jsonDepth('[{"a":[1,"[[[[{{"]}]')).toBe(3);
    expect(jsonDepth("[".repeat(5000) + "]".repeat(5000))).toBe(65);
    expect(jsonDepth('"\\"[["')).toBe(0);
  });

  describe("read before Next.js sees them", () => {
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      server = http.createServer(async (req, res) => {
        const checked = await guardRequest(req, 1000);
        if (!(checked instanceof http.IncomingMessage)) return sendRefusal(res, checked);
        // What the app's handler reads: the same body, from the replayed request.
        const chunks: Buffer[] = [];
        for await (const chunk of checked) chunks.push(chunk as Buffer);
        res.end(`ok ${Buffer.concat(chunks).toString()}`);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${base}/en/sign-up/organizer`, {
        method: "POST",
        headers: { "next-action": "40ab", "content-type": "text/plain;charset=UTF-8", ...headers },
        body,
      });

    it("a JSON body reaches the handler unchanged", async () => {
      const res = await post('[{"website":"https://jastary.kz"}]');
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('ok [{"website":"https://jastary.kz"}]');
    });

    it("not JSON, or nested 5,000 deep: 400", async () => {
      expect((await post("not json{")).status).toBe(400);
      expect((await post("[".repeat(400) + "]".repeat(400))).status).toBe(400);
    });

    it("a body without a length: 411", async () => {
      const stream = new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode("[" + '"a",'.repeat(400)));
          c.enqueue(new TextEncoder().encode('"b"]'));
          c.close();
        },
      });
      const res = await fetch(`${base}/en/x`, {
        method: "POST",
        headers: { "next-action": "40ab", "content-type": "text/plain" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      expect(res.status).toBe(411);
    });
  });
});
