import fs from "node:fs";
import { describe, expect, it } from "vitest";

// `npm audit` cannot reach its service here, so the lockfile is checked against the minimum
// versions that close published advisories (React Server Components remote code execution).
const MINIMUMS: Record<string, string> = {
  next: "16.4.6",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "next-auth": "4.24.12",
};

function compare(a: string, b: string): number {
  const pa = a.split("-")[0]!.split(".").map(Number);
  const pb = b.split("-")[0]!.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

describe("security-critical packages in package-lock.json", () => {
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  for (const [name, min] of Object.entries(MINIMUMS)) {
    it(`${name} is at least ${min} everywhere in the tree`, () => {
      const found = Object.entries(lock.packages).filter(
        ([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`),
      );
      expect(found.length).toBeGreaterThan(0);
      for (const [path, entry] of found) {
        expect(compare(entry.version ?? "0.0.0", min), `${path}@${entry.version}`).toBeGreaterThanOrEqual(0);
      }
    });
  }

  it("the version comparison is numeric, not alphabetical", () => {
    expect(compare("16.10.0", "16.4.6")).toBeGreaterThan(0);
    expect(compare("16.4.5", "16.4.6")).toBeLessThan(0);
    expect(compare("19.3.1", "19.3.1")).toBe(0);
  });
});
