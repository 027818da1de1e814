import "server-only";
import { dateValue, isoDate } from "@/domain/time";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import type { disputeSchema, reportSchema } from "./schema";
import { dayLimitRefusal, recordRefusal } from "./policy";
import {
  checkEntry,
  hasEntryOn,
  lockVolunteers,
  managedEntry,
  otherHoursThatDay,
  PROJECT_SELECT,
  refuse,
  setAttendance,
  tellConfirmed,
  TX_OPTIONS,
} from "./shared";

// A volunteer's own report of hours, and the organizer's answer to it: confirm as it is, or dispute.

/**
 * A volunteer reports hours on their own accepted place, after the activity started: a pending
 * entry the organizer confirms or disputes. Another person's application is NOT_FOUND.
 */
export async function reportHours(db: Db, viewer: Viewer, input: z.output<typeof reportSchema>, now = new Date()) {
  const app = await db.application.findFirst({
    where: { id: input.applicationId, volunteerId: viewer.id },
    select: { id: true, status: true, attendance: true, project: { select: PROJECT_SELECT } },
  });
  if (!app) throw new AppError("NOT_FOUND");
  const { project } = app;
  const early = recordRefusal(app, project, now);
  if (early) throw new AppError(`hours.errors.${early}`);
  checkEntry(input.hours, input.workedOn, project, now);
  return db.$transaction(async (tx) => {
    await lockVolunteers(tx, [viewer.id]);
    const current = await tx.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { status: true, attendance: true },
    });
    const refusal = recordRefusal(current, project, now);
    if (refusal) throw new AppError(`hours.errors.${refusal}`);
    if (await hasEntryOn(tx, app.id, input.workedOn)) throw new AppError("hours.errors.ALREADY_RECORDED", "workedOn");
    if (dayLimitRefusal(input.hours, await otherHoursThatDay(tx, viewer.id, input.workedOn))) refuse("DAY_LIMIT");
    const created = await tx.hoursEntry.create({
      data: {
        applicationId: app.id,
        projectId: project.id,
        volunteerId: viewer.id,
        workedOn: dateValue(input.workedOn),
        hours: input.hours,
        source: "SELF_REPORTED",
        status: "PENDING",
        note: input.note || null,
        enteredById: viewer.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "hours.report",
      entityType: "HoursEntry",
      entityId: created.id,
      regionCode: project.regionCode,
      data: { projectId: project.id, applicationId: app.id, workedOn: input.workedOn, hours: input.hours },
    });
    return { entryId: created.id };
  }, TX_OPTIONS);
}

/** The organizer confirms a volunteer's pending self-report as it is. */
export async function confirmEntry(db: Db, viewer: Viewer, input: { entryId: string }, now = new Date()) {
  const entry = await managedEntry(db, viewer, input.entryId);
  if (entry.status !== "PENDING") throw new AppError("hours.errors.NOT_PENDING");
  if (!entry.applicationId) throw new AppError("hours.errors.NOT_ACCEPTED");
  const workedOn = isoDate(entry.workedOn);
  const hours = entry.hours.toNumber();
  const { project } = entry;
  checkEntry(hours, workedOn, project, now);
  await db.$transaction(async (tx) => {
    await lockVolunteers(tx, [entry.volunteerId]);
    const app = await tx.application.findUniqueOrThrow({
      where: { id: entry.applicationId! },
      select: { id: true, status: true, attendance: true, volunteerId: true },
    });
    const refusal = recordRefusal(app, project, now);
    if (refusal) throw new AppError(`hours.errors.${refusal}`);
    if (dayLimitRefusal(hours, await otherHoursThatDay(tx, entry.volunteerId, workedOn, entry.id))) refuse("DAY_LIMIT");
    const { count } = await tx.hoursEntry.updateMany({
      where: { id: entry.id, status: "PENDING" },
      data: { status: "CONFIRMED", confirmedById: viewer.id, confirmedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT");
    if (app.attendance === null) await setAttendance(tx, viewer, project, app, "ATTENDED", true);
    await audit(tx, {
      actorId: viewer.id,
      action: "hours.confirm",
      entityType: "HoursEntry",
      entityId: entry.id,
      regionCode: project.regionCode,
      data: {
        projectId: project.id,
        applicationId: app.id,
        volunteerId: entry.volunteerId,
        workedOn,
        hours,
        source: "SELF_REPORTED",
      },
    });
    await tellConfirmed(tx, project, entry.volunteerId, { hours, workedOn });
  }, TX_OPTIONS);
  return { entryId: entry.id };
}

/** The organizer disputes a pending self-report, saying why; it then never counts. */
export async function disputeEntry(db: Db, viewer: Viewer, input: z.output<typeof disputeSchema>) {
  const entry = await managedEntry(db, viewer, input.entryId);
  if (entry.status !== "PENDING") throw new AppError("hours.errors.NOT_PENDING");
  const comment = input.comment.trim();
  if (comment.length < 3) throw new AppError("hours.validation.explain", "comment");
  const workedOn = isoDate(entry.workedOn);
  const hours = entry.hours.toNumber();
  await db.$transaction(async (tx) => {
    const { count } = await tx.hoursEntry.updateMany({
      where: { id: entry.id, status: "PENDING" },
      data: { status: "DISPUTED", disputeComment: comment },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await audit(tx, {
      actorId: viewer.id,
      action: "hours.dispute",
      entityType: "HoursEntry",
      entityId: entry.id,
      regionCode: entry.project.regionCode,
      data: { projectId: entry.project.id, volunteerId: entry.volunteerId, workedOn, hours, comment },
    });
    await notify(tx, {
      userId: entry.volunteerId,
      type: "HOURS_DISPUTED",
      data: { projectId: entry.project.id, projectTitle: entry.project.title, hours, workedOn, comment },
    });
  }, TX_OPTIONS);
  return { entryId: entry.id };
}
