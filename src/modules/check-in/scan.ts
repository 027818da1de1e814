import "server-only";
import type { Db } from "@/server/prisma-client";
import type { ProjectStatus, RegionCode } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { takeAllowance } from "@/server/rate-limit";
import { utcToZoned } from "@/domain/time";
import type { Viewer } from "@/modules/accounts/viewer";
import { notify } from "@/modules/notifications/notify";
import { lockVolunteers, otherHoursThatDay, TX_OPTIONS, type Tx } from "@/modules/hours/shared";
import {
  codeMatches,
  occurrenceKey,
  parseCheckInCode,
  projectDaySpan,
  windowOf,
  windowRefusal,
  type Occurrence,
  type Span,
} from "./code";
import { capProposal, quarterHours, type ScanRefusal } from "./policy";

// Scanning the code: /[locale]/check-in/<code> shows where the volunteer stands, and its one
// button takes the next step — check in, then check out — under the volunteer's hours lock, so a
// double tap or two phones never check in twice or propose hours twice.

const OPEN_STATUSES: readonly ProjectStatus[] = ["PUBLISHED", "COMPLETED"];

const PROJECT = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  regionCode: true,
  organizerId: true,
} as const;

type Target = {
  occurrence: Occurrence;
  key: string;
  span: Span;
  /** The Kazakhstan date the hours are recorded on. */
  workedOn: string;
  project: { id: string; title: string; status: ProjectStatus; regionCode: RegionCode; organizerId: string };
  slot: { id: string; roleId: string; roleTitle: string } | null;
};

const invalid = () => new AppError("checkIn.errors.INVALID");

/** The occurrence a code names, when its HMAC is right; INVALID otherwise (nothing is told apart). */
async function resolveTarget(db: Db, code: string): Promise<Target> {
  const parsed = parseCheckInCode(code);
  if (!parsed) throw invalid();
  const { occurrence } = parsed;
  if (occurrence.kind === "slot") {
    const slot = await db.roleSlot.findUnique({
      where: { id: occurrence.slotId },
      select: {
        id: true,
        roleId: true,
        startsAt: true,
        endsAt: true,
        checkInSecret: true,
        role: { select: { title: true } },
        project: { select: PROJECT },
      },
    });
    if (!slot || !codeMatches(slot.checkInSecret, occurrence, parsed.mac)) throw invalid();
    return {
      occurrence,
      key: occurrenceKey(occurrence),
      span: { startsAt: slot.startsAt, endsAt: slot.endsAt },
      workedOn: utcToZoned(slot.startsAt).date,
      project: slot.project,
      slot: { id: slot.id, roleId: slot.roleId, roleTitle: slot.role.title },
    };
  }
  const project = await db.project.findUnique({
    where: { id: occurrence.projectId },
    select: { ...PROJECT, checkInSecret: true },
  });
  if (!project?.checkInSecret || !codeMatches(project.checkInSecret, occurrence, parsed.mac)) throw invalid();
  const span = projectDaySpan(project, occurrence.date);
  if (!span) throw invalid();
  return { occurrence, key: occurrenceKey(occurrence), span, workedOn: occurrence.date, project, slot: null };
}

/**
 * The viewer's accepted application this occurrence checks in: for a slot, one with a confirmed
 * place in it; for a project day, one to a role without slots.
 */
async function applicationFor(db: Db, viewer: Viewer, target: Target) {
  return db.application.findFirst({
    where: {
      volunteerId: viewer.id,
      status: "ACCEPTED",
      projectId: target.project.id,
      ...(target.slot
        ? { roleId: target.slot.roleId, slotSignups: { some: { slotId: target.slot.id, status: "CONFIRMED" } } }
        : { role: { slots: { none: {} } } }),
    },
    select: { id: true, attendance: true, role: { select: { title: true } } },
  });
}

export type ScanStep = "IN" | "OUT";

export type ScanView = {
  refusal: ScanRefusal | null;
  /** What the button does next; null when there is nothing to do (refused, or done). */
  next: ScanStep | null;
  done: boolean;
  project?: { id: string; title: string };
  roleTitle?: string;
  span?: Span;
  window?: { opensAt: Date; closesAt: Date };
  checkedInAt?: Date;
  checkedOutAt?: Date | null;
  proposedHours?: number | null;
};

type Loaded = { target: Target; application: { id: string } | null; view: ScanView };

async function load(db: Db, viewer: Viewer, code: string, now: Date): Promise<Loaded | ScanView> {
  let target: Target;
  try {
    target = await resolveTarget(db, code);
  } catch (e) {
    if (e instanceof AppError) return { refusal: "INVALID", next: null, done: false };
    throw e;
  }
  const base: ScanView = {
    refusal: null,
    next: null,
    done: false,
    project: { id: target.project.id, title: target.project.title },
    roleTitle: target.slot?.roleTitle,
    span: target.span,
    window: windowOf(target.span),
  };
  if (!OPEN_STATUSES.includes(target.project.status)) return { ...base, refusal: "CLOSED" };
  const application = await applicationFor(db, viewer, target);
  if (!application) return { ...base, refusal: "NOT_YOURS" };
  const view: ScanView = { ...base, roleTitle: target.slot?.roleTitle ?? application.role.title };
  const existing = await db.checkIn.findUnique({
    where: { applicationId_occurrence: { applicationId: application.id, occurrence: target.key } },
    select: { checkedInAt: true, checkedOutAt: true, proposedHours: true },
  });
  if (existing) {
    view.checkedInAt = existing.checkedInAt;
    view.checkedOutAt = existing.checkedOutAt;
    view.proposedHours = existing.proposedHours?.toNumber() ?? null;
    if (existing.checkedOutAt) return { target, application, view: { ...view, done: true } };
  }
  const refusal = windowRefusal(target.span, now);
  if (refusal) return { target, application, view: { ...view, refusal } };
  return { target, application, view: { ...view, next: existing ? "OUT" : "IN" } };
}

/** Where the viewer stands with this code now: what the page shows, changing nothing. */
export async function scanState(db: Db, viewer: Viewer, code: string, now = new Date()): Promise<ScanView> {
  const loaded = await load(db, viewer, code, now);
  return "view" in loaded ? loaded.view : loaded;
}

/**
 * Takes the step the button showed: checks in, or checks out and proposes the hours between.
 * A step that no longer applies (a double tap, a second phone) changes nothing and answers where
 * the viewer now stands; a refusal (wrong code, not theirs, outside the window) is an AppError.
 */
export async function advanceCheckIn(
  db: Db,
  viewer: Viewer,
  input: { code: string; step: ScanStep },
  now = new Date(),
): Promise<ScanView> {
  const loaded = await load(db, viewer, input.code, now);
  if (!("view" in loaded)) throw new AppError(`checkIn.errors.${loaded.refusal ?? "INVALID"}`);
  if (loaded.view.refusal) throw new AppError(`checkIn.errors.${loaded.view.refusal}`);
  const { target } = loaded;
  const application = loaded.application!;
  let proposed: number | null = null;

  await db.$transaction(async (tx) => {
    await lockVolunteers(tx, [viewer.id]);
    const existing = await tx.checkIn.findUnique({
      where: { applicationId_occurrence: { applicationId: application.id, occurrence: target.key } },
      select: { id: true, checkedInAt: true, checkedOutAt: true },
    });
    if (!existing && input.step === "IN") {
      const created = await tx.checkIn.create({
        data: {
          applicationId: application.id,
          projectId: target.project.id,
          slotId: target.slot?.id ?? null,
          volunteerId: viewer.id,
          occurrence: target.key,
          checkedInAt: now,
        },
        select: { id: true },
      });
      // Scanning within the window says they came: for this slot and for the application.
      // (`not: "ATTENDED"` would skip NULL in SQL, hence the two values.)
      await tx.application.updateMany({
        where: { id: application.id, OR: [{ attendance: null }, { attendance: "NO_SHOW" }] },
        data: { attendance: "ATTENDED" },
      });
      if (target.slot)
        await tx.slotSignup.updateMany({
          where: { applicationId: application.id, slotId: target.slot.id },
          data: { attendance: "ATTENDED" },
        });
      await audit(tx, {
        actorId: viewer.id,
        action: "checkIn.in",
        entityType: "CheckIn",
        entityId: created.id,
        regionCode: target.project.regionCode,
        data: { projectId: target.project.id, applicationId: application.id, occurrence: target.key },
      });
    } else if (existing && !existing.checkedOutAt && input.step === "OUT") {
      const other = await otherHoursThatDay(tx, viewer.id, target.workedOn);
      let hours = capProposal(quarterHours(existing.checkedInAt, now), other);
      // One entry per day and place (src/modules/hours): a second check-in of the same
      // application that day adds its hours to the first one still waiting for confirmation.
      const earlier = await sameDayProposal(tx, application.id, existing.id, target.workedOn);
      if (earlier && hours > 0) {
        await tx.checkIn.update({
          where: { id: earlier.id },
          data: { proposedHours: capProposal(earlier.hours + hours, other) },
        });
        hours = 0;
      }
      await tx.checkIn.update({ where: { id: existing.id }, data: { checkedOutAt: now, proposedHours: hours } });
      proposed = earlier ? capProposal(earlier.hours + quarterHours(existing.checkedInAt, now), other) : hours;
      await audit(tx, {
        actorId: viewer.id,
        action: "checkIn.out",
        entityType: "CheckIn",
        entityId: existing.id,
        regionCode: target.project.regionCode,
        data: { projectId: target.project.id, applicationId: application.id, occurrence: target.key, hours },
      });
    }
  }, TX_OPTIONS);

  if (proposed) await tellOrganizer(db, target, viewer, proposed, now);
  return scanState(db, viewer, input.code, now);
}

async function sameDayProposal(tx: Tx, applicationId: string, exceptId: string, workedOn: string) {
  const open = await tx.checkIn.findMany({
    where: {
      applicationId,
      id: { not: exceptId },
      hoursEntryId: null,
      checkedOutAt: { not: null },
      proposedHours: { gt: 0 },
    },
    orderBy: { checkedInAt: "asc" },
    select: { id: true, occurrence: true, proposedHours: true, slot: { select: { startsAt: true } } },
  });
  const match = open.find((c) => workedOnOf(c) === workedOn);
  return match ? { id: match.id, hours: match.proposedHours!.toNumber() } : null;
}

/** The Kazakhstan date a check-in's hours belong to: its slot's, or its project day. */
export function workedOnOf(c: { occurrence: string; slot: { startsAt: Date } | null }): string {
  return c.slot ? utcToZoned(c.slot.startsAt).date : c.occurrence.slice("day:".length);
}

/**
 * HOURS_PROPOSED to the organizer's team: once a project and day, not once a volunteer, since
 * fifty check-outs in an hour would otherwise be fifty notifications each.
 */
async function tellOrganizer(db: Db, target: Target, viewer: Viewer, hours: number, now: Date) {
  const day = utcToZoned(now).date;
  if (!(await takeAllowance(db, "check-in-proposed", `${target.project.id}:${day}`, 1, 2 * 86400))) return;
  const members = await db.organizerMember.findMany({
    where: { organizerId: target.project.organizerId },
    select: { userId: true },
  });
  await db.$transaction((tx) =>
    notify(
      tx,
      members.map((m) => ({
        userId: m.userId,
        type: "HOURS_PROPOSED" as const,
        data: {
          projectId: target.project.id,
          projectTitle: target.project.title,
          volunteerName: viewer.name,
          hours,
          workedOn: target.workedOn,
        },
      })),
    ),
  );
}
