import type { MemberRole } from "@/generated/prisma/enums";

// Who manages which organizer is scope.ts; these are the team's rules on top of it.

/**
 * Handing an organizer over, decided on the team as locked in the transaction: the current owner
 * (or an admin) gives it to a current coordinator; anything else is refused with the reason.
 * Someone who is not (or no longer) the owner finds no team to hand over: NOT_FOUND, as for any
 * organizer outside their scope.
 */
export function transferRefusal(
  actor: { id: string; isAdmin: boolean },
  team: { ownerId: string | null; target: { role: MemberRole; deleted: boolean } | null },
): "NOT_FOUND" | "members.errors.NOT_COORDINATOR" | null {
  if (!actor.isAdmin && team.ownerId !== actor.id) return "NOT_FOUND";
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
