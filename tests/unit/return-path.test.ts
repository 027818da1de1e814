import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/domain/return-path";

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
