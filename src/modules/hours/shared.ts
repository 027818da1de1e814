import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Attendance, Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { dateValue } from "@/domain/time";
import { managedHoursEntryWhere, managedProjectWhere } from "@/modules/organizers/scope";
import { dateRefusal, entryHoursRefusal, refusalField, type HoursRefusal } from "./policy";

// What every change to hours shares: the per-volunteer lock, the day's count, the refusals, the
// organizer's scope, and the audit and notification written alongside the change.

export type Tx = Prisma.TransactionClient;

// Hours of one volunteer change one transaction at a time: each transaction first takes a
// transaction-scoped advisory lock per volunteer (sorted, so bulk confirmations never
// deadlock), then reads the day's total and writes. Two organizers confirming the same person at
// once therefore cannot together pass the 16-hour day or record the same day twice.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export async function lockVolunteers(tx: Tx, volunteerIds: string[]) {
  for (const id of [...new Set(volunteerIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`hours:${id}`}, 0))`;
  }
}

/** Only pending and confirmed entries count toward a day; disputed and superseded ones do not. */
const COUNTED = { in: ["PENDING", "CONFIRMED"] } as const satisfies Prisma.EnumHoursStatusFilter;

/** What already counts on the volunteer's day, across all projects, without `excludeId`. */
export async function otherHoursThatDay(
  tx: Tx,
  volunteerId: string,
  workedOn: string,
  excludeId?: string,
): Promise<number> {
  const agg = await tx.hoursEntry.aggregate({
    where: {
      volunteerId,
      workedOn: dateValue(workedOn),
      status: COUNTED,
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    _sum: { hours: true },
  });
  return agg._sum.hours?.toNumber() ?? 0;
}

/** Whether this application already has counted hours on that date (one entry per day and place). */
export async function hasEntryOn(
  tx: Tx,
  applicationId: string,
  workedOn: string,
  excludeId?: string,
): Promise<boolean> {
  const n = await tx.hoursEntry.count({
    where: {
      applicationId,
      workedOn: dateValue(workedOn),
      status: COUNTED,
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
  });
  return n > 0;
}

export function refuse(reason: HoursRefusal): never {
  throw new AppError(`hours.errors.${reason}`, refusalField(reason));
}

/** The bounds that do not depend on the volunteer's day: checked once, before any change. */
export function checkEntry(hours: number, workedOn: string, project: { startsAt: Date; endsAt: Date }, now: Date) {
  const reason = entryHoursRefusal(hours) ?? dateRefusal(workedOn, project, now);
  if (reason) refuse(reason);
}

export const PROJECT_SELECT = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  regionCode: true,
} as const;
export type ProjectRef = Prisma.ProjectGetPayload<{ select: typeof PROJECT_SELECT }>;

export async function managedProject(db: Db, viewer: Viewer, projectId: string): Promise<ProjectRef> {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: PROJECT_SELECT,
  });
  if (!project) throw new AppError("NOT_FOUND");
  return project;
}

/** Accepted applications of the project with a live volunteer account, among `ids`. */
export async function applicationsOf(db: Db | Tx, projectId: string, ids: string[]) {
  return db.application.findMany({
    where: { id: { in: [...new Set(ids)] }, projectId, status: "ACCEPTED", volunteer: { deletedAt: null } },
    select: { id: true, volunteerId: true },
  });
}

export async function setAttendance(
  tx: Tx,
  viewer: Viewer,
  project: ProjectRef,
  app: { id: string; volunteerId: string; attendance: Attendance | null },
  to: Attendance,
  implicit = false,
) {
  await tx.application.update({ where: { id: app.id }, data: { attendance: to } });
  await audit(tx, {
    actorId: viewer.id,
    action: "application.attendance",
    entityType: "Application",
    entityId: app.id,
    regionCode: project.regionCode,
    data: {
      projectId: project.id,
      volunteerId: app.volunteerId,
      from: app.attendance,
      to,
      ...(implicit ? { implicit: true } : {}),
    },
  });
}

export async function tellConfirmed(
  tx: Tx,
  project: ProjectRef,
  volunteerId: string,
  entry: { hours: number; workedOn: string; reason?: string },
) {
  await notify(tx, {
    userId: volunteerId,
    type: "HOURS_CONFIRMED",
    data: {
      projectId: project.id,
      projectTitle: project.title,
      hours: entry.hours,
      workedOn: entry.workedOn,
      ...(entry.reason ? { reason: entry.reason } : {}),
    },
  });
}

const ENTRY_SELECT = {
  id: true,
  status: true,
  hours: true,
  workedOn: true,
  volunteerId: true,
  applicationId: true,
  project: { select: PROJECT_SELECT },
} as const;

/** An entry of a project the viewer manages, with a live volunteer; NOT_FOUND otherwise. */
export async function managedEntry(db: Db, viewer: Viewer, entryId: string) {
  const entry = await db.hoursEntry.findFirst({
    where: { id: entryId, volunteer: { deletedAt: null }, ...managedHoursEntryWhere(viewer) },
    select: ENTRY_SELECT,
  });
  if (!entry) throw new AppError("NOT_FOUND");
  return entry;
}
