import "server-only";
import type { Db } from "@/server/prisma-client";
import type { HelpRequestStatus, Prisma, RegionCode } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { pageSlice } from "@/domain/search-params";
import { isOverdue } from "@/domain/help-requests";
import { staffedRegions, staffedRegionWhere } from "@/modules/staff/scope";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import { overdueWhere, takenForProjectWhere } from "./scope";

export const HELP_QUEUE_PAGE_SIZE = 25;

/** The steps a requester's timeline shows, from the audit log (one source for both). */
export const TIMELINE_ACTIONS = [
  "help.submitted",
  "help.assigned",
  "help.accepted",
  "help.handed_back",
  "help.resolved",
  "help.declined",
  "help.duplicate",
  "help.converted",
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

async function timeline(db: Db, requestId: string) {
  const rows = await db.auditLog.findMany({
    where: { entityType: "HelpRequest", entityId: requestId, action: { in: [...TIMELINE_ACTIONS] } },
    orderBy: { id: "asc" },
    select: { action: true, createdAt: true, data: true },
  });
  return rows.map((r) => ({ action: r.action as TimelineAction, at: r.createdAt, data: r.data }));
}

/** The region's queue for its staff: open requests oldest first (overdue marked), or closed ones newest first. */
export async function helpQueue(
  db: Db,
  viewer: Viewer,
  filter: { region?: RegionCode; view: "open" | "closed"; page: number },
) {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const open: HelpRequestStatus[] = ["NEW", "IN_PROGRESS"];
  const where: Prisma.HelpRequestWhereInput = {
    ...staffedRegionWhere(viewer, filter.region),
    status: filter.view === "open" ? { in: open } : { notIn: open },
  };
  const now = new Date();
  const [items, total, overdue] = await Promise.all([
    db.helpRequest.findMany({
      where,
      orderBy: filter.view === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ closedAt: "desc" }, { id: "asc" }],
      ...pageSlice(filter.page, HELP_QUEUE_PAGE_SIZE),
      select: {
        id: true,
        category: true,
        regionCode: true,
        settlement: true,
        description: true,
        peopleNeeded: true,
        neededOn: true,
        status: true,
        surge: true,
        createdAt: true,
        updatedAt: true,
        acceptedAt: true,
        closedAt: true,
        assignedOrganizer: { select: { name: true } },
      },
    }),
    db.helpRequest.count({ where }),
    db.helpRequest.count({ where: { ...staffedRegionWhere(viewer, filter.region), ...overdueWhere(now) } }),
  ]);
  return {
    items: items.map((r) => ({ ...r, overdue: isOverdue(r, now) })),
    total,
    overdue,
    pages: Math.max(1, Math.ceil(total / HELP_QUEUE_PAGE_SIZE)),
  };
}

/** How many requests of the viewer's regions are open, and how many of them overdue (the moderation page's link). */
export async function helpQueueCounts(db: Db, viewer: Viewer): Promise<{ open: number; overdue: number } | null> {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const [open, overdue] = await Promise.all([
    db.helpRequest.count({ where: { ...staffedRegionWhere(viewer), status: { in: ["NEW", "IN_PROGRESS"] } } }),
    db.helpRequest.count({ where: { ...staffedRegionWhere(viewer), ...overdueWhere() } }),
  ]);
  return { open, overdue };
}

/** One request for the region's staff: everything, the timeline, who it could go to, what it may duplicate. */
export async function helpRequestForStaff(db: Db, viewer: Viewer, id: string) {
  const request = await db.helpRequest.findFirst({
    where: { id, ...staffedRegionWhere(viewer) },
    select: {
      id: true,
      category: true,
      regionCode: true,
      settlement: true,
      address: true,
      description: true,
      neededOn: true,
      peopleNeeded: true,
      requesterName: true,
      contactPhone: true,
      contactEmail: true,
      personalDataErasedAt: true,
      surge: true,
      status: true,
      outcomeReason: true,
      duplicateOfId: true,
      createdAt: true,
      updatedAt: true,
      acceptedAt: true,
      closedAt: true,
      assignedOrganizer: { select: { id: true, name: true, slug: true } },
      project: { select: { id: true, title: true } },
    },
  });
  if (!request) return null;
  const open = request.status === "NEW" || request.status === "IN_PROGRESS";
  const [steps, organizers, similar] = await Promise.all([
    timeline(db, request.id),
    open
      ? db.organizer.findMany({
          where: { regionCode: request.regionCode, verificationStatus: "VERIFIED" },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: 200,
          select: { id: true, name: true },
        })
      : [],
    // Other requests of the region with the same need in the last two weeks: likely duplicates.
    open
      ? db.helpRequest.findMany({
          where: {
            regionCode: request.regionCode,
            category: request.category,
            id: { not: request.id },
            status: { not: "DUPLICATE" },
            createdAt: { gt: new Date(request.createdAt.getTime() - 14 * 86400_000) },
          },
          orderBy: { createdAt: "desc" },
          take: 10,
          select: { id: true, settlement: true, description: true, createdAt: true, status: true },
        })
      : [],
  ]);
  return { request: { ...request, overdue: isOverdue(request, new Date()) }, steps, organizers, similar };
}

/**
 * Requests offered to or accepted by an organizer the viewer manages. The contact and address
 * appear only once the organizer has accepted (the requester consented to share them with the
 * organizer that takes the request).
 */
export async function organizerHelpRequests(db: Db, viewer: Viewer, slug: string) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true },
  });
  if (!organizer) return null;
  const rows = await db.helpRequest.findMany({
    where: { assignedOrganizerId: organizer.id, status: { in: ["IN_PROGRESS", "RESOLVED"] } },
    orderBy: [{ status: "asc" }, { assignedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      category: true,
      regionCode: true,
      settlement: true,
      description: true,
      neededOn: true,
      peopleNeeded: true,
      status: true,
      assignedAt: true,
      acceptedAt: true,
      requesterName: true,
      contactPhone: true,
      contactEmail: true,
      address: true,
      project: { select: { id: true, title: true } },
    },
  });
  return {
    organizer,
    items: rows.map(({ requesterName, contactPhone, contactEmail, address, ...r }) =>
      r.acceptedAt
        ? { ...r, contact: { requesterName, contactPhone, contactEmail, address } }
        : { ...r, contact: null },
    ),
  };
}

/** What the tracking link shows: the need and its steps, never the contact or the address. */
export async function trackHelpRequest(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const request = await db.helpRequest.findUnique({
    where: { trackingToken: token },
    select: {
      id: true,
      category: true,
      regionCode: true,
      settlement: true,
      neededOn: true,
      peopleNeeded: true,
      status: true,
      outcomeReason: true,
      createdAt: true,
      acceptedAt: true,
      assignedOrganizer: { select: { name: true, slug: true } },
      project: { select: { id: true, title: true, status: true } },
    },
  });
  if (!request) return null;
  const steps = await timeline(db, request.id);
  const { id: _id, ...shown } = request;
  return {
    ...shown,
    // The organizer is named once it took the request; a published project is linked.
    assignedOrganizer: request.acceptedAt ? request.assignedOrganizer : null,
    project: request.project?.status === "PUBLISHED" ? request.project : null,
    steps: steps.map((s) => ({ action: s.action, at: s.at })),
  };
}

/** What a new project made from a request starts with: the request the viewer's organizer took. */
export async function helpRequestForProject(db: Db, viewer: Viewer, organizerId: string, requestId: string) {
  return db.helpRequest.findFirst({
    where: { id: requestId, ...takenForProjectWhere(viewer, organizerId) },
    select: {
      id: true,
      category: true,
      regionCode: true,
      settlement: true,
      description: true,
      neededOn: true,
      peopleNeeded: true,
    },
  });
}
