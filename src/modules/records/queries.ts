import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Direction, OrganizerForm, RegionCode, SdgImpact, SocialSubtype } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { utcToZoned } from "@/domain/time";
import { summarizeConfirmedHours, type ProjectHours } from "@/modules/hours/queries";

export const RECORD_PAGE_SIZE = 20;

// Hours are numeric(5,2) in the database; the record gets them as integer hundredths
// ("centi-hours", from summarizeConfirmedHours) so that sums never pick up floating-point dust.
// hoursText(1250) === "12.50".
export function hoursText(centi: number): string {
  const abs = Math.abs(Math.round(centi));
  return `${centi < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export type RecordProject = ProjectHours & {
  title: string;
  organizer: { name: string; slug: string; form: OrganizerForm };
  regionCode: RegionCode;
  settlement: string | null;
  isOnline: boolean;
  /** The project's own dates, as calendar dates in Kazakhstan. */
  startsOn: string;
  endsOn: string;
  directions: Direction[];
  socialSubtype: SocialSubtype | null;
  sdgs: { sdg: number; impact: SdgImpact }[];
  /** The roles the volunteer held: accepted, or with confirmed hours through the application. */
  roles: string[];
};

/** What the record shows of each project, for the given projects of the viewer's own hours. */
export async function recordProjects(
  db: Db | Prisma.TransactionClient,
  viewer: Pick<Viewer, "id">,
  hours: ProjectHours[],
): Promise<RecordProject[]> {
  if (hours.length === 0) return [];
  const rows = await db.project.findMany({
    where: { id: { in: hours.map((h) => h.projectId) } },
    select: {
      id: true,
      title: true,
      regionCode: true,
      settlement: true,
      isOnline: true,
      startsAt: true,
      endsAt: true,
      primaryDirection: true,
      secondaryDirection: true,
      socialSubtype: true,
      organizer: { select: { name: true, slug: true, form: true } },
      sdgs: { orderBy: { sdg: "asc" }, select: { sdg: true, impact: true } },
      applications: {
        where: { volunteerId: viewer.id, OR: [{ status: "ACCEPTED" }, { hours: { some: { status: "CONFIRMED" } } }] },
        orderBy: { role: { position: "asc" } },
        select: { role: { select: { title: true } } },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hours.flatMap((h) => {
    const p = byId.get(h.projectId);
    if (!p) return [];
    return [
      {
        ...h,
        title: p.title,
        organizer: p.organizer,
        regionCode: p.regionCode,
        settlement: p.settlement,
        isOnline: p.isOnline,
        startsOn: utcToZoned(p.startsAt).date,
        endsOn: utcToZoned(p.endsAt).date,
        directions: [p.primaryDirection, ...(p.secondaryDirection ? [p.secondaryDirection] : [])],
        socialSubtype: p.socialSubtype,
        sdgs: p.sdgs,
        roles: [...new Set(p.applications.map((a) => a.role.title))],
      },
    ];
  });
}

export type MyRecord = {
  totalCenti: number;
  years: { year: number; centi: number }[];
  projectCount: number;
  items: RecordProject[];
  page: number;
  pageSize: number;
};

/**
 * The signed-in volunteer's record ("volunteer book"): totals over every confirmed hour, and one
 * page of the projects behind them, most recent first. Always the viewer's own: there is no
 * parameter that could name someone else.
 */
export async function getMyRecord(db: Db, viewer: Viewer, page = 1): Promise<MyRecord> {
  const summary = await summarizeConfirmedHours(db, viewer);
  const pages = Math.max(1, Math.ceil(summary.projects.length / RECORD_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const slice = summary.projects.slice((current - 1) * RECORD_PAGE_SIZE, current * RECORD_PAGE_SIZE);
  return {
    totalCenti: summary.totalCenti,
    years: summary.years,
    projectCount: summary.projects.length,
    items: await recordProjects(db, viewer, slice),
    page: current,
    pageSize: RECORD_PAGE_SIZE,
  };
}
