import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/modules/accounts/viewer";
import type { attendanceSchema } from "./schema";
import { attendanceRefusal } from "./policy";
import { applicationsOf, lockVolunteers, managedProject, setAttendance, TX_OPTIONS } from "./shared";

export type AttendanceResult = {
  changed: string[];
  /** Already marked so. */
  unchanged: string[];
  /** Not marked a no-show: they have confirmed hours (correct those first). */
  hasHours: string[];
  /** Not an accepted place of this project, or the account was deleted. */
  skipped: string[];
};

/** The organizer marks accepted volunteers attended or no-show, once the activity has started. */
export async function markAttendance(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof attendanceSchema>,
  now = new Date(),
): Promise<AttendanceResult> {
  const project = await managedProject(db, viewer, input.projectId);
  const ids = [...new Set(input.applicationIds)];
  const found = await applicationsOf(db, project.id, ids);
  const result: AttendanceResult = {
    changed: [],
    unchanged: [],
    hasHours: [],
    skipped: ids.filter((id) => !found.some((a) => a.id === id)),
  };
  const reason = attendanceRefusal({ status: "ACCEPTED" }, project, now);
  if (reason) throw new AppError(`hours.errors.${reason}`);
  if (found.length === 0) throw new AppError("NOT_FOUND");

  await db.$transaction(async (tx) => {
    await lockVolunteers(
      tx,
      found.map((a) => a.volunteerId),
    );
    const apps = await tx.application.findMany({
      where: { id: { in: found.map((a) => a.id) } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        attendance: true,
        volunteerId: true,
        _count: { select: { hours: { where: { status: "CONFIRMED" } } } },
      },
    });
    for (const app of apps) {
      if (app.status !== "ACCEPTED") result.skipped.push(app.id);
      else if (app.attendance === input.attendance) result.unchanged.push(app.id);
      else if (input.attendance === "NO_SHOW" && app._count.hours > 0) result.hasHours.push(app.id);
      else {
        await setAttendance(tx, viewer, project, app, input.attendance);
        result.changed.push(app.id);
      }
    }
  }, TX_OPTIONS);
  return result;
}
