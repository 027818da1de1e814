import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { isMinor } from "@/domain/age";
import type { Viewer } from "@/modules/accounts/viewer";
import type { availabilitySchema } from "./schema";

/** The viewer's own availability, travel range, call-out regions and findability; null for non-volunteers. */
export async function getMyAvailability(db: Db, viewer: Viewer) {
  // Scoped to the viewer: there is no way to ask for someone else's.
  return db.volunteerProfile.findUnique({
    where: { userId: viewer.id },
    select: {
      weeklyAvailability: true,
      travelRange: true,
      callOutRegions: true,
      findable: true,
      regionCode: true,
      birthDate: true,
    },
  });
}

/**
 * Saves the viewer's availability. A minor may opt in to call-outs (they never receive emergency
 * or search-and-rescue ones: call-out recipients are chosen by the requirements) but is never
 * findable by organizers: `findable` is stored false whatever was sent.
 */
export async function updateMyAvailability(db: Db, viewer: Viewer, input: z.output<typeof availabilitySchema>) {
  const profile = await db.volunteerProfile.findUnique({ where: { userId: viewer.id }, select: { birthDate: true } });
  if (!profile) throw new AppError("volunteerSearch.errors.NOT_VOLUNTEER");
  const minor = isMinor(profile.birthDate, new Date());
  const findable = input.findable && !minor;
  await db.$transaction(async (tx) => {
    await tx.volunteerProfile.update({
      where: { userId: viewer.id },
      data: {
        weeklyAvailability: input.weeklyAvailability,
        travelRange: input.travelRange,
        callOutRegions: input.callOutRegions,
        findable,
      },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "volunteer.availability_updated",
      entityType: "User",
      entityId: viewer.id,
      data: {
        slots: input.weeklyAvailability.length,
        travelRange: input.travelRange,
        callOutRegions: input.callOutRegions,
        findable,
      },
    });
  });
  return { findable };
}
