// The statistics lines of `npm run bench` (scripts/bench.ts adds them to its list): the public
// overview, a region's full report as its staff, the national report as an admin, the monthly
// XLSX and the open data — on the national-scale dataset, whose summaries `npm run seed:scale`
// builds and whose staff and admin accounts it creates (scripts/seed-scale.ts, SCALE_STAFF and
// SCALE_ADMIN). Signed-in requests carry a session cookie signed with the server's secret, as
// next-auth's own credentials sign-in would issue it.
import { sessionCookie } from "./lib/bench-session";
import type { BenchContext, Target } from "./bench";
import { SCALE_ADMIN, SCALE_STAFF } from "./seed-scale";

async function sessionCookieFor(ctx: BenchContext, email: string): Promise<string | null> {
  const user = (
    await ctx.db.query(`SELECT id, "sessionVersion" FROM "User" WHERE email = $1 AND "deletedAt" IS NULL`, [email])
  ).rows[0] as { id: string; sessionVersion: number } | undefined;
  if (!user) return null;
  return sessionCookie(ctx.authSecret, user);
}

/** The last complete month in Kazakhstan: a monthly report as regional staff would download it. */
function lastMonth(now = new Date()): { year: number; month: number } {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty", year: "numeric", month: "2-digit" })
    .format(now)
    .split("-")
    .map(Number) as [number, number];
  return m === 1 ? { year: y - 1, month: 12 } : { year: y, month: m - 1 };
}

export async function statisticsTargets(ctx: BenchContext): Promise<Target[]> {
  const [staff, admin] = await Promise.all([
    sessionCookieFor(ctx, SCALE_STAFF.email),
    sessionCookieFor(ctx, SCALE_ADMIN.email),
  ]);
  const built = Number((await ctx.db.query(`SELECT count(*) FROM "StatSummary"`)).rows[0].count);
  if (!staff || !admin || built === 0) {
    console.warn(
      "▸ statistics lines skipped: the database predates the statistics — run `npm run seed:scale` (hours, staff account, summaries)",
    );
    return [];
  }
  const { year, month } = lastMonth();
  const period = `year=${year}&month=${month}`;
  return [
    { name: "statistics: public overview of the year, anonymous", path: `/ru/statistics?year=${year}` },
    // A new URL every request: nothing comes from the public page cache (decision 0009).
    {
      name: "statistics: public overview, every request a new URL (uncached render)",
      path: `/ru/statistics?year=${year}`,
      vary: (n) => ({ path: `/ru/statistics?year=${year}&n=${n}` }),
    },
    {
      name: `statistics: region's monthly report, its staff (${SCALE_STAFF.regionCode})`,
      path: `/ru/statistics/region/${SCALE_STAFF.regionCode}?${period}`,
      headers: { cookie: staff },
    },
    {
      name: "statistics: national report of the year, admin",
      path: `/ru/statistics/region/KZ?year=${year}`,
      headers: { cookie: admin },
    },
    {
      name: "statistics: monthly report XLSX, staff",
      path: `/api/statistics/report/${SCALE_STAFF.regionCode}?${period}&format=xlsx&locale=ru`,
      headers: { cookie: staff },
    },
    { name: "open data JSON of the year", path: `/api/open-data/statistics?year=${year}` },
  ];
}
