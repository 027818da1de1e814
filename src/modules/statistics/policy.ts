import type { Viewer } from "@/modules/accounts/viewer";
import { staffsRegion } from "@/modules/staff/scope";
import { AREAS, NATION, type Area } from "./schema";

/**
 * Who sees the full statistics of an area (every cut, exact small numbers, the exports): admins
 * the whole country and every region, regional staff their own regions. Everyone else, and
 * everyone for the public overview, sees national figures with small groups withheld.
 */
export function canViewArea(viewer: Viewer | null, area: Area): boolean {
  return area === NATION ? Boolean(viewer?.isAdmin) : staffsRegion(viewer, area);
}

/** The areas a viewer may open, the country first. */
export function viewableAreas(viewer: Viewer | null): Area[] {
  return AREAS.filter((area) => canViewArea(viewer, area));
}

/** Only national admins keep the reference wages. */
export function canEditWages(viewer: Viewer | null): boolean {
  return Boolean(viewer?.isAdmin);
}
