import "server-only";
import type { Db } from "@/server/prisma-client";
import { Prisma } from "@/generated/prisma/client";
import type {
  ApplicationStatus,
  Attendance,
  Direction,
  HoursSource,
  HoursStatus,
  OrganizerForm,
  RegionCode,
  SdgImpact,
} from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import { projectDays, recordRefusal, sumHours, type RecordRefusal } from "./policy";

export const HOURS_PAGE_SIZE = 50;
export const MY_HOURS_PAGE_SIZE = 20;

const pageOf = (page: number, size: number) => ({ skip: (Math.max(1, page) - 1) * size, take: size });
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const num = (d: Prisma.Decimal | null | undefined) => (d ? d.toNumber() : 0);

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

/** Members of the organizer (and admins) only: the scope of every organizer-side read here. */
function managerScope(viewer: Viewer): Prisma.ProjectWhereInput {
  return viewer.isAdmin ? {} : { organizer: { members: { some: { userId: viewer.id } } } };
}

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
    where: { id: projectId, ...managerScope(viewer) },
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
    project: managerScope(viewer),
  };
  const [total, apps] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ volunteer: { name: "asc" } }, { id: "asc" }],
      ...pageOf(filter.page, HOURS_PAGE_SIZE),
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
      ...pageOf(page, MY_HOURS_PAGE_SIZE),
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
    db.hoursEntry.aggregate({ where: { volunteerId: viewer.id, status: "CONFIRMED" }, _sum: { hours: true } }),
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
  return { items, total, page, pageSize: MY_HOURS_PAGE_SIZE, confirmedHours: num(confirmed._sum.hours) };
}

export type ConfirmedProjectHours = {
  project: {
    id: string;
    title: string;
    startsAt: Date;
    endsAt: Date;
    regionCode: RegionCode;
    isOnline: boolean;
    settlement: string | null;
  };
  organizer: { name: string; form: OrganizerForm };
  /** The roles the volunteer held on the project (usually one). */
  roleTitles: string[];
  /** Primary first, then the secondary one if any. */
  directions: Direction[];
  sdgs: { sdg: number; impact: SdgImpact }[];
  /** The sum of the entries below, exact to the hundredth. */
  confirmedHours: number;
  /** Confirmed entries only, oldest day first. */
  entries: { id: string; workedOn: string; hours: number; confirmedAt: Date | null }[];
};

/**
 * A volunteer's confirmed hours, per project, for the record ("volunteer book") and its PDFs.
 * Only CONFIRMED entries count: pending, disputed and superseded ones never appear here.
 * Not scoped to a viewer: callers pass the id of the person whose record they may show (the
 * volunteer themself, or a verified document's subject). Projects newest first.
 */
export async function confirmedHoursOfVolunteer(
  db: Db,
  volunteerId: string,
): Promise<{ projects: ConfirmedProjectHours[]; totalHours: number }> {
  const entries = await db.hoursEntry.findMany({
    where: { volunteerId, status: "CONFIRMED" },
    orderBy: [{ workedOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      projectId: true,
      workedOn: true,
      hours: true,
      confirmedAt: true,
      application: { select: { role: { select: { title: true } } } },
    },
  });
  if (entries.length === 0) return { projects: [], totalHours: 0 };
  const projects = await db.project.findMany({
    where: { id: { in: [...new Set(entries.map((e) => e.projectId))] } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      regionCode: true,
      isOnline: true,
      settlement: true,
      primaryDirection: true,
      secondaryDirection: true,
      organizer: { select: { name: true, form: true } },
      sdgs: { orderBy: { sdg: "asc" }, select: { sdg: true, impact: true } },
      applications: {
        where: { volunteerId },
        orderBy: { createdAt: "asc" },
        select: { status: true, role: { select: { title: true } } },
      },
    },
  });
  const result = projects.map((p): ConfirmedProjectHours => {
    const own = entries.filter((e) => e.projectId === p.id);
    const fromEntries = own.map((e) => e.application?.role.title).filter((t): t is string => Boolean(t));
    const roleTitles = [
      ...new Set(
        fromEntries.length
          ? fromEntries
          : p.applications.filter((a) => a.status === "ACCEPTED").map((a) => a.role.title),
      ),
    ];
    return {
      project: {
        id: p.id,
        title: p.title,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        regionCode: p.regionCode,
        isOnline: p.isOnline,
        settlement: p.settlement,
      },
      organizer: p.organizer,
      roleTitles,
      directions: [p.primaryDirection, ...(p.secondaryDirection ? [p.secondaryDirection] : [])],
      sdgs: p.sdgs,
      confirmedHours: sumHours(own.map((e) => e.hours.toNumber())),
      entries: own.map((e) => ({
        id: e.id,
        workedOn: isoDate(e.workedOn),
        hours: e.hours.toNumber(),
        confirmedAt: e.confirmedAt,
      })),
    };
  });
  return { projects: result, totalHours: sumHours(result.map((p) => p.confirmedHours)) };
}
