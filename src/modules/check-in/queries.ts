import "server-only";
import QRCode from "qrcode";
import type { Db } from "@/server/prisma-client";
import { addDays, utcToZoned, zonedToUtc } from "@/domain/time";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedProjectWhere } from "@/modules/organizers/scope";
import {
  checkInCode,
  newCheckInSecret,
  occurrenceKey,
  projectDates,
  projectDaySpan,
  windowOf,
  type Occurrence,
  type Span,
} from "./code";
import { workedOnOf } from "./scan";

// The organizer's side of check-in: the occurrences with their codes (for the phone page and the
// poster), and the hours check-outs proposed, waiting on the project's hours page. Every read is
// scoped to projects the viewer manages; anything else is null (a 404).

/** How far ahead the check-in page lists occurrences, for printing posters in advance. */
export const UPCOMING_DAYS = 14;
const UPCOMING_MAX = 60;

/** The project's own secret for its days, created the first time a code is needed. */
async function projectSecret(db: Db, projectId: string): Promise<string> {
  await db.project.updateMany({
    where: { id: projectId, checkInSecret: null },
    data: { checkInSecret: newCheckInSecret() },
  });
  const { checkInSecret } = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { checkInSecret: true },
  });
  return checkInSecret!;
}

/** The address behind the QR: without a locale, so each phone opens it in its own language. */
export function checkInUrl(appUrl: string, code: string): string {
  return new URL(`/check-in/${code}`, appUrl).toString();
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

export type BoardOccurrence = {
  key: string;
  span: Span;
  window: { opensAt: Date; closesAt: Date };
  roleTitle: string | null;
  code: string;
  /** Confirmed places (slot) or accepted volunteers (roles without slots). */
  expected: number;
  checkedIn: number;
  checkedOut: number;
};

const managed = (db: Db, viewer: Viewer, projectId: string) =>
  db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      organizer: { select: { name: true, slug: true } },
    },
  });

/**
 * The check-in page of a project: today's occurrences (slots starting today or open now, and
 * today when roles without slots run that day) and the next two weeks', each with its code.
 * Null when the viewer does not manage the project.
 */
export async function getCheckInBoard(db: Db, viewer: Viewer, projectId: string, now = new Date()) {
  const project = await managed(db, viewer, projectId);
  if (!project) return null;
  const today = utcToZoned(now).date;
  const dayStart = zonedToUtc(today, "00:00");
  const tomorrow = zonedToUtc(addDays(today, 1), "00:00");
  const horizon = zonedToUtc(addDays(today, UPCOMING_DAYS + 1), "00:00");
  const margin = 3_600_000;
  const [slots, slotlessAccepted, slotlessRoles] = await Promise.all([
    db.roleSlot.findMany({
      where: {
        projectId,
        OR: [
          { startsAt: { gte: dayStart, lt: horizon } },
          // Open now: started before today but its window has not closed.
          { startsAt: { lte: new Date(now.getTime() + margin) }, endsAt: { gte: new Date(now.getTime() - margin) } },
        ],
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: UPCOMING_MAX,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        checkInSecret: true,
        role: { select: { title: true } },
        _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
      },
    }),
    db.application.count({ where: { projectId, status: "ACCEPTED", role: { slots: { none: {} } } } }),
    db.projectRole.count({ where: { projectId, slots: { none: {} } } }),
  ]);

  const occurrences: BoardOccurrence[] = slots.map((s) => {
    const o: Occurrence = { kind: "slot", slotId: s.id };
    const span = { startsAt: s.startsAt, endsAt: s.endsAt };
    return {
      key: occurrenceKey(o),
      span,
      window: windowOf(span),
      roleTitle: s.role.title,
      code: checkInCode(s.checkInSecret, o),
      expected: s._count.signups,
      checkedIn: 0,
      checkedOut: 0,
    };
  });
  if (slotlessRoles > 0) {
    const dates = projectDates(project).filter((d) => d >= today && d <= addDays(today, UPCOMING_DAYS));
    if (dates.length > 0) {
      const secret = await projectSecret(db, projectId);
      for (const date of dates) {
        const span = projectDaySpan(project, date)!;
        const o: Occurrence = { kind: "day", projectId, date };
        occurrences.push({
          key: occurrenceKey(o),
          span,
          window: windowOf(span),
          roleTitle: null,
          code: checkInCode(secret, o),
          expected: slotlessAccepted,
          checkedIn: 0,
          checkedOut: 0,
        });
      }
    }
  }
  occurrences.sort((a, b) => a.span.startsAt.getTime() - b.span.startsAt.getTime());
  const counts = await db.checkIn.groupBy({
    by: ["occurrence"],
    where: { projectId, occurrence: { in: occurrences.map((o) => o.key) } },
    _count: { _all: true, checkedOutAt: true },
  });
  for (const c of counts) {
    const o = occurrences.find((x) => x.key === c.occurrence);
    if (o) {
      o.checkedIn = c._count._all;
      o.checkedOut = c._count.checkedOutAt;
    }
  }
  const isToday = (o: BoardOccurrence) =>
    (o.span.startsAt >= dayStart && o.span.startsAt < tomorrow) ||
    (o.window.opensAt <= now && o.window.closesAt >= now);
  return {
    project,
    today: occurrences.filter(isToday),
    upcoming: occurrences.filter((o) => !isToday(o)),
  };
}

/** One occurrence of a managed project, for its poster; null when it is not the viewer's or not one. */
export async function getPosterOccurrence(db: Db, viewer: Viewer, projectId: string, key: string) {
  const project = await managed(db, viewer, projectId);
  if (!project) return null;
  if (key.startsWith("slot:")) {
    const slot = await db.roleSlot.findFirst({
      where: { id: key.slice(5, 45), projectId },
      select: { id: true, startsAt: true, endsAt: true, checkInSecret: true, role: { select: { title: true } } },
    });
    if (!slot) return null;
    const o: Occurrence = { kind: "slot", slotId: slot.id };
    return {
      project,
      roleTitle: slot.role.title,
      span: { startsAt: slot.startsAt, endsAt: slot.endsAt },
      code: checkInCode(slot.checkInSecret, o),
    };
  }
  if (key.startsWith("day:")) {
    const date = key.slice(4, 14);
    const span = projectDaySpan(project, date);
    if (!span) return null;
    if ((await db.projectRole.count({ where: { projectId, slots: { none: {} } } })) === 0) return null;
    const o: Occurrence = { kind: "day", projectId, date };
    return { project, roleTitle: null, span, code: checkInCode(await projectSecret(db, projectId), o) };
  }
  return null;
}

/** How many proposals one page of the hours page confirms at once at most. */
export const PROPOSALS_MAX = 200;

/**
 * Hours proposed by check-outs on a managed project, still waiting for the organizer: checked
 * out, more than zero, no entry yet, on an accepted place of a live account. Null when the
 * viewer does not manage the project.
 */
export async function listProposedHours(db: Db, viewer: Viewer, projectId: string) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: { id: true },
  });
  if (!project) return null;
  const rows = await db.checkIn.findMany({
    where: proposalWhere(projectId),
    orderBy: [{ checkedInAt: "asc" }, { id: "asc" }],
    take: PROPOSALS_MAX,
    select: {
      id: true,
      occurrence: true,
      checkedInAt: true,
      checkedOutAt: true,
      proposedHours: true,
      slot: { select: { startsAt: true } },
      volunteer: { select: { name: true } },
      application: { select: { role: { select: { title: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    volunteerName: r.volunteer.name,
    roleTitle: r.application.role.title,
    workedOn: workedOnOf(r),
    checkedInAt: r.checkedInAt,
    checkedOutAt: r.checkedOutAt!,
    hours: r.proposedHours!.toNumber(),
  }));
}

/** A proposal still waiting (see listProposedHours). */
export function proposalWhere(projectId: string) {
  return {
    projectId,
    checkedOutAt: { not: null },
    proposedHours: { gt: 0 },
    hoursEntryId: null,
    application: { status: "ACCEPTED" as const },
    volunteer: { deletedAt: null },
  };
}
