import type { Viewer } from "@/modules/accounts/viewer";
import { REGION_CODES } from "@/domain/regions";
import { NATION, type Area } from "./schema";

/**
 * Who sees the full statistics of an area (every cut, exact small numbers, the exports): admins
 * the whole country and every region, regional staff their own regions. Everyone else, and
 * everyone for the public overview, sees national figures with small groups withheld.
 */
export function canViewArea(viewer: Viewer | null, area: Area): boolean {
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  return area !== NATION && viewer.staffRegions.includes(area);
}

/** The areas a viewer may open, the country first. */
export function viewableAreas(viewer: Viewer | null): Area[] {
  if (!viewer) return [];
  if (viewer.isAdmin) return [NATION, ...REGION_CODES];
  return REGION_CODES.filter((code) => viewer.staffRegions.includes(code));
}

/** Only national admins keep the reference wages. */
export function canEditWages(viewer: Viewer | null): boolean {
  return Boolean(viewer?.isAdmin);
}
