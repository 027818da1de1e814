import "server-only";
import type { Db } from "@/server/prisma-client";
import { z } from "zod";
import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "./viewer";

const viewerRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(["kk", "ru", "en"]),
  isAdmin: z.boolean(),
  sessionVersion: z.number(),
  emailConfirmed: z.boolean(),
  revoked: z.boolean(),
  birthDate: z.string().nullable(),
  volunteerRegion: z.string().nullable(),
  guardianConsentAt: z.string().nullable(),
  memberships: z.array(
    z.object({ organizerId: z.string(), role: z.enum(["OWNER", "COORDINATOR"]), slug: z.string(), name: z.string() }),
  ),
  staffRegions: z.array(z.string()),
});

/**
 * Loads a user with the roles every policy needs, in one round trip (every signed-in request
 * comes through here: decision 0021); null for a deleted user, a bumped sessionVersion or — when
 * `sessionId` is given — a signed-out session. Dates travel as text so no driver time zone applies.
 */
export async function loadViewer(
  db: Db,
  userId: string,
  sessionVersion?: number,
  sessionId?: string,
): Promise<Viewer | null> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT u.id, u.email, u.name, u.locale::text AS locale, u."isAdmin", u."sessionVersion",
      u."emailConfirmedAt" IS NOT NULL AS "emailConfirmed",
      EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.id = ${sessionId ?? ""}) AS revoked,
      v."birthDate"::text AS "birthDate", v."regionCode"::text AS "volunteerRegion",
      to_char(v."guardianConsentAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "guardianConsentAt",
      COALESCE((SELECT json_agg(json_build_object('organizerId', m."organizerId", 'role', m.role, 'slug', o.slug, 'name', o.name)
                  ORDER BY m."createdAt", m."organizerId")
                FROM "OrganizerMember" m JOIN "Organizer" o ON o.id = m."organizerId" WHERE m."userId" = u.id), '[]') AS memberships,
      ARRAY(SELECT s."regionCode"::text FROM "StaffAssignment" s WHERE s."userId" = u.id ORDER BY s."regionCode") AS "staffRegions"
    FROM "User" u LEFT JOIN "VolunteerProfile" v ON v."userId" = u.id
    WHERE u.id = ${userId} AND u."deletedAt" IS NULL`;
  if (rows.length === 0) return null;
  const user = viewerRow.parse(rows[0]);
  if (user.revoked) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: user.isAdmin,
    emailConfirmed: user.emailConfirmed,
    volunteer:
      user.birthDate && user.volunteerRegion
        ? {
            birthDate: new Date(`${user.birthDate}T00:00:00.000Z`),
            regionCode: user.volunteerRegion as RegionCode,
            guardianConsentAt: user.guardianConsentAt ? new Date(user.guardianConsentAt) : null,
          }
        : null,
    memberships: user.memberships,
    staffRegions: user.staffRegions as RegionCode[],
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
      createdAt: true,
      updatedAt: true,
      user: { select: { name: true, locale: true } },
    },
  });
}

/** Whether the person saved the profile since signing up (then the sign-up welcome is over). */
export function profileSavedSinceSignUp(profile: { createdAt: Date; updatedAt: Date }): boolean {
  return profile.updatedAt.getTime() > profile.createdAt.getTime();
}
