import "server-only";
import { cache } from "react";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere, managedProjectWhere, managesOrganizer } from "@/modules/organizers/scope";
import { staffsRegion } from "@/modules/staff/scope";
import { utcToZoned } from "@/domain/time";
import { isPublicStatus } from "./policy";
import type { ProjectInput } from "./schema";

const DETAIL_SELECT = {
  id: true,
  organizerId: true,
  title: true,
  description: true,
  language: true,
  compositions: true,
  primaryDirection: true,
  secondaryDirection: true,
  socialSubtype: true,
  scope: true,
  duration: true,
  birgemiz: true,
  hazardous: true,
  regionCode: true,
  settlement: true,
  isOnline: true,
  startsAt: true,
  endsAt: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  status: true,
  rejectionGround: true,
  moderationComment: true,
  cancelReason: true,
  submittedAt: true,
  publishedAt: true,
  reviewedById: true,
  reviewedAt: true,
  organizer: { select: { id: true, slug: true, name: true, form: true, verificationStatus: true } },
  sdgs: { orderBy: { sdg: "asc" }, select: { sdg: true, impact: true } },
  // An emergency call-out's backing project: its role is answered on the call-out's page.
  callOut: { select: { id: true, status: true } },
  roles: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      description: true,
      capacity: true,
      acceptedCount: true,
      minAge: true,
      skills: true,
      mode: true,
      requiredTrainingId: true,
      requiredTraining: { select: { code: true, nameKk: true, nameRu: true, nameEn: true } },
    },
  },
} as const;

/**
 * A project page: published, completed and cancelled projects are public; drafts and projects
 * under moderation only for the organizer's members and the region's moderators. The project is
 * read by id alone (the same for every visitor) and the viewer's rights are decided on it with
 * the scopes' session twins: the page shows links by them, and every change it leads to is
 * scoped again in its own where clause.
 */
// Cached per request (React.cache): the page's metadata and the page itself read it once.
export const getProjectForView = cache(async function getProjectForView(db: Db, viewer: Viewer | null, id: string) {
  const project = await db.project.findUnique({ where: { id }, select: DETAIL_SELECT });
  if (!project) return null;
  const mayManage = managesOrganizer(viewer, project.organizerId);
  const mayModerate = staffsRegion(viewer, project.regionCode);
  if (!isPublicStatus(project.status) && !mayManage && !mayModerate) return null;
  return { project, mayManage, mayModerate };
});

/** The project as its form edits it (wall-clock dates in Kazakhstan's time). */
export async function getProjectForEdit(db: Db, viewer: Viewer, id: string) {
  const project = await db.project.findFirst({ where: { id, ...managedProjectWhere(viewer) }, select: DETAIL_SELECT });
  if (!project) return null;
  const start = utcToZoned(project.startsAt);
  const end = utcToZoned(project.endsAt);
  const input: ProjectInput = {
    title: project.title,
    description: project.description,
    language: project.language,
    compositions: project.compositions,
    primaryDirection: project.primaryDirection,
    secondaryDirection: project.secondaryDirection ?? "",
    socialSubtype: project.socialSubtype ?? "",
    scope: project.scope,
    duration: project.duration,
    birgemiz: project.birgemiz,
    hazardous: project.hazardous,
    regionCode: project.regionCode,
    isOnline: project.isOnline,
    settlement: project.settlement ?? "",
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    contactName: project.contactName,
    contactPhone: project.contactPhone ?? "",
    contactEmail: project.contactEmail ?? "",
    sdgs: project.sdgs,
    roles: project.roles.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      capacity: r.capacity,
      minAge: r.minAge,
      skills: r.skills.join(", "),
      requiredTraining: r.requiredTraining?.code ?? "",
      mode: r.mode,
    })),
  };
  return { project, input };
}

/** All projects of an organizer, drafts included, for its members. */
export async function listOrganizerProjects(db: Db, viewer: Viewer, slug: string) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true, verificationStatus: true, regionCode: true },
  });
  if (!organizer) return null;
  const projects = await db.project.findMany({
    where: { organizerId: organizer.id },
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      moderationComment: true,
      rejectionGround: true,
      _count: { select: { applications: true } },
    },
  });
  return { organizer, projects };
}
