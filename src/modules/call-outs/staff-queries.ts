import "server-only";
import type { HelpCategory, Prisma, RegionCode } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { pageSlice } from "@/domain/search-params";
import { REGION_CODES } from "@/domain/regions";
import { isoDate } from "@/domain/time";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegions, staffedRegionWhere } from "@/modules/staff/scope";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import { staffedCallOutWhere } from "./policy";
import { acceptedByViewerWhere } from "./create";

export const CALL_OUTS_PAGE_SIZE = 20;

/** The viewer's call-outs (policy.ts's staffedCallOutWhere); null for someone who staffs no region. */
function staffWhere(viewer: Viewer): Prisma.CallOutWhereInput | null {
  const scope = staffedRegions(viewer);
  return scope !== "ALL" && scope.length === 0 ? null : staffedCallOutWhere(viewer);
}

/** The staff's list: open call-outs first, newest first, with how many were called and are coming. */
export async function staffCallOuts(db: Db, viewer: Viewer, page: number) {
  const where = staffWhere(viewer);
  if (!where) return null;
  const [rows, total] = await Promise.all([
    db.callOut.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      ...pageSlice(page, CALL_OUTS_PAGE_SIZE),
      select: {
        id: true,
        title: true,
        status: true,
        regions: true,
        settlements: true,
        startsAt: true,
        peopleNeeded: true,
        recipientCount: true,
        fanOutDoneAt: true,
        _count: { select: { recipients: { where: { answer: "COMING" } } } },
      },
    }),
    db.callOut.count({ where }),
  ]);
  return {
    items: rows.map(({ _count, ...r }) => ({ ...r, coming: _count.recipients })),
    pages: Math.max(1, Math.ceil(total / CALL_OUTS_PAGE_SIZE)),
  };
}

/** How many call-outs of the viewer's regions are open (the moderation page's card); null: not staff. */
export async function openCallOutCount(db: Db, viewer: Viewer): Promise<number | null> {
  const where = staffWhere(viewer);
  return where ? db.callOut.count({ where: { ...where, status: "OPEN" } }) : null;
}

/**
 * What the new call-out form offers the viewer: the regions they may call out, the verified
 * organizers of those regions (the coordinator picker), and — from a request for help of their
 * region — the request's need to start from. Null for someone who staffs no region.
 */
/** The call-out form's prefill from a request for help. */
function prefillFrom(request: {
  id: string;
  category: HelpCategory;
  regionCode: RegionCode;
  settlement: string;
  description: string;
  neededOn: Date | null;
  peopleNeeded: number;
  assignedOrganizerId: string | null;
  acceptedAt: Date | null;
}) {
  return {
    helpRequestId: request.id,
    category: request.category,
    settlement: request.settlement,
    regions: [request.regionCode],
    settlements: request.settlement,
    description: request.description,
    peopleNeeded: String(Math.min(Math.max(request.peopleNeeded, 1), 10_000)),
    startDate: request.neededOn ? isoDate(request.neededOn) : "",
    organizerId: request.acceptedAt ? (request.assignedOrganizerId ?? "") : "",
  };
}

const PREFILL_SELECT = {
  id: true,
  category: true,
  regionCode: true,
  settlement: true,
  description: true,
  neededOn: true,
  peopleNeeded: true,
  assignedOrganizerId: true,
  acceptedAt: true,
} as const;

/**
 * The form for an organizer's own call-out, from a request for help it accepted and still works
 * on: the request's region only, the organizer itself as coordinator (createCallOut checks both
 * again). Null — a 404 — for anyone not managing the organizer, an unverified organizer, or a
 * request it did not accept.
 */
export async function organizerCallOutFormOptions(db: Db, viewer: Viewer, slug: string, helpRequestId: string) {
  if (helpRequestId.length > 40 || slug.length > 200) return null;
  const organizer = await db.organizer.findFirst({
    where: { slug, verificationStatus: "VERIFIED", ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true, regionCode: true },
  });
  if (!organizer) return null;
  const request = await db.helpRequest.findFirst({
    where: { id: helpRequestId, assignedOrganizerId: organizer.id, ...acceptedByViewerWhere(viewer) },
    select: PREFILL_SELECT,
  });
  if (!request) return null;
  return {
    organizer,
    regions: [request.regionCode],
    organizers: [{ id: organizer.id, name: organizer.name, regionCode: request.regionCode }],
    prefill: prefillFrom(request),
  };
}

export async function callOutFormOptions(db: Db, viewer: Viewer, fromHelp?: string) {
  const scope = staffedRegions(viewer);
  if (scope !== "ALL" && scope.length === 0) return null;
  const regions: RegionCode[] = scope === "ALL" ? [...REGION_CODES] : scope;
  const [organizers, request] = await Promise.all([
    db.organizer.findMany({
      where: { verificationStatus: "VERIFIED", ...staffedRegionWhere(viewer) },
      orderBy: [{ regionCode: "asc" }, { name: "asc" }, { id: "asc" }],
      take: 2000,
      select: { id: true, name: true, regionCode: true },
    }),
    fromHelp && fromHelp.length <= 40
      ? db.helpRequest.findFirst({ where: { id: fromHelp, ...staffedRegionWhere(viewer) }, select: PREFILL_SELECT })
      : null,
  ]);
  const prefill = request ? prefillFrom(request) : null;
  return { regions, organizers, prefill };
}
