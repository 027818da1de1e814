import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import type { Attendance, Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { dateValue, isoDate } from "@/domain/time";
import { managedApplicationWhere, managedHoursEntryWhere, managedProjectWhere } from "@/modules/organizers/scope";
import type {
  attendanceSchema,
  bulkHoursSchema,
  correctionSchema,
  disputeSchema,
  personHoursSchema,
  reportSchema,
} from "./schema";
import {
  attendanceRefusal,
  dateRefusal,
  dayLimitRefusal,
  entryHoursRefusal,
  recordRefusal,
  refusalField,
  type HoursRefusal,
  type RecordRefusal,
} from "./policy";

type Tx = Prisma.TransactionClient;

// Hours of one volunteer change one transaction at a time: each transaction first takes a
// transaction-scoped advisory lock per volunteer (sorted, so bulk confirmations never
// deadlock), then reads the day's total and writes. Two organizers confirming the same person at
// once therefore cannot together pass the 16-hour day or record the same day twice.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

async function lockVolunteers(tx: Tx, volunteerIds: string[]) {
  for (const id of [...new Set(volunteerIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`hours:${id}`}, 0))`;
  }
}

/** Only pending and confirmed entries count toward a day; disputed and superseded ones do not. */
const COUNTED = { in: ["PENDING", "CONFIRMED"] } as const satisfies Prisma.EnumHoursStatusFilter;

/** What already counts on the volunteer's day, across all projects, without `excludeId`. */
async function otherHoursThatDay(tx: Tx, volunteerId: string, workedOn: string, excludeId?: string): Promise<number> {
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
async function hasEntryOn(tx: Tx, applicationId: string, workedOn: string, excludeId?: string): Promise<boolean> {
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

function refuse(reason: HoursRefusal): never {
  throw new AppError(`hours.errors.${reason}`, refusalField(reason));
}

/** The bounds that do not depend on the volunteer's day: checked once, before any change. */
function checkEntry(hours: number, workedOn: string, project: { startsAt: Date; endsAt: Date }, now: Date) {
  const reason = entryHoursRefusal(hours) ?? dateRefusal(workedOn, project, now);
  if (reason) refuse(reason);
}

const PROJECT_SELECT = { id: true, title: true, status: true, startsAt: true, endsAt: true, regionCode: true } as const;
type ProjectRef = Prisma.ProjectGetPayload<{ select: typeof PROJECT_SELECT }>;

async function managedProject(db: Db, viewer: Viewer, projectId: string): Promise<ProjectRef> {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: PROJECT_SELECT,
  });
  if (!project) throw new AppError("NOT_FOUND");
  return project;
}

/** Accepted applications of the project with a live volunteer account, among `ids`. */
async function applicationsOf(db: Db | Tx, projectId: string, ids: string[]) {
  return db.application.findMany({
    where: { id: { in: [...new Set(ids)] }, projectId, status: "ACCEPTED", volunteer: { deletedAt: null } },
    select: { id: true, volunteerId: true },
  });
}

async function setAttendance(
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

async function tellConfirmed(
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

// ---------------------------------------------------------------- attendance

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

// ---------------------------------------------------------------- the organizer confirms hours

type SkipReason = RecordRefusal | "ALREADY_RECORDED" | "DAY_LIMIT";

/**
 * Inside the transaction, with the volunteer locked: records one confirmed entry from the
 * organizer, or says why not. A volunteer not yet marked is marked attended: confirming hours
 * says they came.
 */
async function confirmOne(
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

// ---------------------------------------------------------------- entries: confirm, dispute, correct

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
async function managedEntry(db: Db, viewer: Viewer, entryId: string) {
  const entry = await db.hoursEntry.findFirst({
    where: { id: entryId, volunteer: { deletedAt: null }, ...managedHoursEntryWhere(viewer) },
    select: ENTRY_SELECT,
  });
  if (!entry) throw new AppError("NOT_FOUND");
  return entry;
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

/**
 * A confirmed entry is never edited: the correction is a new confirmed entry that points back to
 * it, with the reason as its note, and the old one becomes SUPERSEDED — in one transaction, so
 * both stay in the history and exactly one of them counts.
 */
export async function correctEntry(db: Db, viewer: Viewer, input: z.output<typeof correctionSchema>, now = new Date()) {
  const entry = await managedEntry(db, viewer, input.entryId);
  if (entry.status !== "CONFIRMED") throw new AppError("hours.errors.NOT_CONFIRMED");
  const reason = input.reason.trim();
  if (reason.length < 3) throw new AppError("hours.validation.explain", "reason");
  const before = { workedOn: isoDate(entry.workedOn), hours: entry.hours.toNumber() };
  if (before.workedOn === input.workedOn && Math.round(before.hours * 100) === Math.round(input.hours * 100))
    throw new AppError("hours.errors.NO_CHANGE", "hours");
  const { project } = entry;
  checkEntry(input.hours, input.workedOn, project, now);
  return db.$transaction(async (tx) => {
    await lockVolunteers(tx, [entry.volunteerId]);
    if (entry.applicationId && (await hasEntryOn(tx, entry.applicationId, input.workedOn, entry.id)))
      throw new AppError("hours.errors.ALREADY_RECORDED", "workedOn");
    if (dayLimitRefusal(input.hours, await otherHoursThatDay(tx, entry.volunteerId, input.workedOn, entry.id)))
      refuse("DAY_LIMIT");
    const { count } = await tx.hoursEntry.updateMany({
      where: { id: entry.id, status: "CONFIRMED" },
      data: { status: "SUPERSEDED" },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const created = await tx.hoursEntry.create({
      data: {
        applicationId: entry.applicationId,
        projectId: project.id,
        volunteerId: entry.volunteerId,
        workedOn: dateValue(input.workedOn),
        hours: input.hours,
        source: "ORGANIZER",
        status: "CONFIRMED",
        note: reason,
        enteredById: viewer.id,
        confirmedById: viewer.id,
        confirmedAt: now,
        supersedesId: entry.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "hours.correct",
      entityType: "HoursEntry",
      entityId: created.id,
      regionCode: project.regionCode,
      data: {
        projectId: project.id,
        volunteerId: entry.volunteerId,
        supersedes: entry.id,
        from: before,
        to: { workedOn: input.workedOn, hours: input.hours },
        reason,
      },
    });
    await tellConfirmed(tx, project, entry.volunteerId, { hours: input.hours, workedOn: input.workedOn, reason });
    return { entryId: created.id, supersededId: entry.id };
  }, TX_OPTIONS);
}

// ---------------------------------------------------------------- the volunteer reports

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
