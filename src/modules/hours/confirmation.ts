import "server-only";
import { dateValue } from "@/domain/time";
import { managedApplicationWhere } from "@/modules/organizers/scope";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "@/modules/accounts/viewer";
import type { bulkHoursSchema, personHoursSchema } from "./schema";
import { dayLimitRefusal, recordRefusal, type RecordRefusal } from "./policy";
import {
  applicationsOf,
  checkEntry,
  hasEntryOn,
  lockVolunteers,
  managedProject,
  otherHoursThatDay,
  PROJECT_SELECT,
  refuse,
  setAttendance,
  tellConfirmed,
  TX_OPTIONS,
  type ProjectRef,
  type Tx,
} from "./shared";

// The organizer records confirmed hours: for a whole selection at once, or for one volunteer.

export type SkipReason = RecordRefusal | "ALREADY_RECORDED" | "DAY_LIMIT";

/**
 * Inside the transaction, with the volunteer locked: records one confirmed entry from the
 * organizer, or says why not. A volunteer not yet marked is marked attended: confirming hours
 * says they came. Check-in's bulk confirmation of proposed hours (src/modules/check-in) records
 * through it too.
 */
export async function confirmOne(
  tx: Tx,
  viewer: Viewer,
  project: ProjectRef,
  applicationId: string,
  entry: { workedOn: string; hours: number; note: string },
  now: Date,
): Promise<{ entryId: string } | { skip: SkipReason }> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { id: true, status: true, attendance: true, volunteerId: true },
  });
  const refusal = recordRefusal(app, project, now);
  if (refusal) return { skip: refusal };
  if (await hasEntryOn(tx, app.id, entry.workedOn)) return { skip: "ALREADY_RECORDED" };
  if (dayLimitRefusal(entry.hours, await otherHoursThatDay(tx, app.volunteerId, entry.workedOn)))
    return { skip: "DAY_LIMIT" };
  if (app.attendance === null) await setAttendance(tx, viewer, project, app, "ATTENDED", true);
  const created = await tx.hoursEntry.create({
    data: {
      applicationId: app.id,
      projectId: project.id,
      volunteerId: app.volunteerId,
      workedOn: dateValue(entry.workedOn),
      hours: entry.hours,
      source: "ORGANIZER",
      status: "CONFIRMED",
      note: entry.note || null,
      enteredById: viewer.id,
      confirmedById: viewer.id,
      confirmedAt: now,
    },
    select: { id: true },
  });
  await audit(tx, {
    actorId: viewer.id,
    action: "hours.confirm",
    entityType: "HoursEntry",
    entityId: created.id,
    regionCode: project.regionCode,
    data: {
      projectId: project.id,
      applicationId: app.id,
      volunteerId: app.volunteerId,
      workedOn: entry.workedOn,
      hours: entry.hours,
      source: "ORGANIZER",
    },
  });
  await tellConfirmed(tx, project, app.volunteerId, entry);
  return { entryId: created.id };
}

export type BulkHoursResult = {
  /** Application ids that got their confirmed entry. */
  confirmed: string[];
  noShow: string[];
  /** Already have hours (pending or confirmed) on that date: confirm or correct those instead. */
  alreadyRecorded: string[];
  /** Would pass 16 hours on that day across all projects. */
  dayLimit: string[];
  /** Not an accepted place of this project, or the account was deleted. */
  skipped: string[];
};

/**
 * The organizer confirms one date and amount for the selected volunteers of a project (the
 * page offers it per role). The amount and date are checked once and refuse the whole batch;
 * what depends on the person (no-show, a day already recorded, the day limit) skips that person
 * and is reported.
 */
export async function confirmBulk(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof bulkHoursSchema>,
  now = new Date(),
): Promise<BulkHoursResult> {
  const project = await managedProject(db, viewer, input.projectId);
  const recordable = recordRefusal({ status: "ACCEPTED", attendance: null }, project, now);
  if (recordable) throw new AppError(`hours.errors.${recordable}`);
  checkEntry(input.hours, input.workedOn, project, now);
  const ids = [...new Set(input.applicationIds)];
  const found = await applicationsOf(db, project.id, ids);
  if (found.length === 0) throw new AppError("NOT_FOUND");
  const result: BulkHoursResult = {
    confirmed: [],
    noShow: [],
    alreadyRecorded: [],
    dayLimit: [],
    skipped: ids.filter((id) => !found.some((a) => a.id === id)),
  };

  await db.$transaction(async (tx) => {
    await lockVolunteers(
      tx,
      found.map((a) => a.volunteerId),
    );
    for (const app of [...found].sort((a, b) => a.id.localeCompare(b.id))) {
      const r = await confirmOne(tx, viewer, project, app.id, input, now);
      if ("entryId" in r) result.confirmed.push(app.id);
      else if (r.skip === "NO_SHOW") result.noShow.push(app.id);
      else if (r.skip === "ALREADY_RECORDED") result.alreadyRecorded.push(app.id);
      else if (r.skip === "DAY_LIMIT") result.dayLimit.push(app.id);
      else result.skipped.push(app.id);
    }
  }, TX_OPTIONS);
  return result;
}

/** The organizer confirms hours for one volunteer; any refusal is an error next to its field. */
export async function confirmForVolunteer(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof personHoursSchema>,
  now = new Date(),
): Promise<{ entryId: string }> {
  const app = await db.application.findFirst({
    where: { id: input.applicationId, volunteer: { deletedAt: null }, ...managedApplicationWhere(viewer) },
    select: { id: true, volunteerId: true, project: { select: PROJECT_SELECT } },
  });
  if (!app) throw new AppError("NOT_FOUND");
  checkEntry(input.hours, input.workedOn, app.project, now);
  return db.$transaction(async (tx) => {
    await lockVolunteers(tx, [app.volunteerId]);
    const r = await confirmOne(tx, viewer, app.project, app.id, input, now);
    if ("entryId" in r) return r;
    if (r.skip === "DAY_LIMIT") refuse("DAY_LIMIT");
    throw new AppError(`hours.errors.${r.skip}`, r.skip === "ALREADY_RECORDED" ? "workedOn" : undefined);
  }, TX_OPTIONS);
}
