import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/modules/accounts/viewer";
import { canAppointStaff } from "./policy";

export async function listStaff(db: Db, viewer: Viewer) {
  if (!canAppointStaff(viewer)) throw new AppError("FORBIDDEN");
  return db.staffAssignment.findMany({
    where: { user: { deletedAt: null } },
    orderBy: [{ regionCode: "asc" }, { createdAt: "asc" }],
    select: { regionCode: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}
