import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";

export function isMemberOf(viewer: Viewer | null, organizerId: string): boolean {
  return Boolean(viewer?.memberships.some((m) => m.organizerId === organizerId));
}

/** Owners and coordinators edit their own organizer's profile; admins any. */
export function canEditOrganizer(viewer: Viewer | null, organizerId: string): boolean {
  return Boolean(viewer && (viewer.isAdmin || isMemberOf(viewer, organizerId)));
}

/** Regional staff verify organizers of their own region only; admins everywhere. */
export function canReviewInRegion(viewer: Viewer | null, regionCode: RegionCode): boolean {
  return Boolean(viewer && (viewer.isAdmin || viewer.staffRegions.includes(regionCode)));
}

/** Only the owner (or an admin) adds and removes the organizer's coordinators. */
export function canManageMembers(viewer: Viewer | null, organizerId: string): boolean {
  return Boolean(viewer && (viewer.isAdmin || viewer.memberships.some((m) => m.organizerId === organizerId && m.role === "OWNER")));
}
