import "server-only";
import type { Db } from "@/server/prisma-client";
import { Prisma } from "@/generated/prisma/client";
import type { ApplicationStatus, Attendance, HoursSource, HoursStatus } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import { pageSlice } from "@/domain/search-params";
import { isoDate } from "@/domain/time";
import { managedApplicationWhere, managedProjectWhere } from "@/modules/organizers/scope";
import { projectDays, recordRefusal, sumHours, type RecordRefusal } from "./policy";

export const HOURS_PAGE_SIZE = 50;
export const MY_HOURS_PAGE_SIZE = 20;

const ENTRY_SELECT = {
  id: true,
  applicationId: true,
  workedOn: true,
  hours: true,
  source: true,
  status: true,
  note: true,
  disputeComment: true,
  confirmedAt: true,
  createdAt: true,
  supersedesId: true,
  enteredBy: { select: { name: true } },
  confirmedBy: { select: { name: true } },
} as const satisfies Prisma.HoursEntrySelect;

type EntryRow = Prisma.HoursEntryGetPayload<{ select: typeof ENTRY_SELECT }>;

export type HoursEntryView = {
  id: string;
  /** Kazakhstan calendar date, "YYYY-MM-DD". */
  workedOn: string;
  hours: number;
  source: HoursSource;
  status: HoursStatus;
  /** The volunteer's or organizer's note; on a correction, its reason. */
  note: string | null;
  disputeComment: string | null;
  confirmedAt: Date | null;
  createdAt: Date;
  enteredBy: string | null;
  confirmedBy: string | null;
  /** The confirmed entry this one corrects. */
  supersedesId: string | null;
  /** The correction that replaced this one. */
  supersededById: string | null;
};

/** Newest day first; on one day, a correction right above the entry it replaced. */
function toViews(rows: EntryRow[]): HoursEntryView[] {
  const replacedBy = new Map(rows.filter((r) => r.supersedesId).map((r) => [r.supersedesId!, r.id]));
  return rows.map((r) => ({
    id: r.id,
    workedOn: isoDate(r.workedOn),
    hours: r.hours.toNumber(),
    source: r.source,
    status: r.status,
    note: r.note,
    disputeComment: r.disputeComment,
    confirmedAt: r.confirmedAt,
    createdAt: r.createdAt,
    enteredBy: r.enteredBy?.name ?? null,
    confirmedBy: r.confirmedBy?.name ?? null,
    supersedesId: r.supersedesId,
    supersededById: replacedBy.get(r.id) ?? null,
  }));
}

const ENTRY_ORDER = [
  { workedOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.HoursEntryOrderByWithRelationInput[];

const confirmedTotal = (entries: HoursEntryView[]) =>
  sumHours(entries.filter((e) => e.status === "CONFIRMED").map((e) => e.hours));

export type RoleHoursStats = {
  id: string;
  title: string;
  accepted: number;
  attended: number;
  noShow: number;
  pending: number;
  confirmedHours: number;
};

/**
 * The organizer's attendance-and-hours page of one project: totals per role, and one page of a
 * role's accepted volunteers (deleted accounts left out) with their entries. Null for anyone
 * who is not a member of the project's organizer or an admin — the page answers 404.
 */
export async function getProjectHours(
  db: Db,
  viewer: Viewer,
  projectId: string,
  filter: { role?: string; page: number },
  now = new Date(),
) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      organizer: { select: { slug: true, name: true } },
      roles: { orderBy: { position: "asc" }, select: { id: true, title: true } },
    },
  });
  if (!project) return null;

  const stats = await db.$queryRaw<
    { roleId: string; accepted: number; attended: number; noShow: number; pending: number; hours: number }[]
  >(Prisma.sql`
    SELECT a."roleId",
           count(*)::int AS accepted,
           count(*) FILTER (WHERE a.attendance = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE a.attendance = 'NO_SHOW')::int AS "noShow",
           coalesce(sum(h.pending), 0)::int AS pending,
           coalesce(sum(h.hours), 0)::float8 AS hours
    FROM "Application" a
    JOIN "User" u ON u.id = a."volunteerId" AND u."deletedAt" IS NULL
    LEFT JOIN (
      SELECT "applicationId",
             sum(hours) FILTER (WHERE status = 'CONFIRMED') AS hours,
             count(*) FILTER (WHERE status = 'PENDING') AS pending
      FROM "HoursEntry" WHERE "projectId" = ${project.id} GROUP BY "applicationId"
    ) h ON h."applicationId" = a.id
    WHERE a."projectId" = ${project.id} AND a.status = 'ACCEPTED'
    GROUP BY a."roleId"`);
  const byRole = new Map(stats.map((s) => [s.roleId, s]));
  const roles: RoleHoursStats[] = project.roles.map((r) => {
    const s = byRole.get(r.id);
    return {
      id: r.id,
      title: r.title,
      accepted: s?.accepted ?? 0,
      attended: s?.attended ?? 0,
      noShow: s?.noShow ?? 0,
      pending: s?.pending ?? 0,
      confirmedHours: Math.round((s?.hours ?? 0) * 100) / 100,
    };
  });
  const role = roles.find((r) => r.id === filter.role) ?? roles[0] ?? null;
  const totals = {
    accepted: roles.reduce((n, r) => n + r.accepted, 0),
    confirmedHours: sumHours(roles.map((r) => r.confirmedHours)),
    pending: roles.reduce((n, r) => n + r.pending, 0),
  };
  const days = projectDays(project, now);
  const base = {
    project,
    roles,
    role,
    totals,
    days,
    started: project.startsAt <= now,
    page: filter.page,
    pageSize: HOURS_PAGE_SIZE,
  };
  if (!role) return { ...base, rows: [], total: 0 };

  const where: Prisma.ApplicationWhereInput = {
    projectId: project.id,
    roleId: role.id,
    status: "ACCEPTED",
    volunteer: { deletedAt: null },
    ...managedApplicationWhere(viewer),
  };
  const [total, apps] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ volunteer: { name: "asc" } }, { id: "asc" }],
      ...pageSlice(filter.page, HOURS_PAGE_SIZE),
      select: { id: true, status: true, attendance: true, volunteerId: true, volunteer: { select: { name: true } } },
    }),
  ]);
  const entries = apps.length
    ? await db.hoursEntry.findMany({
        where: { applicationId: { in: apps.map((a) => a.id) }, projectId: project.id },
        orderBy: ENTRY_ORDER,
        select: ENTRY_SELECT,
      })
    : [];
  const rows = apps.map((a) => {
    const own = toViews(entries.filter((e) => e.applicationId === a.id));
    return {
      applicationId: a.id,
      volunteerName: a.volunteer.name,
      attendance: a.attendance,
      entries: own,
      confirmedHours: confirmedTotal(own),
      refusal: recordRefusal(a, project, now),
    };
  });
  return { ...base, rows, total };
}

export type ProjectHoursData = NonNullable<Awaited<ReturnType<typeof getProjectHours>>>;

/**
 * The volunteer's own hours, per application: accepted places and any application that has
 * entries (hours stay visible after a withdrawal), newest project first, with whether they may
 * report now and the dates they may report for.
 */
export async function listMyHours(db: Db, viewer: Viewer, page = 1, now = new Date()) {
  const where: Prisma.ApplicationWhereInput = {
    volunteerId: viewer.id,
    OR: [{ status: "ACCEPTED" }, { hours: { some: {} } }],
  };
  const [total, apps, confirmed] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ project: { startsAt: "desc" } }, { id: "asc" }],
      ...pageSlice(page, MY_HOURS_PAGE_SIZE),
      select: {
        id: true,
        status: true,
        attendance: true,
        role: { select: { title: true } },
        project: {
          select: {
            id: true,
            title: true,
            status: true,
            startsAt: true,
            endsAt: true,
            organizer: { select: { name: true } },
          },
        },
      },
    }),
    summarizeConfirmedHours(db, viewer),
  ]);
  const entries = apps.length
    ? await db.hoursEntry.findMany({
        where: { volunteerId: viewer.id, applicationId: { in: apps.map((a) => a.id) } },
        orderBy: ENTRY_ORDER,
        select: ENTRY_SELECT,
      })
    : [];
  const items = apps.map((a) => {
    const own = toViews(entries.filter((e) => e.applicationId === a.id));
    return {
      applicationId: a.id,
      status: a.status as ApplicationStatus,
      attendance: a.attendance as Attendance | null,
      roleTitle: a.role.title,
      project: {
        id: a.project.id,
        title: a.project.title,
        startsAt: a.project.startsAt,
        endsAt: a.project.endsAt,
        organizerName: a.project.organizer.name,
      },
      days: projectDays(a.project, now),
      refusal: recordRefusal(a, a.project, now) as RecordRefusal | null,
      entries: own,
      confirmedHours: confirmedTotal(own),
    };
  });
  return { items, total, page, pageSize: MY_HOURS_PAGE_SIZE, confirmedHours: confirmed.totalCenti / 100 };
}

type Row = { projectId: string; year: number; centi: bigint; first: Date; last: Date };

/**
 * The volunteer's CONFIRMED hours per project and calendar year, in one query over the
 * (volunteerId, status) index. Only confirmed entries count: pending, disputed and superseded
 * ones (a correction supersedes the entry it replaces) never reach a record or a document.
 */
async function confirmedGroups(
  db: Db | Prisma.TransactionClient,
  volunteerId: string,
  projectId?: string,
): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT "projectId",
           EXTRACT(YEAR FROM "workedOn")::int AS year,
           (SUM(hours) * 100)::bigint AS centi,
           MIN("workedOn") AS first,
           MAX("workedOn") AS last
    FROM "HoursEntry"
    WHERE "volunteerId" = ${volunteerId} AND status = 'CONFIRMED'
      ${projectId ? Prisma.sql`AND "projectId" = ${projectId}` : Prisma.empty}
    GROUP BY 1, 2`;
}

export type ProjectHours = { projectId: string; centi: number; firstWorkedOn: string; lastWorkedOn: string };
export type HoursSummary = {
  totalCenti: number;
  /** Newest year first. */
  years: { year: number; centi: number }[];
  /** Most recently worked first. */
  projects: ProjectHours[];
};

/**
 * The one read of a volunteer's confirmed hours: totals overall, per year and per project (or of
 * one project), in integer hundredths. The record, its PDFs, the certificates and the hours
 * page's total all use it (decision 0010). Always the viewer's own hours.
 */
export async function summarizeConfirmedHours(
  db: Db | Prisma.TransactionClient,
  viewer: Pick<Viewer, "id">,
  projectId?: string,
): Promise<HoursSummary> {
  const rows = await confirmedGroups(db, viewer.id, projectId);
  const years = new Map<number, number>();
  const projects = new Map<string, ProjectHours>();
  let totalCenti = 0;
  for (const r of rows) {
    const centi = Number(r.centi);
    totalCenti += centi;
    years.set(r.year, (years.get(r.year) ?? 0) + centi);
    const first = isoDate(r.first);
    const last = isoDate(r.last);
    const p = projects.get(r.projectId);
    if (!p) projects.set(r.projectId, { projectId: r.projectId, centi, firstWorkedOn: first, lastWorkedOn: last });
    else {
      p.centi += centi;
      if (first < p.firstWorkedOn) p.firstWorkedOn = first;
      if (last > p.lastWorkedOn) p.lastWorkedOn = last;
    }
  }
  return {
    totalCenti,
    years: [...years].map(([year, centi]) => ({ year, centi })).sort((a, b) => b.year - a.year),
    projects: [...projects.values()]
      .filter((p) => p.centi > 0)
      .sort((a, b) =>
        a.lastWorkedOn === b.lastWorkedOn
          ? a.projectId.localeCompare(b.projectId)
          : a.lastWorkedOn < b.lastWorkedOn
            ? 1
            : -1,
      ),
  };
}
