import { describe, expect, it } from "vitest";
import {
  mayStore,
  offlineLocale,
  staticAssetsOf,
  treatmentOf,
  type RequestFacts,
} from "../../src/modules/pwa/cache-rules";

const ORIGIN = "https://asar.kz";

function request(
  path: string,
  init: { method?: string; mode?: string; headers?: Record<string, string>; origin?: string } = {},
): RequestFacts {
  const headers = new Headers(init.headers);
  return { method: init.method ?? "GET", url: (init.origin ?? ORIGIN) + path, mode: init.mode ?? "cors", headers };
}

const ok = (headers: Record<string, string> = {}) => ({ status: 200, type: "basic", headers: new Headers(headers) });

describe("what the service worker handles", () => {
  it("serves pages from the network with the offline fallback, whoever is signed in", () => {
    expect(treatmentOf(request("/kk/projects", { mode: "navigate" }), ORIGIN)).toBe("navigation");
    expect(treatmentOf(request("/ru/my/applications", { mode: "navigate" }), ORIGIN)).toBe("navigation");
    expect(treatmentOf(request("/", { mode: "navigate" }), ORIGIN)).toBe("navigation");
  });

  it("leaves form posts, server actions and the client router's payloads alone", () => {
    expect(treatmentOf(request("/en/sign-in", { method: "POST", mode: "navigate" }), ORIGIN)).toBe("pass");
    expect(treatmentOf(request("/en/projects/x", { method: "POST", headers: { "Next-Action": "7f3a" } }), ORIGIN)).toBe(
      "pass",
    );
    // A GET carrying an action id is still an action.
    expect(treatmentOf(request("/en/projects/x", { headers: { "next-action": "7f3a" } }), ORIGIN)).toBe("pass");
    expect(treatmentOf(request("/en/my", { headers: { RSC: "1" } }), ORIGIN)).toBe("pass");
  });

  it("leaves the API, sign-in callbacks, email links and the worker's own script alone", () => {
    for (const path of ["/api/auth/session", "/api/open-data/projects.csv", "/verify/ABC123", "/serwist/sw.js"]) {
      expect(treatmentOf(request(path, { mode: "navigate" }), ORIGIN)).toBe("pass");
      expect(treatmentOf(request(path), ORIGIN)).toBe("pass");
    }
  });

  it("never touches another site's requests", () => {
    expect(treatmentOf(request("/_next/static/chunks/a.js", { origin: "https://cdn.example" }), ORIGIN)).toBe("pass");
    expect(treatmentOf(request("/kk", { mode: "navigate", origin: "http://asar.kz" }), ORIGIN)).toBe("pass");
  });

  it("takes the build's static files from the cache first", () => {
    expect(treatmentOf(request("/_next/static/chunks/0abc.js"), ORIGIN)).toBe("static");
    expect(treatmentOf(request("/_next/static/chunks/1def.css"), ORIGIN)).toBe("static");
    // Not the images Next optimises on request, nor other files outside the build's folder.
    expect(treatmentOf(request("/_next/image?url=x"), ORIGIN)).toBe("pass");
    expect(treatmentOf(request("/icons/icon-192.png"), ORIGIN)).toBe("pass");
  });
});

describe("what the service worker stores", () => {
  it("stores complete answers for the build's static files", () => {
    expect(mayStore(request("/_next/static/chunks/0abc.js"), ok(), ORIGIN)).toBe(true);
    expect(
      mayStore(
        request("/_next/static/chunks/0abc.js"),
        ok({ "cache-control": "public, max-age=31536000, immutable" }),
        ORIGIN,
      ),
    ).toBe(true);
  });

  it("never stores a page, signed in or not, an API answer or an action's result", () => {
    const html = ok({ "content-type": "text/html; charset=utf-8" });
    expect(mayStore(request("/kk/projects", { mode: "navigate" }), html, ORIGIN)).toBe(false);
    expect(mayStore(request("/ru/my/applications", { mode: "navigate" }), html, ORIGIN)).toBe(false);
    expect(mayStore(request("/api/auth/session"), ok({ "content-type": "application/json" }), ORIGIN)).toBe(false);
    expect(mayStore(request("/en/projects/x", { method: "POST", headers: { "next-action": "1" } }), html, ORIGIN)).toBe(
      false,
    );
    expect(mayStore(request("/en/my", { headers: { rsc: "1" } }), ok(), ORIGIN)).toBe(false);
  });

  it("does not store errors, partial or opaque answers, or what the server marked private", () => {
    const js = request("/_next/static/chunks/0abc.js");
    expect(mayStore(js, { ...ok(), status: 404 }, ORIGIN)).toBe(false);
    expect(mayStore(js, { ...ok(), status: 206 }, ORIGIN)).toBe(false);
    expect(mayStore(js, { ...ok(), type: "opaque" }, ORIGIN)).toBe(false);
    expect(mayStore(js, ok({ "cache-control": "private, max-age=60" }), ORIGIN)).toBe(false);
    expect(mayStore(js, ok({ "cache-control": "no-store" }), ORIGIN)).toBe(false);
  });
});

describe("the offline page's language", () => {
  it("is the language of the page that could not load", () => {
    expect(offlineLocale("/ru/projects/abc", ["en-US"])).toBe("ru");
    expect(offlineLocale("/en", ["kk"])).toBe("en");
    expect(offlineLocale("/kk/my", [])).toBe("kk");
  });

  it("is the browser's for a page outside the languages, Kazakh when it has none of ours", () => {
    expect(offlineLocale("/", ["de-DE", "ru-RU", "en"])).toBe("ru");
    expect(offlineLocale("/", ["EN-gb"])).toBe("en");
    expect(offlineLocale("/", ["de", "fr"])).toBe("kk");
    // "/kkx" is not Kazakh.
    expect(offlineLocale("/kkx", ["en"])).toBe("en");
  });
});

describe("the files an offline page needs", () => {
  it("finds the scripts, stylesheets and the chunks named in the flight data, once each", () => {
    const html =
      '<link rel="stylesheet" href="/_next/static/chunks/106y3mdvdj15o.css" data-precedence="next"/>' +
      '<script src="/_next/static/chunks/0wtjefxa0d2ks.js" async="" nonce="x"></script>' +
      '<script src="/_next/static/chunks/turbopack-0a1b.js" async=""></script>' +
      '<script nonce="x">self.__next_f.push([1,"4:I[12,[\\"/_next/static/chunks/2y23lsjyfiu5z.js\\",' +
      '\\"/_next/static/chunks/0wtjefxa0d2ks.js\\"],\\"default\\"]"])</script>' +
      '<link rel="icon" href="/icon.svg?icon.0b1c.svg"/><img src="/_next/image?url=a.png"/>';
    expect(staticAssetsOf(html)).toEqual([
      "/_next/static/chunks/0wtjefxa0d2ks.js",
      "/_next/static/chunks/106y3mdvdj15o.css",
      "/_next/static/chunks/2y23lsjyfiu5z.js",
      "/_next/static/chunks/turbopack-0a1b.js",
    ]);
  });

  it("ignores paths that climb out of the build folder", () => {
    expect(staticAssetsOf('<script src="/_next/static/../../api/x.js"></script>')).toEqual([]);
  });
});
