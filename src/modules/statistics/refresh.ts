// Rebuilds the statistics summaries (StatSummary, StatSdg) from the source tables for whole
// calendar years, in one transaction: readers keep seeing the previous figures until it commits.
// Run by the job queue (./jobs.ts) and at the end of `npm run seed:scale`, which is why this file
// does not import "server-only": it holds no secrets, only SQL. See docs/decisions/0013-statistics.md.
//
// Definitions (named on the statistics pages):
// - Periods are calendar months and years in Kazakhstan time (Asia/Almaty, from the tz database).
// - Active volunteers: distinct volunteers who, in the period, have confirmed hours, or an accepted
//   application (not marked no-show) in a published or completed project that was running in the
//   period. Counted in the region of the project.
// - New volunteers: volunteer profiles created in the period, in the volunteer's own region.
// - Organizers: verified organizers created in the period (new) or by its end (total).
// - Projects and events: published or completed projects running in the period; one-time actions
//   and events are "events", projects and ongoing activities are "projects".
// - Applications: submitted in the period, whatever became of them; cut by the project only.
// - Confirmed hours: HoursEntry rows with status CONFIRMED, by the month of the day worked.
// - Economic value: each month's hours × the hourly wage of the project's region for that month
//   (its quarter's figure, else its year's, else the latest earlier year's: resolveWage in
//   src/domain/region-wages.ts), summed unrounded; pages round once, to whole tenge.
// - Age groups are taken on the last day of the period (or today, if the period is not over).
// - Direction is the project's primary direction (so hours by direction add up to the total);
//   a project with several compositions counts in each of them.
import type { Db } from "@/server/prisma-client";
import { ADULT_AGE, RETIREMENT_AGE } from "@/domain/age";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Transaction-scoped advisory lock: two app instances never rebuild at the same time. */
const LOCK_KEY = 734_119_002;

/** Safe to inline: integers only. */
function yearList(years: readonly number[]): string {
  if (!years.every((y) => Number.isInteger(y) && y >= 2000 && y <= 2200))
    throw new Error(`bad years: ${years.join(",")}`);
  return `ARRAY[${years.join(",")}]::int[]`;
}

const local = (col: string) => `((${col} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Almaty')`;
/**
 * The SQL twin of ageGroup() in src/domain/age.ts, on the birth-date thresholds of the period
 * (sp.b18 … : the latest birth date of someone that old on the period's reference day), which is
 * the same as comparing full years and much cheaper than age() on millions of rows.
 * tests/integration/statistics.test.ts keeps the two equal.
 */
function ageGroupSql(birth: string, gender: string, sp: string): string {
  return `CASE WHEN ${birth} IS NULL THEN 'UNKNOWN'
    WHEN ${birth} > ${sp}.b18 THEN 'UNDER_18'
    WHEN ${birth} > ${sp}.b30 THEN 'AGE_18_29'
    WHEN ${birth} > CASE WHEN ${gender} = 'FEMALE' THEN ${sp}.bf ELSE ${sp}.bm END THEN 'AGE_30_RETIREMENT'
    ELSE 'RETIREMENT' END`;
}

/** Safe to inline: an ISO string made by Date#toISOString. */
function instant(now: Date): string {
  return `'${now.toISOString()}'::timestamptz`;
}

/** Columns a source row may be cut by: g gender, a age group (volunteer); d direction, f organizer form (project). */
type Cut = "g" | "a" | "d" | "f";
const CUT_DIMENSION: Record<Cut, string> = { g: "GENDER", a: "AGE_GROUP", d: "DIRECTION", f: "ORGANIZER_FORM" };

/**
 * INSERT INTO sm … GROUP BY GROUPING SETS: one pass over `source` gives, per kind and period,
 * every region and the whole country (region grouped out → NULL), in total and by each cut.
 */
function cube(target: string[], measures: string[], source: string, cuts: Cut[]): string {
  const sets = ["", ...cuts].flatMap((c) => [
    `(kind, period, region${c ? `, ${c}` : ""})`,
    `(kind, period${c ? `, ${c}` : ""})`,
  ]);
  const dim = cuts.length
    ? `CASE ${cuts.map((c) => `WHEN GROUPING(${c}) = 0 THEN '${CUT_DIMENSION[c]}'`).join(" ")} ELSE 'TOTAL' END`
    : `'TOTAL'`;
  const value = cuts.length
    ? `CASE ${cuts.map((c) => `WHEN GROUPING(${c}) = 0 THEN ${c}`).join(" ")} ELSE '' END`
    : `''`;
  return `INSERT INTO sm (kind, period, region, dim, value, ${target.join(", ")})
     SELECT kind, period, region, (${dim})::"StatDimension", ${value}, ${measures.join(", ")}
       FROM (${source}) x
      GROUP BY GROUPING SETS (${sets.join(", ")})`;
}

/** The same by composition: a project carries several, and counts in each. */
function byComposition(target: string[], measures: string[], source: string): string {
  return `INSERT INTO sm (kind, period, region, dim, value, ${target.join(", ")})
     SELECT kind, period, region, 'COMPOSITION', c, ${measures.join(", ")}
       FROM (${source}) x CROSS JOIN LATERAL unnest(x.compositions) AS c
      GROUP BY GROUPING SETS ((kind, period, region, c), (kind, period, c))`;
}

/** The statements of one rebuild. Temporary tables live until the transaction ends. */
export function rebuildStatements(years: readonly number[], now: Date): string[] {
  const Y = yearList(years);
  const NOW = instant(now);
  // The years' span as UTC bounds, so the big tables are filtered by a plain range first.
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const fromUtc = `(make_date(${first}, 1, 1)::timestamp AT TIME ZONE 'Asia/Almaty' AT TIME ZONE 'UTC')`;
  const toUtc = `(make_date(${last + 1}, 1, 1)::timestamp AT TIME ZONE 'Asia/Almaty' AT TIME ZONE 'UTC')`;
  const nowLocal = `(${NOW} AT TIME ZONE 'Asia/Almaty')`;
  const a = `${ageGroupSql("v.birth", "v.gender", "s")} AS a`;
  const running = `SELECT s.kind, s.period, p.region, p.event, p.direction AS d, p.form AS f, p.compositions
       FROM sproj p JOIN sp s ON p.starts < s.ends AND p.ends >= s.starts WHERE p.ran`;
  return [
    `SELECT pg_advisory_xact_lock(${LOCK_KEY})`,
    // Sorting hundreds of thousands of rows for the distinct counts: in memory, not in files.
    `SET LOCAL work_mem = '128MB'`,
    // Periods: every month of the years up to the current one, and the years; starts/ends are
    // local wall-clock bounds, "ref" the day ages are taken on, b18… the birth-date thresholds.
    `CREATE TEMP TABLE sp ON COMMIT DROP AS
     SELECT *, (ref - interval '${ADULT_AGE} years')::date AS b18, (ref - interval '30 years')::date AS b30,
            (ref - interval '${RETIREMENT_AGE.FEMALE} years')::date AS bf, (ref - interval '${RETIREMENT_AGE.MALE} years')::date AS bm
       FROM (SELECT 'MONTH'::"StatPeriodKind" AS kind, m::date AS period, m AS starts, m + interval '1 month' AS ends,
                    least((m + interval '1 month' - interval '1 day')::date, ${nowLocal}::date) AS ref
               FROM unnest(${Y}) AS y, generate_series(make_date(y, 1, 1), make_date(y, 12, 1), interval '1 month') AS m
              WHERE m <= ${nowLocal}
             UNION ALL
             SELECT 'YEAR', make_date(y, 1, 1), make_date(y, 1, 1)::timestamp, make_date(y + 1, 1, 1)::timestamp,
                    least(make_date(y, 12, 31), ${nowLocal}::date)
               FROM unnest(${Y}) AS y
              WHERE make_date(y, 1, 1) <= ${nowLocal}) periods`,
    `ANALYZE sp`,
    // Projects and people with small integer ids: the distinct counts sort integers, not text.
    `CREATE TEMP TABLE sproj ON COMMIT DROP AS
     SELECT p.id, (row_number() OVER ())::int AS n, p."regionCode" AS region, p."primaryDirection"::text AS direction,
            p."compositions"::text[] AS compositions, o."form"::text AS form, p."duration" = 'ONE_TIME' AS event,
            ${local('p."startsAt"')} AS starts, ${local('p."endsAt"')} AS ends,
            p."status" IN ('PUBLISHED', 'COMPLETED') AND p."startsAt" <= ${NOW} AT TIME ZONE 'UTC' AS ran
       FROM "Project" p JOIN "Organizer" o ON o.id = p."organizerId"`,
    `CREATE UNIQUE INDEX ON sproj (id)`,
    `ANALYZE sproj`,
    // The hourly wage of every region for every month: the month's quarter, else its year, else the
    // latest earlier year, else (hours older than the whole table) the earliest later year — the
    // SQL twin of resolveWage() in src/domain/region-wages.ts.
    `CREATE TEMP TABLE swage ON COMMIT DROP AS
     SELECT r."code" AS region, s.period AS month,
            (SELECT w."hourlyWageKzt" FROM "RegionWage" w
              WHERE w."regionCode" = r."code"
                AND ((w."year" = extract(year from s.period) AND (w."quarter" IS NULL OR w."quarter" = extract(quarter from s.period)))
                     OR (w."year" <> extract(year from s.period) AND w."quarter" IS NULL))
              ORDER BY CASE WHEN w."year" = extract(year from s.period) THEN (CASE WHEN w."quarter" IS NULL THEN 1 ELSE 0 END)
                            WHEN w."year" < extract(year from s.period) THEN 2 ELSE 3 END,
                       CASE WHEN w."year" < extract(year from s.period) THEN -w."year" ELSE w."year" END
              LIMIT 1) AS wage
       FROM "Region" r CROSS JOIN sp s WHERE s.kind = 'MONTH'`,
    `CREATE UNIQUE INDEX ON swage (region, month)`,
    `CREATE TEMP TABLE sv ON COMMIT DROP AS
     SELECT u.id, (row_number() OVER ())::int AS n, vp."gender" AS gender, vp."birthDate" AS birth
       FROM "User" u LEFT JOIN "VolunteerProfile" vp ON vp."userId" = u.id`,
    `ANALYZE sv`,
    // Confirmed hours per volunteer, project and month, valued at the wage of the project's region
    // in that month, …
    `CREATE TEMP TABLE shm ON COMMIT DROP AS
     SELECT x.volunteer, x.project, x.month, x.hours, x.hours * w.wage AS value
       FROM (SELECT h."volunteerId" AS volunteer, h."projectId" AS project, date_trunc('month', h."workedOn")::date AS month, sum(h."hours") AS hours
               FROM "HoursEntry" h
              WHERE h."status" = 'CONFIRMED' AND h."workedOn" >= make_date(${first}, 1, 1) AND h."workedOn" < make_date(${last + 1}, 1, 1)
                AND extract(year from h."workedOn")::int = ANY (${Y})
              GROUP BY 1, 2, 3) x
       JOIN sproj p ON p.id = x.project
       LEFT JOIN swage w ON w.region = p.region AND w.month = x.month`,
    `ANALYZE shm`,
    // … per kind of period (years summed), with everything they are cut by.
    `CREATE TEMP TABLE fh ON COMMIT DROP AS
     SELECT x.kind, x.period, p.region, v.n AS volunteer, p.n AS project, x.project AS project_id, x.hours, x.value,
            coalesce(v.gender::text, 'UNKNOWN') AS g, ${a}, p.direction AS d, p.form AS f, p.compositions
       FROM (SELECT 'MONTH'::"StatPeriodKind" AS kind, month AS period, volunteer, project, hours, value FROM shm
             UNION ALL
             SELECT 'YEAR', date_trunc('year', month)::date, volunteer, project, sum(hours), sum(value) FROM shm GROUP BY 2, 3, 4) x
       JOIN sp s ON s.kind = x.kind AND s.period = x.period
       JOIN sproj p ON p.id = x.project JOIN sv v ON v.id = x.volunteer`,
    `ANALYZE fh`,
    // Activity: who took part in which project in which month (hours, or an accepted place in a
    // project running that month, no-shows excepted), then per kind of period.
    `CREATE TEMP TABLE sam ON COMMIT DROP AS
     SELECT volunteer, project, month FROM shm
     UNION
     SELECT a."volunteerId", a."projectId", m::date
       FROM "Application" a
       JOIN sproj p ON p.id = a."projectId" AND p.ran
       CROSS JOIN LATERAL generate_series(date_trunc('month', p.starts), date_trunc('month', least(p.ends, ${nowLocal})), interval '1 month') AS m
      WHERE a."status" = 'ACCEPTED' AND a."attendance" IS DISTINCT FROM 'NO_SHOW'
        AND extract(year from m)::int = ANY (${Y})`,
    `ANALYZE sam`,
    `CREATE TEMP TABLE fa ON COMMIT DROP AS
     SELECT x.kind, x.period, p.region, v.n AS volunteer, coalesce(v.gender::text, 'UNKNOWN') AS g, ${a},
            p.direction AS d, p.form AS f, p.compositions
       FROM (SELECT 'MONTH'::"StatPeriodKind" AS kind, month AS period, volunteer, project FROM sam
             UNION ALL
             SELECT DISTINCT 'YEAR'::"StatPeriodKind", date_trunc('year', month)::date, volunteer, project FROM sam) x
       JOIN sp s ON s.kind = x.kind AND s.period = x.period
       JOIN sproj p ON p.id = x.project JOIN sv v ON v.id = x.volunteer`,
    `ANALYZE fa`,
    // Additive figures (applications, new volunteers) are counted per month and the years summed
    // from the months. Applications are counted per project first: they are cut by the project
    // (people are counted as active volunteers, by gender and age).
    `CREATE TEMP TABLE fapp ON COMMIT DROP AS
     SELECT s.kind, s.period, p.region, p.direction AS d, p.form AS f, p.compositions, x.n
       FROM (SELECT date_trunc('month', ${local('"createdAt"')})::date AS month, "projectId" AS project, count(*) AS n
               FROM "Application"
              WHERE "createdAt" >= ${fromUtc} AND "createdAt" < ${toUtc} AND extract(year from ${local('"createdAt"')})::int = ANY (${Y})
              GROUP BY 1, 2) x
       JOIN sp s ON s.kind = 'MONTH' AND s.period = x.month
       JOIN sproj p ON p.id = x.project`,
    `CREATE TEMP TABLE sm (
       kind "StatPeriodKind", period date, region "RegionCode", dim "StatDimension", value text,
       active int, hours_volunteers int, new_volunteers int, applications int, hours numeric, value_kzt numeric,
       projects int, events int, organizers_new int, organizers_total int
     ) ON COMMIT DROP`,
    cube(["active"], ["count(DISTINCT volunteer)"], "SELECT * FROM fa", ["g", "a", "d", "f"]),
    byComposition(["active"], ["count(DISTINCT volunteer)"], "SELECT * FROM fa"),
    cube(
      ["hours", "value_kzt", "hours_volunteers"],
      ["sum(hours)", "sum(value)", "count(DISTINCT volunteer)"],
      "SELECT * FROM fh",
      ["g", "a", "d", "f"],
    ),
    byComposition(
      ["hours", "value_kzt", "hours_volunteers"],
      ["sum(hours)", "sum(value)", "count(DISTINCT volunteer)"],
      "SELECT * FROM fh",
    ),
    cube(["applications"], ["sum(n)"], "SELECT * FROM fapp", ["d", "f"]),
    byComposition(["applications"], ["sum(n)"], "SELECT * FROM fapp"),
    cube(["projects", "events"], ["count(*) FILTER (WHERE NOT event)", "count(*) FILTER (WHERE event)"], running, [
      "d",
      "f",
    ]),
    byComposition(
      ["projects", "events"],
      ["count(*) FILTER (WHERE NOT event)", "count(*) FILTER (WHERE event)"],
      running,
    ),
    // New volunteers, in their own region.
    cube(
      ["new_volunteers"],
      ["count(*)"],
      `SELECT s.kind, s.period, vp."regionCode" AS region, coalesce(v.gender::text, 'UNKNOWN') AS g, ${a}
         FROM "VolunteerProfile" vp JOIN sv v ON v.id = vp."userId" JOIN sp s ON s.kind = 'MONTH' AND s.period = date_trunc('month', ${local('vp."createdAt"')})::date`,
      ["g", "a"],
    ),
    `INSERT INTO sm (kind, period, region, dim, value, applications, new_volunteers)
     SELECT 'YEAR', date_trunc('year', period)::date, region, dim, value, sum(applications), sum(new_volunteers)
       FROM sm WHERE kind = 'MONTH' AND (applications IS NOT NULL OR new_volunteers IS NOT NULL)
      GROUP BY 2, 3, 4, 5`,
    // Verified organizers: new in the period, and in total by its end.
    cube(
      ["organizers_new", "organizers_total"],
      ["count(*) FILTER (WHERE created >= starts)", "count(*)"],
      `SELECT s.kind, s.period, s.starts, o."regionCode" AS region, ${local('o."createdAt"')} AS created, o."form"::text AS f
         FROM "Organizer" o JOIN sp s ON ${local('o."createdAt"')} < s.ends
        WHERE o."verificationStatus" = 'VERIFIED'`,
      ["f"],
    ),
    `DELETE FROM "StatSummary" WHERE extract(year from "period")::int = ANY (${Y})`,
    `INSERT INTO "StatSummary" ("periodKind", "period", "regionCode", "dimension", "value", "activeVolunteers", "hoursVolunteers",
                                "newVolunteers", "applications", "confirmedHours", "economicValueKzt", "projects", "events", "organizersNew", "organizersTotal", "refreshedAt")
     SELECT kind, period, region, dim, value, sum(active), sum(hours_volunteers), sum(new_volunteers), sum(applications), sum(hours), sum(value_kzt),
            sum(projects), sum(events), sum(organizers_new), sum(organizers_total), ${NOW} AT TIME ZONE 'UTC'
       FROM sm GROUP BY kind, period, region, dim, value`,
    // Goals: each project's confirmed hours count in full toward every goal it links to
    // (attributeToGoals in ./sdg-attribution.ts is the same rule in TypeScript).
    `DELETE FROM "StatSdg" WHERE extract(year from "period")::int = ANY (${Y})`,
    `INSERT INTO "StatSdg" ("periodKind", "period", "regionCode", "sdg", "impact", "confirmedHours", "economicValueKzt", "volunteers", "projects", "refreshedAt")
     SELECT fh.kind, fh.period, fh.region, g."sdg", g."impact", sum(fh.hours), coalesce(sum(fh.value), 0), count(DISTINCT fh.volunteer), count(DISTINCT fh.project),
            ${NOW} AT TIME ZONE 'UTC'
       FROM fh JOIN "ProjectSdg" g ON g."projectId" = fh.project_id
      GROUP BY GROUPING SETS ((fh.kind, fh.period, fh.region, g."sdg", g."impact"), (fh.kind, fh.period, g."sdg", g."impact"))`,
  ];
}

/** The years that have anything to count, up to the current one. */
async function allYears(tx: Tx, now: Date): Promise<number[]> {
  const [row] = await tx.$queryRawUnsafe<{ first: number | null }[]>(
    `SELECT extract(year from least(
       (SELECT min("workedOn") FROM "HoursEntry"),
       (SELECT min(${local('"createdAt"')}) FROM "VolunteerProfile"),
       (SELECT min(${local('"createdAt"')}) FROM "Organizer"),
       (SELECT min(${local('"startsAt"')}) FROM "Project" WHERE "status" IN ('PUBLISHED', 'COMPLETED'))
     ))::int AS first`,
  );
  const current = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Almaty", year: "numeric" }).format(now));
  const first = Math.max(row?.first ?? current, current - 30);
  return Array.from({ length: current - first + 1 }, (_, i) => first + i);
}

export type RefreshResult = { years: number[]; durationMs: number; hoursWatermark: Date | null };

/**
 * Rebuilds the given years, or every year with data ("all"). The hours watermark records the
 * latest confirmation the rebuild saw, so refreshAfterConfirmations() knows what is new.
 */
export async function refreshStatistics(
  db: Db,
  opts: { years: readonly number[] | "all"; now?: Date },
): Promise<RefreshResult> {
  const now = opts.now ?? new Date();
  const started = Date.now();
  return db.$transaction(
    async (tx) => {
      // Anything confirmed after this point is picked up by the next run.
      const [mark] = await tx.$queryRawUnsafe<{ watermark: Date | null }[]>(
        `SELECT max("confirmedAt") AS watermark FROM "HoursEntry"`,
      );
      const years = opts.years === "all" ? await allYears(tx, now) : [...new Set(opts.years)].sort();
      if (years.length > 0) {
        for (const sql of rebuildStatements(years, now)) await tx.$executeRawUnsafe(sql);
      }
      const durationMs = Date.now() - started;
      await tx.statRefresh.create({
        data: {
          years,
          startedAt: new Date(started),
          finishedAt: new Date(),
          durationMs,
          hoursWatermark: mark?.watermark ?? null,
        },
      });
      return { years, durationMs, hoursWatermark: mark?.watermark ?? null };
    },
    { maxWait: 60_000, timeout: 15 * 60_000 },
  );
}

/**
 * A rebuild after confirmations runs only where it is cheap: when the last rebuild of those
 * years took less than this. At national scale a year takes seconds, and organizers confirm
 * hours all day long, so there the ten-minute rebuild picks them up instead.
 */
export const CHEAP_REBUILD_MS = 3_000;

/**
 * Rebuilds the years of hours confirmed since the last rebuild (the minute job), if that is cheap;
 * nothing when nothing was confirmed. On a database never rebuilt, rebuilds every year.
 */
export async function refreshAfterConfirmations(db: Db, now = new Date()): Promise<RefreshResult | null> {
  const last = await db.statRefresh.findFirst({ orderBy: { id: "desc" }, select: { hoursWatermark: true } });
  if (!last) return refreshStatistics(db, { years: "all", now });
  const rows = await db.$queryRawUnsafe<{ year: number }[]>(
    `SELECT DISTINCT extract(year from "workedOn")::int AS year FROM "HoursEntry"
      WHERE "confirmedAt" > coalesce($1::timestamptz AT TIME ZONE 'UTC', '-infinity')`,
    last.hoursWatermark ? last.hoursWatermark.toISOString() : null,
  );
  if (rows.length === 0) return null;
  const years = rows.map((r) => r.year);
  const previous = await db.statRefresh.findFirst({
    where: { years: { hasSome: years } },
    orderBy: { id: "desc" },
    select: { durationMs: true },
  });
  if (previous && previous.durationMs > CHEAP_REBUILD_MS) return null;
  return refreshStatistics(db, { years, now });
}

/**
 * After an admin changed the wages of `year`: rebuilds that year and every later one up to now
 * (a later year without its own figures is valued at this one) when that is cheap, as after
 * confirmations; otherwise the ten-minute and nightly rebuilds pick the change up. Returns
 * whether the figures were rebuilt now.
 */
export async function refreshAfterWageChange(db: Db, year: number, now = new Date()): Promise<boolean> {
  const current = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Almaty", year: "numeric" }).format(now));
  if (year > current) return true;
  const years = Array.from({ length: current - year + 1 }, (_, i) => year + i);
  const previous = await db.statRefresh.findFirst({
    where: { years: { hasSome: years } },
    orderBy: { id: "desc" },
    select: { durationMs: true },
  });
  if (previous && previous.durationMs > CHEAP_REBUILD_MS) return false;
  await refreshStatistics(db, { years, now });
  return true;
}
