import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "./viewer";

/** Loads a user with the roles every policy needs; null for a deleted or signed-out session. */
export async function loadViewer(db: Db, userId: string, sessionVersion?: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      isAdmin: true,
      sessionVersion: true,
      emailConfirmedAt: true,
      deletedAt: true,
      volunteer: { select: { birthDate: true, regionCode: true, guardianConsentAt: true } },
      memberships: { select: { organizerId: true, role: true, organizer: { select: { slug: true, name: true } } } },
      staffAssignments: { select: { regionCode: true }, orderBy: { regionCode: "asc" } },
    },
  });
  if (!user || user.deletedAt) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: user.isAdmin,
    emailConfirmed: user.emailConfirmedAt !== null,
    volunteer: user.volunteer,
    memberships: user.memberships.map((m) => ({
      organizerId: m.organizerId,
      role: m.role,
      slug: m.organizer.slug,
      name: m.organizer.name,
    })),
    staffRegions: user.staffAssignments.map((s) => s.regionCode),
  };
}

export async function getVolunteerProfile(db: Db, viewer: Viewer) {
  // Scoped to the viewer: there is no way to ask for someone else's profile here.
  return db.volunteerProfile.findUnique({
    where: { userId: viewer.id },
    select: {
      birthDate: true,
      gender: true,
      regionCode: true,
      settlement: true,
      phone: true,
      languages: true,
      skills: true,
      interests: true,
      compositions: true,
      employment: true,
      availability: true,
      about: true,
      guardianName: true,
      guardianContact: true,
      guardianConsentAt: true,
      user: { select: { name: true, locale: true } },
    },
  });
}
