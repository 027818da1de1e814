import type { MemberRole, RegionCode } from "@/generated/prisma/enums";
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
  return Boolean(
    viewer && (viewer.isAdmin || viewer.memberships.some((m) => m.organizerId === organizerId && m.role === "OWNER")),
  );
}

/** Who sees the team page: the owner and admins manage it, coordinators see it and may leave. */
export function canSeeTeam(viewer: Viewer | null, organizerId: string): boolean {
  return canManageMembers(viewer, organizerId) || isMemberOf(viewer, organizerId);
}

/**
 * Handing an organizer over, decided on the team as locked in the transaction: the current owner
 * (or an admin) gives it to a current coordinator; anything else is refused with the reason.
 */
export function transferRefusal(
  actor: { id: string; isAdmin: boolean },
  team: { ownerId: string | null; target: { role: MemberRole; deleted: boolean } | null },
): "FORBIDDEN" | "members.errors.NOT_COORDINATOR" | null {
  if (!actor.isAdmin && team.ownerId !== actor.id) return "FORBIDDEN";
  if (!team.target || team.target.deleted || team.target.role !== "COORDINATOR")
    return "members.errors.NOT_COORDINATOR";
  return null;
}

/** A coordinator may leave; the owner hands the organizer over first. */
export function leaveRefusal(role: MemberRole | null): "NOT_FOUND" | "members.errors.OWNER_CANNOT_LEAVE" | null {
  if (role === null) return "NOT_FOUND";
  if (role === "OWNER") return "members.errors.OWNER_CANNOT_LEAVE";
  return null;
}
