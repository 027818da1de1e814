import "server-only";
import { linkHelpRequestToProject } from "@/modules/help/mutations";
import type { Db } from "@/server/prisma-client";
import type { ProjectStatus } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { zonedToUtc } from "@/domain/time";
import { needsSocialSubtype } from "@/domain/classification";
import { notify } from "@/modules/notifications/notify";
import { TX_OPTIONS } from "@/modules/applications/mutations";
import type { Viewer } from "@/modules/accounts/viewer";
import type { ProjectData } from "./schema";
import { managedOrganizerWhere, managedProjectWhere } from "@/modules/organizers/scope";
import { EDITABLE_STATUSES, moderatedChanges } from "./policy";

function columns(input: ProjectData) {
  return {
    title: input.title,
    description: input.description,
    language: input.language,
    compositions: input.compositions,
    primaryDirection: input.primaryDirection,
    secondaryDirection: input.secondaryDirection ?? null,
    socialSubtype: needsSocialSubtype(input.primaryDirection, input.secondaryDirection)
      ? (input.socialSubtype ?? null)
      : null,
    scope: input.scope,
    duration: input.duration,
    birgemiz: input.birgemiz,
    hazardous: input.hazardous,
    regionCode: input.regionCode,
    isOnline: input.isOnline,
    settlement: input.settlement ?? null,
    startsAt: zonedToUtc(input.startDate, input.startTime),
    endsAt: zonedToUtc(input.endDate, input.endTime),
    contactName: input.contactName,
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
  };
}

function roleColumns(r: ProjectData["roles"][number], position: number, trainings: Map<string, string>) {
  return {
    title: r.title,
    description: r.description,
    capacity: r.capacity,
    minAge: r.minAge,
    skills: r.skills,
    mode: r.mode,
    requiredTrainingId: r.requiredTraining ? (trainings.get(r.requiredTraining) ?? null) : null,
    position,
  };
}

async function trainingIds(db: Db, input: ProjectData): Promise<Map<string, string>> {
  const codes = [...new Set(input.roles.map((r) => r.requiredTraining).filter((c): c is string => Boolean(c)))];
  if (codes.length === 0) return new Map();
  const rows = await db.training.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * A new project starts as a draft of the viewer's organizer. Made from a request for help the
 * organizer took (helpRequestId), it is linked to the request in the same transaction.
 */
export async function createProject(
  db: Db,
  viewer: Viewer,
  organizerId: string,
  input: ProjectData,
  helpRequestId?: string,
): Promise<{ id: string }> {
  // Another organizer's id finds nothing, as everywhere.
  const organizer = await db.organizer.count({ where: { id: organizerId, ...managedOrganizerWhere(viewer) } });
  if (organizer === 0) throw new AppError("NOT_FOUND");
  const trainings = await trainingIds(db, input);
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        ...columns(input),
        organizerId,
        status: "DRAFT",
        createdById: viewer.id,
        sdgs: { create: input.sdgs.map((s) => ({ sdg: s.sdg, impact: s.impact })) },
        roles: {
          create: input.roles.map((r, i) => roleColumns(r, i, trainings)),
        },
      },
      select: { id: true, regionCode: true },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "project.create",
      entityType: "Project",
      entityId: project.id,
      regionCode: project.regionCode,
    });
    if (helpRequestId)
      await linkHelpRequestToProject(tx, viewer, { helpRequestId, organizerId, projectId: project.id });
    return { id: project.id };
  });
}

/**
 * Edits a project. A change of a published project that a moderator must see (policy
 * moderatedChanges: text, region, roles' titles, a lower age limit…) sends it back to moderation;
 * capacity and dates do not. A role with applications cannot be removed, and a capacity
 * cannot drop below the places already taken.
 */
export async function updateProject(
  db: Db,
  viewer: Viewer,
  projectId: string,
  input: ProjectData,
): Promise<{ backToModeration: boolean }> {
  const current = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    include: {
      roles: {
        select: {
          id: true,
          acceptedCount: true,
          title: true,
          description: true,
          minAge: true,
          skills: true,
          mode: true,
          requiredTrainingId: true,
          _count: { select: { applications: true } },
        },
      },
      sdgs: { select: { sdg: true, impact: true } },
    },
  });
  if (!current) throw new AppError("NOT_FOUND");
  if (!EDITABLE_STATUSES.includes(current.status)) throw new AppError("projects.errors.NOT_EDITABLE");
  const next = columns(input);
  const trainings = await trainingIds(db, input);
  const changed =
    current.status === "PUBLISHED"
      ? moderatedChanges(current, {
          ...next,
          sdgs: input.sdgs,
          roles: input.roles.map((r, i) => ({ id: r.id, ...roleColumns(r, i, trainings) })),
        })
      : [];
  const backToModeration = changed.length > 0;
  const keptIds = new Set(input.roles.map((r) => r.id).filter(Boolean));
  const checkRoles = (roles: { id: string; acceptedCount: number; applications: number }[]) => {
    for (const role of roles) {
      if (!keptIds.has(role.id) && role.applications > 0) throw new AppError("projects.errors.ROLE_HAS_APPLICATIONS");
    }
    for (const r of input.roles) {
      const existing = r.id ? roles.find((x) => x.id === r.id) : undefined;
      if (r.id && !existing) throw new AppError("NOT_FOUND");
      if (existing && r.capacity < existing.acceptedCount)
        throw new AppError("projects.errors.CAPACITY_BELOW_ACCEPTED");
    }
  };
  checkRoles(
    current.roles.map((r) => ({ id: r.id, acceptedCount: r.acceptedCount, applications: r._count.applications })),
  );

  await db.$transaction(async (tx) => {
    // Checked again under the project's lock (decision 0007): applications arriving meanwhile
    // wait, so a role cannot lose places below those taken, or vanish with applications.
    const [locked] = await tx.$queryRaw<
      { status: ProjectStatus }[]
    >`SELECT status FROM "Project" WHERE id = ${projectId} FOR NO KEY UPDATE`;
    if (!locked || locked.status !== current.status) throw new AppError("CONFLICT");
    checkRoles(
      await tx.$queryRaw<{ id: string; acceptedCount: number; applications: number }[]>`
        SELECT r.id, r."acceptedCount", (SELECT count(*)::int FROM "Application" a WHERE a."roleId" = r.id) AS applications
        FROM "ProjectRole" r WHERE r."projectId" = ${projectId} ORDER BY r.id FOR NO KEY UPDATE`,
    );
    await tx.project.update({
      where: { id: projectId },
      data: {
        ...next,
        ...(backToModeration ? { status: "SUBMITTED" as const, submittedAt: new Date() } : {}),
      },
    });
    await tx.projectSdg.deleteMany({ where: { projectId } });
    await tx.projectSdg.createMany({ data: input.sdgs.map((s) => ({ projectId, sdg: s.sdg, impact: s.impact })) });
    await tx.projectRole.deleteMany({ where: { projectId, id: { notIn: [...keptIds] as string[] } } });
    for (const [i, r] of input.roles.entries()) {
      const data = roleColumns(r, i, trainings);
      if (r.id) await tx.projectRole.update({ where: { id: r.id }, data });
      else await tx.projectRole.create({ data: { ...data, projectId } });
    }
    await audit(tx, {
      actorId: viewer.id,
      action: backToModeration ? "project.update_remoderate" : "project.update",
      entityType: "Project",
      entityId: projectId,
      regionCode: next.regionCode,
      ...(backToModeration ? { data: { changed } } : {}),
    });
  }, TX_OPTIONS);
  return { backToModeration };
}

/** Sends a draft (or a project the moderator asked to change) to the region's moderators. */
export async function submitProject(db: Db, viewer: Viewer, projectId: string) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: { id: true, status: true, regionCode: true },
  });
  if (!project) throw new AppError("NOT_FOUND");
  if (project.status !== "DRAFT" && project.status !== "CHANGES_REQUESTED")
    throw new AppError("projects.errors.NOT_SUBMITTABLE");
  await db.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: projectId, status: project.status },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await audit(tx, {
      actorId: viewer.id,
      action: "project.submit",
      entityType: "Project",
      entityId: projectId,
      regionCode: project.regionCode,
    });
  });
}

/**
 * Cancels a project: its accepted and waitlisted volunteers and those still waiting for a
 * decision are told once, and their applications end. The project's row is locked first, as
 * every change of who holds a place locks it (shared) first: an application being written
 * finishes before the cancellation reads the open ones, and one not yet written waits and is
 * then refused (decision 0007). The database recounts the roles' places from the rows.
 */
export async function cancelProject(db: Db, viewer: Viewer, input: { projectId: string; reason: string }) {
  const project = await db.project.findFirst({
    where: { id: input.projectId, ...managedProjectWhere(viewer) },
    select: { id: true, title: true, organizerId: true, status: true, regionCode: true },
  });
  if (!project) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status::text FROM "Project" WHERE id = ${project.id} FOR NO KEY UPDATE`;
    if (!locked || locked.status === "CANCELLED" || locked.status === "COMPLETED")
      throw new AppError("projects.errors.NOT_CANCELLABLE");
    await tx.project.update({
      where: { id: project.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelReason: input.reason },
    });
    const affected = await tx.application.findMany({
      where: { projectId: project.id, status: { in: ["ACCEPTED", "WAITLISTED", "SUBMITTED"] } },
      select: { id: true, status: true, volunteerId: true },
    });
    await tx.application.updateMany({
      where: { id: { in: affected.map((a) => a.id) } },
      data: { status: "CANCELLED", waitlistedAt: null },
    });
    // Their slot sign-ups end with them (decision 0032); nobody is promoted on a cancelled project.
    await tx.slotSignup.updateMany({
      where: { slot: { projectId: project.id }, status: { not: "CANCELLED" } },
      data: { status: "CANCELLED", waitlistedAt: null, cancelledAt: new Date() },
    });
    await tx.applicationEvent.createMany({
      data: affected.map((a) => ({
        applicationId: a.id,
        fromStatus: a.status,
        toStatus: "CANCELLED" as const,
        actorId: viewer.id,
        note: input.reason,
      })),
    });
    const told = [...new Set(affected.map((a) => a.volunteerId))];
    await notify(
      tx,
      told.map((userId) => ({
        userId,
        type: "PROJECT_CANCELLED" as const,
        data: { projectId: project.id, projectTitle: project.title, reason: input.reason },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "project.cancel",
      entityType: "Project",
      entityId: project.id,
      regionCode: project.regionCode,
      data: { reason: input.reason, told: told.length },
    });
    return { told: told.length };
  }, TX_OPTIONS);
}
