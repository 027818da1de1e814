import { describe, expect, it } from "vitest";
import { returnPathParam, safeReturnPath } from "@/domain/return-path";

const ORIGIN = "https://asar.kz";

describe("the page someone returns to after signing in", () => {
  it("keeps a path of ours with its query and fragment", () => {
    expect(safeReturnPath("/en/my/data", ORIGIN)).toBe("/en/my/data");
    expect(safeReturnPath("/kk", ORIGIN)).toBe("/kk");
    expect(safeReturnPath("/ru/statistics/region/ASTANA?period=2026#chart", ORIGIN)).toBe(
      "/ru/statistics/region/ASTANA?period=2026#chart",
    );
    expect(safeReturnPath("https://asar.kz/en/profile", ORIGIN)).toBe("/en/profile");
  });

  it.each([
    ["/en/../\\evil.example", "dot segment then a backslash"],
    ["%2Fen%2F..%2F%5Cevil.example", "the same, still encoded (as a literal value)"],
    ["/en/..//evil.example", "dot segment then a protocol-relative path"],
    ["//evil.example", "protocol-relative"],
    ["/\\evil.example", "slash backslash"],
    ["\\\\evil.example", "two backslashes"],
    ["/\t/evil.example", "a tab the URL parser drops"],
    ["https://evil.example/en", "another origin"],
    ["http://asar.kz/en", "our host over another scheme"],
    ["https://asar.kz.evil.example/en", "a look-alike host"],
    ["https://asar.kz@evil.example/en", "credentials trick"],
    ["javascript:alert(1)", "a script URL"],
    ["/en/../admin", "resolves outside the locales"],
    ["/english", "not a locale segment"],
    ["/fr/projects", "not one of our locales"],
    ["", "empty"],
  ])("refuses %s (%s)", (next) => {
    expect(safeReturnPath(next, ORIGIN)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined, ORIGIN)).toBeNull();
    expect(safeReturnPath(["/en"], ORIGIN)).toBeNull();
  });

  it("never returns something a browser would read as another host", () => {
    // A result that starts with a single slash and a locale is always a path on our origin.
    for (const next of ["/en//evil.example", "/en/./\\evil.example", "/kk/%2e%2e/%2e%2e//evil.example"]) {
      const path = safeReturnPath(next, ORIGIN);
      if (path !== null) expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    }
  });
});

describe("the return address a sign-in or sign-up link passes on", () => {
  it("keeps a project page of ours", () => {
    expect(returnPathParam("/kk/projects/abc123")).toBe("/kk/projects/abc123");
    expect(returnPathParam("/ru/projects/abc?x=1#roles")).toBe("/ru/projects/abc?x=1#roles");
  });

  it.each([
    "//evil.com",
    "https://evil.com",
    "/\\evil.com",
    "\\/evil.com",
    "/%5Cevil.com",
    "%2F%2Fevil.com",
    "https:%2F%2Fevil.com",
    decodeURIComponent("%2F%2Fevil.com"),
    decodeURIComponent("https%3A%2F%2Fevil.com"),
    decodeURIComponent("%2F%5Cevil.com"),
    "/kk/../\\evil.com",
    "/kk/..//evil.com",
    "/\t/evil.com",
    "https://asar.kz/kk/projects/1",
    "javascript:alert(1)",
    "/projects/1",
    "",
  ])("refuses %j", (next) => {
    expect(returnPathParam(next)).toBeNull();
  });

  it("returns only paths that stay on whatever origin they are resolved against", () => {
    for (const next of ["/kk//evil.com", "/kk/%2e%2e/%2F%2Fevil.com", "/en/%5C%5Cevil.com"]) {
      const path = returnPathParam(next);
      if (path !== null) {
        expect(path.startsWith("//")).toBe(false);
        expect(new URL(path, "https://asar.kz").origin).toBe("https://asar.kz");
      }
    }
  });
});
