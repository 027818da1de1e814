import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { LegalForm } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import type { organizerProfileSchema, reviewOrganizerSchema } from "@/modules/accounts/schema";
import { staffedRegionWhere } from "@/modules/staff/scope";
import { managedOrganizerWhere } from "./scope";

type OrganizerProfile = z.output<typeof organizerProfileSchema>;
type ReviewOrganizer = z.output<typeof reviewOrganizerSchema>;

/**
 * Edits an organizer's profile (its members or an admin; anyone else finds nothing). Changing what verification vouched for (name, form, legal form,
 * BIN, region) sends the organizer back to the regional staff's queue.
 */
export async function updateOrganizer(db: Db, viewer: Viewer, organizerId: string, input: OrganizerProfile) {
  const current = await db.organizer.findFirst({
    where: { id: organizerId, ...managedOrganizerWhere(viewer) },
    select: { name: true, form: true, legalForm: true, bin: true, regionCode: true, verificationStatus: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const registered = input.form === "REGISTERED";
  const next = {
    name: input.orgName,
    form: input.form,
    legalForm: registered ? (input.legalForm as LegalForm) : null,
    bin: registered ? (input.bin ?? null) : null,
    regionCode: input.regionCode,
  };
  const reverify =
    current.verificationStatus !== "PENDING" &&
    (current.name !== next.name ||
      current.form !== next.form ||
      current.legalForm !== next.legalForm ||
      current.bin !== next.bin ||
      current.regionCode !== next.regionCode);
  try {
    await db.$transaction(async (tx) => {
      await tx.organizer.update({
        where: { id: organizerId },
        data: {
          ...next,
          settlement: input.settlement ?? null,
          directions: input.directions,
          description: input.description,
          email: input.orgEmail,
          phone: input.phone ?? null,
          website: input.website ?? null,
          ...(reverify
            ? { verificationStatus: "PENDING" as const, reviewedAt: null, reviewedById: null, reviewReason: null }
            : {}),
        },
      });
      await audit(tx, {
        actorId: viewer.id,
        action: reverify ? "organizer.update_reverify" : "organizer.update",
        entityType: "Organizer",
        entityId: organizerId,
        regionCode: input.regionCode,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e, "bin")) throw new AppError("BIN_TAKEN", "bin");
    throw e;
  }
  return { reverify };
}

/** Verifies or rejects an organizer: staff of the organizer's region or an admin only. */
export async function reviewOrganizer(db: Db, viewer: Viewer, input: ReviewOrganizer) {
  // Staff of another region get the same answer as for a missing organizer.
  const organizer = await db.organizer.findFirst({
    where: { id: input.organizerId, ...staffedRegionWhere(viewer) },
    select: { id: true, regionCode: true, members: { where: { role: "OWNER" }, select: { userId: true } } },
  });
  if (!organizer) throw new AppError("NOT_FOUND");
  const verified = input.decision === "VERIFY";
  await db.$transaction(async (tx) => {
    await tx.organizer.update({
      where: { id: organizer.id },
      data: {
        verificationStatus: verified ? "VERIFIED" : "REJECTED",
        reviewedById: viewer.id,
        reviewedAt: new Date(),
        reviewReason: input.reason ?? null,
      },
    });
    await notify(
      tx,
      organizer.members.map((m) => ({
        userId: m.userId,
        type: verified ? ("ORGANIZER_VERIFIED" as const) : ("ORGANIZER_REJECTED" as const),
        data: { organizerId: organizer.id, reason: input.reason ?? null },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: verified ? "organizer.verify" : "organizer.reject",
      entityType: "Organizer",
      entityId: organizer.id,
      regionCode: organizer.regionCode,
      data: { reason: input.reason ?? null },
    });
  });
}
