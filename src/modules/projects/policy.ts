import type { ProjectStatus } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import { canEditOrganizer } from "@/modules/organizers/policy";

/** Members of the project's organizer (and admins) create, edit, submit and cancel its projects. */
export function canManageProject(viewer: Viewer | null, project: { organizerId: string }): boolean {
  return canEditOrganizer(viewer, project.organizerId);
}

/** What the public sees; drafts and decisions stay with the organizer and the moderators. */
export function isPublicStatus(status: ProjectStatus): boolean {
  return status === "PUBLISHED" || status === "COMPLETED" || status === "CANCELLED";
}

export const EDITABLE_STATUSES: readonly ProjectStatus[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED"];

/** A substantive change sends a published project back to moderation; capacity and dates do not. */
export function isSubstantiveChange(
  before: { title: string; description: string; compositions: string[]; primaryDirection: string; secondaryDirection: string | null; socialSubtype: string | null; scope: string; duration: string; hazardous: boolean; birgemiz: string[] },
  after: typeof before,
): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return (
    before.title !== after.title ||
    before.description !== after.description ||
    !same(before.compositions, after.compositions) ||
    before.primaryDirection !== after.primaryDirection ||
    before.secondaryDirection !== after.secondaryDirection ||
    before.socialSubtype !== after.socialSubtype ||
    before.scope !== after.scope ||
    before.duration !== after.duration ||
    before.hazardous !== after.hazardous ||
    !same(before.birgemiz, after.birgemiz)
  );
}
