import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import { HELP_REQUEST_OVERDUE_HOURS } from "@/domain/help-requests";

/**
 * Requests an organizer the viewer manages took and still works on, not yet made into a project:
 * the ones the new-project form may start from and createProject may link (one rule for both).
 */
export function takenForProjectWhere(viewer: Viewer, organizerId: string): Prisma.HelpRequestWhereInput {
  return {
    assignedOrganizerId: organizerId,
    assignedOrganizer: managedOrganizerWhere(viewer),
    acceptedAt: { not: null },
    status: "IN_PROGRESS",
    projectId: null,
  };
}

/**
 * Requests overdue at `now` (the rule of isOverdue in src/domain/help-requests.ts, as a where):
 * waiting for the front office or for the organizer it was offered to, with no step for 48 hours.
 */
export function overdueWhere(now = new Date()): Prisma.HelpRequestWhereInput {
  return {
    updatedAt: { lt: new Date(now.getTime() - HELP_REQUEST_OVERDUE_HOURS * 3600_000) },
    OR: [{ status: "NEW" }, { status: "IN_PROGRESS", acceptedAt: null }],
  };
}
