import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere } from "@/modules/organizers/scope";

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
