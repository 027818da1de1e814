import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managesOrganizer } from "@/modules/organizers/scope";
import { answerRefusal, runsCallOut, staffedCallOutWhere } from "./policy";

const TRAINING = { select: { code: true, nameKk: true, nameRu: true, nameEn: true } } as const;

/**
 * A call-out's page for a signed-in person (docs/decisions/0028-call-out-answers.md): what, where,
 * when, its requirements and deadline, the places left, the coordinating organizer, and — for a
 * recipient — their answer, application and the updates staff sent. The backing project is
 * public, so anyone signed in may read it; only recipients may answer (`refusal`).
 */
export async function callOutForViewer(db: Db, viewer: Viewer, id: string) {
  const callOut = await db.callOut.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      description: true,
      direction: true,
      regions: true,
      settlements: true,
      startsAt: true,
      endsAt: true,
      peopleNeeded: true,
      minAge: true,
      skills: true,
      answerBy: true,
      status: true,
      closedAt: true,
      projectId: true,
      roleId: true,
      role: { select: { capacity: true, acceptedCount: true, requiredTraining: TRAINING } },
      project: {
        select: {
          organizer: { select: { id: true, slug: true, name: true } },
          contactName: true,
          contactPhone: true,
        },
      },
      recipients: { where: { userId: viewer.id }, select: { answer: true, answeredAt: true, openedAt: true } },
    },
  });
  if (!callOut) return null;
  const recipient = callOut.recipients[0] ?? null;
  const application = recipient
    ? await db.application.findUnique({
        where: { roleId_volunteerId: { roleId: callOut.roleId, volunteerId: viewer.id } },
        select: { id: true, status: true },
      })
    : null;
  // Updates are for those who come; staff and the organizer see them on the live page.
  const updates =
    application?.status === "ACCEPTED"
      ? await db.callOutUpdate.findMany({
          where: { callOutId: callOut.id },
          orderBy: { createdAt: "desc" },
          take: 20,
          select: { id: true, body: true, createdAt: true },
        })
      : [];
  const now = new Date();
  return {
    callOut,
    recipient,
    application,
    updates,
    placesLeft: Math.max(callOut.role.capacity - callOut.role.acceptedCount, 0),
    refusal: answerRefusal({ callOut, recipient, now }),
    runs: runsCallOut(viewer, callOut),
    coordinates: managesOrganizer(viewer, callOut.project.organizer.id),
  };
}

export type CallOutCounts = {
  sent: number;
  opened: number;
  confirmed: number;
  waitlisted: number;
  cant: number;
  noAnswer: number;
};

async function counts(db: Db, callOutId: string, roleId: string): Promise<CallOutCounts> {
  const [row] = await db.$queryRaw<
    { sent: bigint; opened: bigint; cant: bigint; noAnswer: bigint; confirmed: bigint; waitlisted: bigint }[]
  >`
    SELECT count(*) AS sent, count(r."openedAt") AS opened,
           count(*) FILTER (WHERE r.answer = 'CANT') AS cant,
           count(*) FILTER (WHERE r.answer IS NULL) AS "noAnswer",
           (SELECT count(*) FROM "Application" WHERE "roleId" = ${roleId} AND status = 'ACCEPTED') AS confirmed,
           (SELECT count(*) FROM "Application" WHERE "roleId" = ${roleId} AND status = 'WAITLISTED') AS waitlisted
      FROM "CallOutRecipient" r WHERE r."callOutId" = ${callOutId}`;
  return {
    sent: Number(row?.sent ?? 0),
    opened: Number(row?.opened ?? 0),
    cant: Number(row?.cant ?? 0),
    noAnswer: Number(row?.noAnswer ?? 0),
    confirmed: Number(row?.confirmed ?? 0),
    waitlisted: Number(row?.waitlisted ?? 0),
  };
}

const LIST_LIMIT = 500;

export type ConfirmedVolunteer = {
  id: string;
  name: string;
  phone: string | null;
  trainings: { expiresOn: Date | null; training: { code: string; nameKk: string; nameRu: string; nameEn: string } }[];
};

/** Who is confirmed, first confirmed first; contacts and trainings are not even read once closed. */
async function confirmedList(db: Db, roleId: string, withContacts: boolean): Promise<ConfirmedVolunteer[]> {
  const where = { roleId, status: "ACCEPTED" as const };
  const orderBy = [{ decidedAt: "asc" as const }, { id: "asc" as const }];
  if (!withContacts) {
    const rows = await db.application.findMany({
      where,
      orderBy,
      take: LIST_LIMIT,
      select: { id: true, volunteer: { select: { name: true } } },
    });
    return rows.map((a) => ({ id: a.id, name: a.volunteer.name, phone: null, trainings: [] }));
  }
  const rows = await db.application.findMany({
    where,
    orderBy,
    take: LIST_LIMIT,
    select: {
      id: true,
      volunteer: {
        select: {
          name: true,
          volunteer: { select: { phone: true } },
          certificates: { select: { expiresOn: true, training: TRAINING } },
        },
      },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    name: a.volunteer.name,
    phone: a.volunteer.volunteer?.phone ?? null,
    trainings: a.volunteer.certificates,
  }));
}

/**
 * The staff's live page: staff of one of the call-out's regions, or an admin; null (a 404) for
 * anyone else. The confirmed list carries phone numbers and trainings only while the call-out is
 * open — after closing, names alone (the issue: "only for the duration of the call-out").
 */
export async function callOutLive(db: Db, viewer: Viewer, id: string) {
  const callOut = await db.callOut.findFirst({
    where: { id, ...staffedCallOutWhere(viewer) },
    select: {
      id: true,
      title: true,
      regions: true,
      settlements: true,
      startsAt: true,
      endsAt: true,
      peopleNeeded: true,
      answerBy: true,
      status: true,
      closedAt: true,
      projectId: true,
      roleId: true,
      recipientCount: true,
      project: { select: { organizer: { select: { slug: true, name: true } } } },
    },
  });
  if (!callOut) return null;
  const open = callOut.status === "OPEN";
  const [figures, confirmed, waiting, updates] = await Promise.all([
    counts(db, callOut.id, callOut.roleId),
    confirmedList(db, callOut.roleId, open),
    db.application.findMany({
      where: { roleId: callOut.roleId, status: "WAITLISTED" },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: { id: true, volunteer: { select: { name: true } } },
    }),
    db.callOutUpdate.findMany({
      where: { callOutId: callOut.id },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  return {
    callOut,
    counts: figures,
    confirmed,
    waiting: waiting.map((a) => ({ id: a.id, name: a.volunteer.name })),
    updates,
  };
}

/** "My call-outs": those the volunteer was sent, open ones first, with their answer. */
export async function myCallOuts(db: Db, viewer: Viewer) {
  const rows = await db.callOutRecipient.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      answer: true,
      callOut: {
        select: {
          id: true,
          title: true,
          regions: true,
          settlements: true,
          startsAt: true,
          endsAt: true,
          answerBy: true,
          status: true,
          roleId: true,
        },
      },
    },
  });
  const applications = await db.application.findMany({
    where: { volunteerId: viewer.id, roleId: { in: rows.map((r) => r.callOut.roleId) } },
    select: { roleId: true, status: true },
  });
  const now = new Date();
  const items = rows.map((r) => ({
    ...r.callOut,
    answer: r.answer,
    applicationStatus: applications.find((a) => a.roleId === r.callOut.roleId)?.status ?? null,
    answerable: r.callOut.status === "OPEN" && r.callOut.answerBy > now,
  }));
  return [...items.filter((i) => i.answerable), ...items.filter((i) => !i.answerable)];
}
