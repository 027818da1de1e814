import "server-only";
import type { Db } from "@/server/prisma-client";
import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import { db as appDb } from "@/server/db";
import { memoizeByKey } from "@/server/memo";
import { staffedRegionWhere, staffedRegions } from "@/modules/staff/scope";

// The queue of the regions the viewer staffs (src/modules/staff/scope.ts); null for anyone who
// staffs none.

/** Counts and the oldest waiting item, for the navigation. */
export async function moderationCounts(db: Db, viewer: Viewer | null) {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const where = staffedRegionWhere(viewer);
  // Two aggregates (count and oldest in one query each): the header shows this on every page.
  const [organizers, projects] = await Promise.all([
    db.organizer.aggregate({
      where: { ...where, verificationStatus: "PENDING" },
      _count: { _all: true },
      _min: { createdAt: true },
    }),
    db.project.aggregate({
      where: { ...where, status: "SUBMITTED" },
      _count: { _all: true },
      _min: { submittedAt: true },
    }),
  ]);
  const oldest =
    [organizers._min.createdAt, projects._min.submittedAt]
      .filter((d): d is Date => Boolean(d))
      .sort((a, b) => +a - +b)[0] ?? null;
  const counts = { organizers: organizers._count._all, projects: projects._count._all };
  return { ...counts, total: counts.organizers + counts.projects, oldest };
}

const PAGE = 50;

/** The queue of one region (or all the viewer's regions), oldest first. */
export async function moderationQueue(db: Db, viewer: Viewer | null, region?: RegionCode) {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const where = staffedRegionWhere(viewer, region);
  const [organizers, projects] = await Promise.all([
    db.organizer.findMany({
      where: { ...where, verificationStatus: "PENDING" },
      orderBy: { createdAt: "asc" },
      take: PAGE,
      select: { id: true, slug: true, name: true, form: true, bin: true, regionCode: true, createdAt: true },
    }),
    db.project.findMany({
      where: { ...where, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      take: PAGE,
      select: {
        id: true,
        title: true,
        regionCode: true,
        submittedAt: true,
        primaryDirection: true,
        organizer: { select: { name: true, slug: true, verificationStatus: true } },
      },
    }),
  ]);
  return { organizers, projects };
}

/**
 * The next thing waiting for the viewer after deciding on `decidedProjectId`: the oldest
 * submitted project of the viewer's regions, else the oldest organizer to verify; null when the
 * queue is empty (or the viewer staffs nothing).
 */
export async function nextInQueue(
  db: Db,
  viewer: Viewer | null,
  decidedProjectId: string,
): Promise<{ kind: "project"; id: string; title: string } | { kind: "organizer"; slug: string; name: string } | null> {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const where = staffedRegionWhere(viewer);
  const project = await db.project.findFirst({
    where: { ...where, status: "SUBMITTED", id: { not: decidedProjectId } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true },
  });
  if (project) return { kind: "project", ...project };
  const organizer = await db.organizer.findFirst({
    where: { ...where, verificationStatus: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { slug: true, name: true },
  });
  return organizer ? { kind: "organizer", ...organizer } : null;
}

/** Fewer decisions than this say nothing about how long moderation takes: no figure is shown. */
export const MODERATION_TIME_MIN_DECISIONS = 5;
const MODERATION_TIME_WINDOW_DAYS = 365;
const MODERATION_TIME_MAX_DECISIONS = 200;

export type ModerationTime = { decisions: number; medianMs: number | null };

/**
 * How long a region's front office usually takes to decide on a project: the median time from a
 * project's (re)submission to the moderator's decision, over the region's latest decisions of the
 * past year, both read from the audit log (project.submit or project.update_remoderate, then
 * project.approve / request_changes / reject). `medianMs` is null below
 * MODERATION_TIME_MIN_DECISIONS decisions. One query; public, not personal.
 */
export async function regionModerationTime(db: Db, region: RegionCode, now = new Date()): Promise<ModerationTime> {
  const since = new Date(now.getTime() - MODERATION_TIME_WINDOW_DAYS * 86_400_000);
  const [row] = await db.$queryRaw<{ decisions: number; median_ms: number | null }[]>`
    WITH decisions AS (
      SELECT d."entityId", d."createdAt" AS decided_at
      FROM "AuditLog" d
      WHERE d."entityType" = 'Project'
        AND d.action IN ('project.approve', 'project.request_changes', 'project.reject')
        AND d."regionCode" = ${region}::"RegionCode"
        AND d."createdAt" > ${since}
      ORDER BY d."createdAt" DESC
      LIMIT ${MODERATION_TIME_MAX_DECISIONS}
    ), waits AS (
      SELECT d.decided_at - s.submitted_at AS wait
      FROM decisions d
      CROSS JOIN LATERAL (
        SELECT max(s."createdAt") AS submitted_at
        FROM "AuditLog" s
        WHERE s."entityType" = 'Project' AND s."entityId" = d."entityId"
          AND s.action IN ('project.submit', 'project.update_remoderate')
          AND s."createdAt" <= d.decided_at
      ) s
      WHERE s.submitted_at IS NOT NULL
    )
    SELECT count(*)::int AS decisions,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM wait)) * 1000)::float8 AS median_ms
    FROM waits`;
  const decisions = row?.decisions ?? 0;
  return {
    decisions,
    medianMs: decisions >= MODERATION_TIME_MIN_DECISIONS && row?.median_ms != null ? row.median_ms : null,
  };
}

/** The figure as organizers see it after sending a project, recomputed at most every five minutes per region. */
export const cachedRegionModerationTime = memoizeByKey(5 * 60_000, (region: RegionCode) =>
  regionModerationTime(appDb, region),
);
