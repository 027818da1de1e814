import "server-only";
import type { Db } from "@/server/prisma-client";
import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
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
