import type { Prisma } from "@/generated/prisma/client";
import type { MemberRole } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";

// What of an organizer a viewer manages, in one place (documenso's getEnvelopeWhereInput). Every
// query and mutation spreads these into its `where`, so a forgotten check finds nothing, and
// another organizer's profile, project, application or hours entry answers exactly like a
// missing one: NOT_FOUND, a 404 page. Members (owner and coordinators) manage everything of their
// organizer except its team, which is the owner's; admins manage every organizer.
//
// The boolean twin managesOrganizer answers the same question from the session's memberships, for
// what a page shows (an edit link, a panel) on a record read for everyone. It never authorizes a
// read or a change: that is always the where-input, read from the database.

/** Organizers the user is a member of (in the given role, or any). */
export function memberOfWhere(userId: string, role?: MemberRole): Prisma.OrganizerWhereInput {
  return { members: { some: role ? { userId, role } : { userId } } };
}

/** Organizers whose profile, projects, applications and hours the viewer manages. */
export function managedOrganizerWhere(viewer: Viewer): Prisma.OrganizerWhereInput {
  return viewer.isAdmin ? {} : memberOfWhere(viewer.id);
}

/** Organizers whose team the viewer manages (invitations, removals, handing over): its owner's. */
export function ownedOrganizerWhere(viewer: Viewer): Prisma.OrganizerWhereInput {
  return viewer.isAdmin ? {} : memberOfWhere(viewer.id, "OWNER");
}

/** Projects of the organizers the viewer manages: drafts, edits, cancellations, the hours page. */
export function managedProjectWhere(viewer: Viewer): Prisma.ProjectWhereInput {
  return viewer.isAdmin ? {} : { organizer: managedOrganizerWhere(viewer) };
}

/**
 * Applications to the projects the viewer manages: the ones they decide, export, mark attendance
 * on and confirm hours for.
 */
export function managedApplicationWhere(viewer: Viewer): Prisma.ApplicationWhereInput {
  return viewer.isAdmin ? {} : { project: managedProjectWhere(viewer) };
}

/** Hours entries on the projects the viewer manages: the ones they confirm, dispute and correct. */
export function managedHoursEntryWhere(viewer: Viewer): Prisma.HoursEntryWhereInput {
  return viewer.isAdmin ? {} : { project: managedProjectWhere(viewer) };
}

/** For what a page shows: whether the viewer manages this organizer (see managedOrganizerWhere). */
export function managesOrganizer(viewer: Viewer | null, organizerId: string): boolean {
  return Boolean(viewer && (viewer.isAdmin || viewer.memberships.some((m) => m.organizerId === organizerId)));
}
