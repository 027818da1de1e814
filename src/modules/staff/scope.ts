import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";

// The regions a viewer staffs, in one place: regional staff work their own regions' front office
// (verifying organizers, moderating projects, the full statistics), admins every region. Queries
// and mutations spread staffedRegionWhere into their `where`, so another region's organizer or
// project answers exactly like a missing one (NOT_FOUND, a 404 page). staffsRegion answers the
// same from the session, for what a page shows and for pure checks on a record already read.

/** The regions whose front office the viewer works: their own as staff, every one as an admin. */
export function staffedRegions(viewer: Viewer | null): RegionCode[] | "ALL" {
  if (!viewer) return [];
  if (viewer.isAdmin) return "ALL";
  return viewer.staffRegions;
}

/**
 * Rows (organizers, projects: anything with a regionCode) in the regions the viewer staffs, or
 * in `region` alone when given — nothing when the viewer does not staff it.
 */
export function staffedRegionWhere(
  viewer: Viewer | null,
  region?: RegionCode,
): { regionCode?: RegionCode | { in: RegionCode[] } } {
  const scope = staffedRegions(viewer);
  if (scope === "ALL") return region ? { regionCode: region } : {};
  return { regionCode: { in: region ? scope.filter((r) => r === region) : scope } };
}

/** Whether the viewer works this region's front office (see staffedRegionWhere). */
export function staffsRegion(viewer: Viewer | null, regionCode: RegionCode): boolean {
  const scope = staffedRegions(viewer);
  return scope === "ALL" || scope.includes(regionCode);
}
