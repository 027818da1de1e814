import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RegionCode } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { zonedToUtc } from "@/domain/time";
import { regionByCode } from "@/domain/regions";
import { proposeSdgLinks } from "@/domain/sdg-directions";
import { needsSocialSubtype } from "@/domain/classification";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegionWhere, staffsRegion } from "@/modules/staff/scope";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import type { CallOutData } from "./schema";
import { effectiveMinAge, isAdultOnly } from "./policy";
import { queueFanOutInTransaction } from "./fan-out";

/** Requests the viewer's organizer took and still works on: it may call out for them (its region only). */
export function acceptedByViewerWhere(viewer: Viewer): Prisma.HelpRequestWhereInput {
  return { assignedOrganizer: managedOrganizerWhere(viewer), acceptedAt: { not: null }, status: "IN_PROGRESS" };
}

/**
 * Who may create this call-out. Regional staff for regions they all staff, the national admin for
 * any; from a request for help (helpRequestId): the staff of the request's region, or the
 * organizer that accepted it — for the request's region only and as its own coordinator. Another
 * region's request answers like a missing one; a person who is none of these is refused.
 */
async function authorize(db: Db, viewer: Viewer, input: CallOutData): Promise<void> {
  const staffAll = input.regions.every((r) => staffsRegion(viewer, r));
  if (input.helpRequestId) {
    const staffed = await db.helpRequest.count({ where: { id: input.helpRequestId, ...staffedRegionWhere(viewer) } });
    if (staffed > 0) {
      if (!staffAll) throw new AppError("callOuts.errors.REGION_NOT_STAFFED", "regions");
      return;
    }
    const taken = await db.helpRequest.findFirst({
      where: { id: input.helpRequestId, ...acceptedByViewerWhere(viewer) },
      select: { regionCode: true, assignedOrganizerId: true },
    });
    if (!taken) throw new AppError("NOT_FOUND");
    if (input.regions.length !== 1 || input.regions[0] !== taken.regionCode)
      throw new AppError("callOuts.errors.REQUEST_REGION_ONLY", "regions");
    if (input.organizerId !== taken.assignedOrganizerId)
      throw new AppError("callOuts.errors.OWN_ORGANIZER_ONLY", "organizerId");
    return;
  }
  if (!viewer.isAdmin && viewer.staffRegions.length === 0) throw new AppError("FORBIDDEN");
  if (!staffAll) throw new AppError("callOuts.errors.REGION_NOT_STAFFED", "regions");
}

/**
 * Creates a call-out and everything behind it in one transaction: the coordinating organizer's
 * project, published at once (staff create it, so it needs no moderation), its one first-come
 * role (the places, the waiting list, attendance and hours go through it), the call-out, the
 * audit entry and the fan-out's first job — so no call-out is left without its fan-out.
 */
export async function createCallOut(
  db: Db,
  viewer: Viewer,
  input: CallOutData,
  now = new Date(),
): Promise<{ id: string; projectId: string }> {
  await authorize(db, viewer, input);
  const regions = [...new Set(input.regions)] as RegionCode[];
  const organizer = await db.organizer.findFirst({
    where: { id: input.organizerId, verificationStatus: "VERIFIED", regionCode: { in: regions } },
    select: { id: true },
  });
  if (!organizer) throw new AppError("callOuts.errors.ORGANIZER_NOT_ELIGIBLE", "organizerId");
  const training = input.requiredTraining
    ? await db.training.findUnique({ where: { code: input.requiredTraining }, select: { id: true } })
    : null;
  if (input.requiredTraining && !training) throw new AppError("INVALID_INPUT", "requiredTraining");

  const startsAt = zonedToUtc(input.startDate, input.startTime);
  const endsAt = zonedToUtc(input.endDate, input.endTime);
  const answerBy = zonedToUtc(input.answerByDate, input.answerByTime);
  if (answerBy <= now) throw new AppError("callOuts.errors.ANSWER_BY_PAST", "answerByDate");
  const minAge = effectiveMinAge(input.direction, input.minAge);
  const hazardous = isAdultOnly(input.direction);

  return db.$transaction(
    async (tx) => {
      const project = await tx.project.create({
        data: {
          organizerId: organizer.id,
          title: input.title,
          description: input.description,
          language: viewer.locale,
          compositions: ["GENERAL"],
          primaryDirection: input.direction,
          // A social project names its kind; a call-out for social work is humanitarian aid.
          socialSubtype: needsSocialSubtype(input.direction) ? "HUMANITARIAN_AID" : null,
          scope: regions.length > 1 ? "NATIONAL" : "REGIONAL",
          duration: endsAt.getTime() - startsAt.getTime() > 7 * 86_400_000 ? "PROJECT" : "ONE_TIME",
          hazardous,
          regionCode: regions[0]!,
          // A project is online or somewhere: without a settlement, the first region's centre.
          settlement: input.settlements[0] ?? regionByCode(regions[0]!).center[viewer.locale],
          startsAt,
          endsAt,
          contactName: viewer.name,
          status: "PUBLISHED",
          publishedAt: now,
          reviewedAt: now,
          reviewedById: viewer.id,
          createdById: viewer.id,
          sdgs: { create: proposeSdgLinks([input.direction], input) },
          roles: {
            create: [
              {
                title: input.title.slice(0, 120),
                capacity: input.peopleNeeded,
                minAge,
                skills: input.skills,
                requiredTrainingId: training?.id ?? null,
                mode: "FIRST_COME",
              },
            ],
          },
        },
        select: { id: true, roles: { select: { id: true } } },
      });
      const callOut = await tx.callOut.create({
        data: {
          projectId: project.id,
          roleId: project.roles[0]!.id,
          helpRequestId: input.helpRequestId ?? null,
          createdById: viewer.id,
          title: input.title,
          description: input.description,
          direction: input.direction,
          regions,
          settlements: input.settlements,
          startsAt,
          endsAt,
          peopleNeeded: input.peopleNeeded,
          minAge,
          skills: input.skills,
          answerBy,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: "callOut.create",
        entityType: "CallOut",
        entityId: callOut.id,
        regionCode: regions[0],
        data: {
          projectId: project.id,
          regions,
          peopleNeeded: input.peopleNeeded,
          helpRequestId: input.helpRequestId ?? null,
        },
      });
      await queueFanOutInTransaction(tx, { callOutId: callOut.id, after: "" });
      return { id: callOut.id, projectId: project.id };
      // Six writes and the job: more than Prisma's 5 s default on a loaded machine must not fail it.
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
