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
  const [organizers, projects, oldestOrganizer, oldestProject] = await Promise.all([
    db.organizer.count({ where: { ...where, verificationStatus: "PENDING" } }),
    db.project.count({ where: { ...where, status: "SUBMITTED" } }),
    db.organizer.findFirst({
      where: { ...where, verificationStatus: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.project.findFirst({
      where: { ...where, status: "SUBMITTED" },
      orderBy: { submittedAt: "asc" },
      select: { submittedAt: true },
    }),
  ]);
  const oldest =
    [oldestOrganizer?.createdAt, oldestProject?.submittedAt]
      .filter((d): d is Date => Boolean(d))
      .sort((a, b) => +a - +b)[0] ?? null;
  return { organizers, projects, total: organizers + projects, oldest };
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
