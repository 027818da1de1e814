import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { RegionCode } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import type { appointStaffSchema } from "@/modules/accounts/schema";
import { canAppointStaff } from "./policy";

/** Appoints an existing account as staff of a region's front office. Admins only. */
export async function appointStaff(db: Db, viewer: Viewer, input: z.output<typeof appointStaffSchema>) {
  if (!canAppointStaff(viewer)) throw new AppError("FORBIDDEN");
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, deletedAt: true } });
  // The admin can do nothing about it but ask the person to sign up: say so, not just "not found".
  if (!user || user.deletedAt) throw new AppError("staff.noAccount", "email");
  const existing = await db.staffAssignment.findUnique({
    where: { userId_regionCode: { userId: user.id, regionCode: input.regionCode } },
    select: { userId: true },
  });
  if (existing) throw new AppError("ALREADY_STAFF", "email");
  await db.$transaction(async (tx) => {
    await tx.staffAssignment.create({
      data: { userId: user.id, regionCode: input.regionCode, appointedById: viewer.id },
    });
    await notify(tx, { userId: user.id, type: "STAFF_APPOINTED", data: { regionCode: input.regionCode } });
    await audit(tx, {
      actorId: viewer.id,
      action: "staff.appoint",
      entityType: "User",
      entityId: user.id,
      regionCode: input.regionCode,
    });
  });
}

export async function removeStaff(db: Db, viewer: Viewer, userId: string, regionCode: RegionCode) {
  if (!canAppointStaff(viewer)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const { count } = await tx.staffAssignment.deleteMany({ where: { userId, regionCode } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit(tx, { actorId: viewer.id, action: "staff.remove", entityType: "User", entityId: userId, regionCode });
  });
}
