import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RegionCode, TravelRange, WeekSlot } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { ADULT_AGE, MIN_VOLUNTEER_AGE, ageOn } from "@/domain/age";
import { dateValue, isoDate, utcToZoned, zonedToUtc } from "@/domain/time";
import { ageBand, shortName, slotsOfPeriod, type AgeBand } from "@/domain/week-slots";
import type { FindFilter } from "./schema";

export const FIND_PAGE_SIZE = 20;
/** At most this many invitations per volunteer per calendar month (Kazakhstan time), across all organizers. */
export const MONTHLY_INVITATION_CAP = 2;
/** At most this many invitations per organizer per day: against spam. */
export const DAILY_ORGANIZER_INVITATIONS = 50;

/**
 * A role the viewer may find volunteers for: a role of a published, not yet ended project of a
 * VERIFIED organizer the viewer is a member of (admins included only as members: finding people
 * is the organizer's own work). Anything else is null, a 404, exactly like a missing role.
 */
export async function getFindContext(
  db: Db,
  viewer: Viewer,
  ref: { roleId: string; slug?: string; projectId?: string },
) {
  const role = await db.projectRole.findFirst({
    where: {
      id: ref.roleId,
      project: {
        ...(ref.projectId ? { id: ref.projectId } : {}),
        status: "PUBLISHED",
        endsAt: { gt: new Date() },
        organizer: {
          ...(ref.slug ? { slug: ref.slug } : {}),
          verificationStatus: "VERIFIED",
          members: { some: { userId: viewer.id } },
        },
      },
    },
    select: {
      id: true,
      title: true,
      minAge: true,
      skills: true,
      capacity: true,
      acceptedCount: true,
      requiredTraining: { select: { id: true, code: true } },
      project: {
        select: {
          id: true,
          title: true,
          regionCode: true,
          settlement: true,
          isOnline: true,
          startsAt: true,
          endsAt: true,
          organizer: { select: { id: true, slug: true, name: true } },
        },
      },
    },
  });
  return role;
}
export type FindContext = NonNullable<Awaited<ReturnType<typeof getFindContext>>>;

/** "YYYY-MM-DD" n years earlier; 29 February becomes 28 February (never a day late for minors). */
function yearsBefore(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const candidate = new Date(Date.UTC(y! - years, m! - 1, d!));
  if (candidate.getUTCMonth() !== m! - 1) return isoDate(new Date(Date.UTC(y! - years, m!, 0)));
  return isoDate(candidate);
}

/** The start of the current calendar month in Kazakhstan, as an instant. */
export function kzMonthStart(now = new Date()): Date {
  return zonedToUtc(`${utcToZoned(now).date.slice(0, 7)}-01`, "00:00");
}

type Row = {
  id: string;
  name: string;
  birthDate: Date;
  regionCode: RegionCode;
  settlement: string | null;
  skills: string[];
  weeklyAvailability: WeekSlot[];
  travelRange: TravelRange;
  trainings: string[];
  invitedThisMonth: number;
  total: number;
};

export type FoundVolunteer = {
  id: string;
  /** First name and the initial of the surname; never the full name, email or phone. */
  name: string;
  ageBand: AgeBand;
  regionCode: RegionCode;
  settlement: string | null;
  skills: string[];
  trainings: string[];
  weeklyAvailability: WeekSlot[];
  travelRange: TravelRange;
  /** This month's invitations are used up: no invite button, a sentence instead. */
  capReached: boolean;
};

/**
 * The volunteers who fit a role, as one SQL statement: findable, adult (MINORS ARE NEVER LISTED,
 * whatever the role's minimum age: the WHERE clause excludes them), not deleted, email
 * confirmed, old enough for the role on the day it starts, with overlapping skills when the role
 * names some, holding the required training valid on the day it starts, within reach by their
 * own travel range (SETTLEMENT: same settlement of the project's region; REGION: the project's
 * region; ANYWHERE: everywhere; online projects: everyone), neither applied to the project nor
 * invited to it, and not in the organizer's own team. `only` narrows it to one volunteer (the
 * invite action checks its target through the very same rules).
 */
export async function findVolunteers(
  db: Db,
  ctx: FindContext,
  filter: FindFilter,
  only?: string,
): Promise<{ items: FoundVolunteer[]; total: number; pageSize: number; slots: WeekSlot[] }> {
  const now = new Date();
  const { project } = ctx;
  const today = utcToZoned(now).date;
  const startDay = project.startsAt > now ? utcToZoned(project.startsAt).date : today;
  // Born on or before this day: 18 today, and the role's age (at least 18) on the day it starts.
  const adultBy = yearsBefore(today, ADULT_AGE);
  const roleBy = yearsBefore(startDay, Math.max(ctx.minAge, MIN_VOLUNTEER_AGE, ADULT_AGE));
  const bornBy = adultBy < roleBy ? adultBy : roleBy;
  // Compared with PostgreSQL's lower() on both sides, so the database's rules for case apply alike.
  const skills = ctx.skills.map((s) => s.trim()).filter(Boolean);
  const settlement = project.settlement?.trim() || null;
  const slots = slotsOfPeriod(project.startsAt, project.endsAt) as WeekSlot[];
  const monthStart = kzMonthStart(now);
  const page = only ? 1 : filter.page;

  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT u.id, u.name, v."birthDate", v."regionCode", v.settlement, v.skills,
           v."weeklyAvailability"::text[] AS "weeklyAvailability", v."travelRange",
           ARRAY(SELECT t.code FROM "VolunteerCertificate" c JOIN "Training" t ON t.id = c."trainingId"
                 WHERE c."userId" = u.id AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${today}::date)
                 ORDER BY t.code) AS trainings,
           (SELECT count(*) FROM "VolunteerInvitation" i
             WHERE i."volunteerId" = u.id AND i."createdAt" >= ${monthStart})::int AS "invitedThisMonth",
           count(*) OVER ()::int AS total
    FROM "VolunteerProfile" v
    JOIN "User" u ON u.id = v."userId"
    WHERE v.findable
      AND u."deletedAt" IS NULL
      AND u."emailConfirmedAt" IS NOT NULL
      AND v."birthDate" <= ${bornBy}::date
      ${only ? Prisma.sql`AND u.id = ${only}` : Prisma.empty}
      ${
        skills.length
          ? Prisma.sql`AND EXISTS (SELECT 1 FROM unnest(v.skills) s WHERE lower(btrim(s)) IN (SELECT lower(r) FROM unnest(${skills}::text[]) r))`
          : Prisma.empty
      }
      ${
        ctx.requiredTraining
          ? Prisma.sql`AND EXISTS (SELECT 1 FROM "VolunteerCertificate" c
                 WHERE c."userId" = u.id AND c."trainingId" = ${ctx.requiredTraining.id}
                   AND (c."expiresOn" IS NULL OR c."expiresOn" >= ${startDay}::date))`
          : Prisma.empty
      }
      ${
        project.isOnline
          ? Prisma.empty
          : Prisma.sql`AND (v."travelRange" = 'ANYWHERE'
               OR (v."regionCode" = ${project.regionCode}::"RegionCode"
                   AND (v."travelRange" = 'REGION'
                        OR (${settlement}::text IS NOT NULL AND lower(btrim(v.settlement)) = lower(${settlement}::text)))))`
      }
      ${
        filter.near && settlement && !only
          ? Prisma.sql`AND v."regionCode" = ${project.regionCode}::"RegionCode" AND lower(btrim(v.settlement)) = lower(${settlement}::text)`
          : Prisma.empty
      }
      ${filter.available && !only ? Prisma.sql`AND v."weeklyAvailability" && ${slots}::"WeekSlot"[]` : Prisma.empty}
      AND NOT EXISTS (SELECT 1 FROM "Application" a WHERE a."projectId" = ${project.id} AND a."volunteerId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "VolunteerInvitation" i WHERE i."projectId" = ${project.id} AND i."volunteerId" = u.id)
      AND NOT EXISTS (SELECT 1 FROM "OrganizerMember" m WHERE m."organizerId" = ${project.organizer.id} AND m."userId" = u.id)
    ORDER BY (${settlement}::text IS NOT NULL AND lower(btrim(v.settlement)) = lower(${settlement}::text)) DESC,
             (v."regionCode" = ${project.regionCode}::"RegionCode") DESC,
             u.id
    LIMIT ${FIND_PAGE_SIZE} OFFSET ${(page - 1) * FIND_PAGE_SIZE}`);

  return {
    items: rows.map((r) => ({
      id: r.id,
      name: shortName(r.name),
      ageBand: ageBand(ageOn(r.birthDate, dateValue(today))),
      regionCode: r.regionCode,
      settlement: r.settlement,
      skills: r.skills,
      trainings: r.trainings,
      weeklyAvailability: r.weeklyAvailability,
      travelRange: r.travelRange,
      capReached: r.invitedThisMonth >= MONTHLY_INVITATION_CAP,
    })),
    total: rows[0]?.total ?? 0,
    pageSize: FIND_PAGE_SIZE,
    slots,
  };
}
