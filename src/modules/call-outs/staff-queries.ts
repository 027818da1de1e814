import "server-only";
import type { Prisma, RegionCode } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { pageSlice } from "@/domain/search-params";
import { REGION_CODES } from "@/domain/regions";
import { isoDate } from "@/domain/time";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegions, staffedRegionWhere } from "@/modules/staff/scope";
import { staffedCallOutWhere } from "./policy";

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
      ? db.helpRequest.findFirst({
          where: { id: fromHelp, ...staffedRegionWhere(viewer) },
          select: {
            id: true,
            category: true,
            regionCode: true,
            settlement: true,
            description: true,
            neededOn: true,
            peopleNeeded: true,
            assignedOrganizerId: true,
            acceptedAt: true,
          },
        })
      : null,
  ]);
  const prefill = request
    ? {
        helpRequestId: request.id,
        category: request.category,
        settlement: request.settlement,
        regions: [request.regionCode],
        settlements: request.settlement,
        description: request.description,
        peopleNeeded: String(Math.min(Math.max(request.peopleNeeded, 1), 10_000)),
        startDate: request.neededOn ? isoDate(request.neededOn) : "",
        organizerId: request.acceptedAt ? (request.assignedOrganizerId ?? "") : "",
      }
    : null;
  return { regions, organizers, prefill };
}
