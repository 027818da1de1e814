import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegionWhere } from "@/modules/staff/scope";
import { shortName, shownAverage, testimonialEligibility } from "./policy";

export const TESTIMONIALS_PER_PAGE = 10;
const PUBLIC_PROJECT = { status: { in: ["PUBLISHED", "COMPLETED"] } } satisfies Prisma.ProjectWhereInput;

export type TestimonialScope = { projectId: string } | { organizerId: string };

/**
 * The visible testimonials of a project, or of all an organizer's public projects, newest first,
 * a page at a time, with how many there are and their average (null below AVERAGE_FROM). Hidden
 * ones count nowhere. The author is shown as first name and initial, never more.
 */
export async function listTestimonials(db: Db, scope: TestimonialScope, page = 1) {
  const where: Prisma.TestimonialWhereInput = {
    hiddenAt: null,
    ...("projectId" in scope
      ? { projectId: scope.projectId, project: PUBLIC_PROJECT }
      : { project: { organizerId: scope.organizerId, ...PUBLIC_PROJECT } }),
  };
  // Most projects and organizers have none: then the one aggregate is all a page pays.
  const summary = await db.testimonial.aggregate({ where, _count: { _all: true }, _avg: { rating: true } });
  const offset = (Math.max(page, 1) - 1) * TESTIMONIALS_PER_PAGE;
  const rows =
    summary._count._all > offset
      ? await db.testimonial.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: offset,
          take: TESTIMONIALS_PER_PAGE,
          select: {
            id: true,
            rating: true,
            body: true,
            reply: true,
            repliedAt: true,
            createdAt: true,
            author: { select: { name: true, deletedAt: true } },
            project: { select: { id: true, title: true, organizerId: true } },
          },
        })
      : [];
  const count = summary._count._all;
  return {
    count,
    average: shownAverage(count, summary._avg.rating),
    pages: Math.max(1, Math.ceil(count / TESTIMONIALS_PER_PAGE)),
    items: rows.map(({ author, ...t }) => ({
      ...t,
      authorName: author && !author.deletedAt ? shortName(author.name) : "",
    })),
  };
}

export type TestimonialList = Awaited<ReturnType<typeof listTestimonials>>;

/** The viewer's applications on this project that may still get a testimonial (policy). */
export async function testimonialOpportunities(db: Db, viewer: Viewer | null, projectId: string) {
  if (!viewer) return [];
  const applications = await db.application.findMany({
    where: { projectId, volunteerId: viewer.id, status: "ACCEPTED", testimonial: null },
    select: {
      id: true,
      status: true,
      attendance: true,
      role: { select: { title: true } },
      project: { select: { status: true, endsAt: true } },
      _count: { select: { hours: { where: { status: "CONFIRMED" } } } },
    },
  });
  return applications
    .filter(
      (a) =>
        testimonialEligibility({
          status: a.status,
          attendance: a.attendance,
          confirmedHours: a._count.hours,
          project: a.project,
        }) === "OK",
    )
    .map((a) => ({ applicationId: a.id, roleTitle: a.role.title }));
}

/**
 * The staff's page: testimonials with open reports in the regions the viewer staffs (oldest
 * report first), or the hidden ones (newest hidden first), a page at a time.
 */
export async function testimonialQueue(db: Db, viewer: Viewer, view: "reported" | "hidden", page = 1) {
  const where: Prisma.TestimonialWhereInput = {
    project: staffedRegionWhere(viewer),
    ...(view === "reported" ? { reports: { some: { resolvedAt: null } } } : { hiddenAt: { not: null } }),
  };
  const [count, rows] = await Promise.all([
    db.testimonial.count({ where }),
    db.testimonial.findMany({
      where,
      orderBy: view === "reported" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ hiddenAt: "desc" }, { id: "desc" }],
      skip: (Math.max(page, 1) - 1) * TESTIMONIALS_PER_PAGE,
      take: TESTIMONIALS_PER_PAGE,
      select: {
        id: true,
        rating: true,
        body: true,
        reply: true,
        createdAt: true,
        hiddenAt: true,
        author: { select: { name: true, deletedAt: true } },
        project: { select: { id: true, title: true, regionCode: true } },
        reports: {
          where: { resolvedAt: null },
          orderBy: { createdAt: "asc" },
          take: 20,
          select: { id: true, reason: true, createdAt: true },
        },
      },
    }),
  ]);
  return {
    count,
    pages: Math.max(1, Math.ceil(count / TESTIMONIALS_PER_PAGE)),
    items: rows.map(({ author, ...t }) => ({
      ...t,
      authorName: author && !author.deletedAt ? shortName(author.name) : "",
    })),
  };
}

/** How many testimonials wait for the viewer's region staff (the moderation overview's card). */
export async function reportedTestimonialCount(db: Db, viewer: Viewer): Promise<number> {
  return db.testimonial.count({
    where: { project: staffedRegionWhere(viewer), reports: { some: { resolvedAt: null } } },
  });
}
