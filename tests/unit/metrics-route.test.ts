import { describe, expect, it } from "vitest";
import { normalizeRoute } from "../../src/server/metrics";

// Request timings are labelled with the app's route, never the raw path: a bounded set of series
// whatever URLs are sent (the route list is read from src/app here, from the build in production).
describe("normalizeRoute", () => {
  it.each([
    ["/en/projects/cmabc123xyz", "/[locale]/projects/[id]"],
    ["/kk/projects/cmabc123xyz/edit?tab=roles", "/[locale]/projects/[id]/edit"],
    ["/ru/projects", "/[locale]/projects"],
    ["/kk", "/[locale]"],
    ["/en/organizers/astana-jastary/members", "/[locale]/organizers/[slug]/members"],
    ["/ru/statistics/region/ASTANA", "/[locale]/statistics/region/[code]"],
    ["/api/projects/p1/calendar", "/api/projects/[id]/calendar"],
    ["/api/auth/callback/credentials", "/api/auth/[...nextauth]"],
    ["/api/health", "/api/health"],
    ["/_next/static/chunks/app.js", "/_next/static"],
    ["/xx/projects/1", "(unmatched)"],
    ["/wp-admin/install.php", "(unmatched)"],
  ])("%s → %s", (url, route) => {
    expect(normalizeRoute(url)).toBe(route);
  });
});
