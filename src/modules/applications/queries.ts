import "server-only";
import type { Db } from "@/server/prisma-client";
import type { ApplicationStatus, Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { pageSlice } from "@/domain/search-params";
import { ageOn } from "@/domain/age";
import { utcToZoned } from "@/domain/time";
import { ELIGIBILITY_PROJECT_SELECT, eligibility, type EligibilityReason } from "./policy";
import type { OrganizerFilter } from "./schema";
import { toCsv } from "./csv";
import { managedApplicationWhere, managedOrganizerWhere, managedProjectWhere } from "@/modules/organizers/scope";

export const MY_PAGE_SIZE = 20;
export const ORGANIZER_PAGE_SIZE = 50;

export type RoleApplyState = {
  /** Why this viewer may not apply, or null. */
  refusal: EligibilityReason | null;
  /** The viewer's own application to the role, if any. */
  application: { id: string; status: ApplicationStatus } | null;
};

/** What eligibility needs of a project and its roles. */
export type ApplyStateProject = Pick<
  Prisma.ProjectGetPayload<object>,
  "id" | "status" | "startsAt" | "endsAt" | "primaryDirection" | "secondaryDirection" | "socialSubtype" | "hazardous"
> & { roles: { id: string; minAge: number; requiredTrainingId: string | null }[] };

/**
 * For the project page: per role, whether the signed-in viewer may apply and their application.
 * Null viewer → an empty map (the page shows a sign-in link instead of the form).
 */
export async function applyStateForRoles(
  db: Db,
  viewer: Viewer | null,
  projectOrId: string | ApplyStateProject,
): Promise<Record<string, RoleApplyState>> {
  if (!viewer) return {};
  // The project page passes the project it already read; anything else passes an id.
  const project =
    typeof projectOrId !== "string"
      ? projectOrId
      : await db.project.findUnique({
          where: { id: projectOrId },
          select: {
            ...ELIGIBILITY_PROJECT_SELECT,
            roles: { select: { id: true, minAge: true, requiredTrainingId: true } },
          },
        });
  if (!project) return {};
  const projectId = project.id;
  // One round trip in raw SQL for the viewer's certificates and applications here: the project
  // page asks on every signed-in view (decision 0021). Dates travel as text.
  const rows = await db.$queryRaw<{ kind: "c" | "a"; id: string; roleId: string | null; value: string | null }[]>`
    SELECT 'c' AS kind, "trainingId" AS id, NULL AS "roleId", "expiresOn"::text AS value
      FROM "VolunteerCertificate" WHERE "userId" = ${viewer.id}
    UNION ALL
    SELECT 'a', id, "roleId", status::text FROM "Application" WHERE "projectId" = ${projectId} AND "volunteerId" = ${viewer.id}`;
  const certificates = rows
    .filter((r) => r.kind === "c")
    .map((r) => ({ trainingId: r.id, expiresOn: r.value ? new Date(`${r.value}T00:00:00.000Z`) : null }));
  const applications = rows
    .filter((r) => r.kind === "a")
    .map((r) => ({ id: r.id, roleId: r.roleId!, status: r.value as ApplicationStatus }));
  const now = new Date();
  return Object.fromEntries(
    project.roles.map((role) => {
      const existing = applications.find((a) => a.roleId === role.id) ?? null;
      const certificate = certificates.find((c) => c.trainingId === role.requiredTrainingId) ?? null;
      const refusal = eligibility({ volunteer: viewer.volunteer, project, role, certificate, existing, now });
      return [role.id, { refusal, application: existing ? { id: existing.id, status: existing.status } : null }];
    }),
  );
}

/** The volunteer's own applications, newest first, with their history and place in line. */
export async function listMyApplications(db: Db, viewer: Viewer, page = 1) {
  const where: Prisma.ApplicationWhereInput = { volunteerId: viewer.id };
  const [total, items] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageSlice(page, MY_PAGE_SIZE),
      select: {
        id: true,
        roleId: true,
        status: true,
        motivation: true,
        createdAt: true,
        waitlistedAt: true,
        role: { select: { title: true, mode: true } },
        project: {
          select: {
            id: true,
            title: true,
            startsAt: true,
            endsAt: true,
            status: true,
            organizer: { select: { name: true, slug: true } },
          },
        },
        events: {
          orderBy: { id: "asc" },
          select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actorId: true },
        },
      },
    }),
  ]);
  const withPlace = await Promise.all(
    items.map(async (a) => {
      const placeInLine =
        a.status === "WAITLISTED" && a.waitlistedAt
          ? 1 +
            (await db.application.count({
              where: {
                roleId: a.roleId,
                status: "WAITLISTED",
                OR: [{ waitlistedAt: { lt: a.waitlistedAt } }, { waitlistedAt: a.waitlistedAt, id: { lt: a.id } }],
              },
            }))
          : null;
      return {
        ...a,
        placeInLine,
        events: a.events.map(({ actorId, ...e }) => ({
          ...e,
          id: String(e.id),
          by:
            actorId === null
              ? ("PLATFORM" as const)
              : actorId === viewer.id
                ? ("YOU" as const)
                : ("ORGANIZER" as const),
        })),
      };
    }),
  );
  return { items: withPlace, total, page, pageSize: MY_PAGE_SIZE };
}

/**
 * The organizer dashboard: its projects and roles to choose from, and one page of the chosen
 * project's applications (optionally one role and one status), with counts per status.
 * Null for anyone who is not a member of the organizer (or an admin).
 */
export async function listOrganizerApplications(db: Db, viewer: Viewer, slug: string, filter: OrganizerFilter) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true },
  });
  if (!organizer) return null;
  const projects = await db.project.findMany({
    where: { organizerId: organizer.id, OR: [{ status: "PUBLISHED" }, { applications: { some: {} } }] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      roles: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, capacity: true, acceptedCount: true, mode: true },
      },
    },
  });
  const project = projects.find((p) => p.id === filter.project) ?? projects[0] ?? null;
  const empty = {
    organizer,
    projects,
    project,
    role: null,
    items: [],
    total: 0,
    counts: {} as Partial<Record<ApplicationStatus, number>>,
    page: filter.page,
    pageSize: ORGANIZER_PAGE_SIZE,
  };
  if (!project) return empty;
  const role = project.roles.find((r) => r.id === filter.role) ?? null;
  const base: Prisma.ApplicationWhereInput = {
    projectId: project.id,
    ...managedApplicationWhere(viewer),
    // Deleted accounts leave their applications for the statistics but vanish from every list.
    volunteer: { deletedAt: null },
    ...(role ? { roleId: role.id } : {}),
  };
  const where: Prisma.ApplicationWhereInput = { ...base, ...(filter.status ? { status: filter.status } : {}) };
  const [grouped, items] = await Promise.all([
    db.application.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.application.findMany({
      where,
      orderBy:
        filter.status === "WAITLISTED"
          ? [{ waitlistedAt: "asc" }, { id: "asc" }]
          : [{ createdAt: "asc" }, { id: "asc" }],
      ...pageSlice(filter.page, ORGANIZER_PAGE_SIZE),
      select: {
        id: true,
        status: true,
        motivation: true,
        createdAt: true,
        waitlistedAt: true,
        decidedAt: true,
        volunteerId: true,
        role: { select: { id: true, title: true } },
        volunteer: { select: { name: true, volunteer: { select: { birthDate: true, regionCode: true } } } },
      },
    }),
  ]);
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<
    Record<ApplicationStatus, number>
  >;
  // The list's total is one of the counts (or their sum): no second count query.
  const total = filter.status ? (counts[filter.status] ?? 0) : Object.values(counts).reduce((a, n) => a + (n ?? 0), 0);
  const now = new Date();
  return {
    ...empty,
    role,
    total,
    counts,
    items: items.map(({ volunteer, ...a }) => ({
      ...a,
      volunteerName: volunteer.name,
      age: volunteer.volunteer ? ageOn(volunteer.volunteer.birthDate, now) : null,
      regionCode: volunteer.volunteer?.regionCode ?? null,
    })),
  };
}

export type CsvHeaders = {
  role: string;
  name: string;
  email: string;
  phone: string;
  age: string;
  region: string;
  acceptedAt: string;
};

/**
 * The accepted volunteers of a project as CSV, for members of its organizer (and admins) only;
 * null for anyone else or an unknown project. Contacts are included: the organizer needs them.
 */
export async function exportAcceptedCsv(
  db: Db,
  viewer: Viewer,
  projectId: string,
  headers: CsvHeaders,
  regionName: (code: string) => string,
) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: { id: true, title: true },
  });
  if (!project) return null;
  const accepted = await db.application.findMany({
    where: {
      projectId: project.id,
      status: "ACCEPTED",
      ...managedApplicationWhere(viewer),
      volunteer: { deletedAt: null },
    },
    orderBy: [{ role: { position: "asc" } }, { decidedAt: "asc" }, { id: "asc" }],
    select: {
      decidedAt: true,
      role: { select: { title: true } },
      volunteer: {
        select: { name: true, email: true, volunteer: { select: { phone: true, birthDate: true, regionCode: true } } },
      },
    },
  });
  const now = new Date();
  const when = (d: Date | null) => {
    if (!d) return "";
    const z = utcToZoned(d);
    return `${z.date} ${z.time}`;
  };
  const csv = toCsv([
    [headers.role, headers.name, headers.email, headers.phone, headers.age, headers.region, headers.acceptedAt],
    ...accepted.map((a) => [
      a.role.title,
      a.volunteer.name,
      a.volunteer.email,
      a.volunteer.volunteer?.phone ?? "",
      a.volunteer.volunteer ? ageOn(a.volunteer.volunteer.birthDate, now) : "",
      a.volunteer.volunteer ? regionName(a.volunteer.volunteer.regionCode) : "",
      when(a.decidedAt),
    ]),
  ]);
  return { csv, filename: `asar-accepted-${project.id}.csv`, count: accepted.length };
}
