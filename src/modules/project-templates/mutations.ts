import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { utcToZoned } from "@/domain/time";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere, managedProjectWhere } from "@/modules/organizers/scope";
import { templateDataSchema, type TemplateData } from "./schema";
import { instantiate, snapshotOf, SOURCE_SELECT, type SourceProject } from "./snapshot";

/** A project of an organizer the viewer manages, taken apart; another organizer's is NOT_FOUND. */
async function managedSource(db: Db, viewer: Viewer, projectId: string) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...managedProjectWhere(viewer) },
    select: { id: true, organizerId: true, ...SOURCE_SELECT },
  });
  if (!project) throw new AppError("NOT_FOUND");
  const { id, organizerId, ...source } = project;
  return { id, organizerId, data: snapshotOf(source as SourceProject) };
}

/** A start date today or later in Kazakhstan: a copy is for what comes next. */
function assertFutureStart(startDate: string) {
  if (startDate < utcToZoned(new Date()).date)
    throw new AppError("projectTemplates.validation.startInPast", "startDate");
}

/**
 * The one way a project is made from another (duplicate) or from a template: a DRAFT of the
 * organizer with the texts, classification, SDGs and roles, at the new date, and each role's slots
 * generated from its weekly pattern (RoleSlot rows with their own check-in secrets).
 */
async function createFromData(
  db: Db,
  viewer: Viewer,
  organizerId: string,
  data: TemplateData,
  startDate: string,
  source: { action: "project.duplicate" | "project.from_template"; from: string },
): Promise<{ id: string }> {
  assertFutureStart(startDate);
  const instance = instantiate(data, startDate);
  const codes = [...new Set(data.roles.map((r) => r.requiredTraining).filter((c): c is string => Boolean(c)))];
  const trainings = new Map(
    codes.length > 0
      ? (await db.training.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map(
          (t) => [t.code, t.id] as const,
        )
      : [],
  );
  const p = data.project;
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        organizerId,
        status: "DRAFT",
        createdById: viewer.id,
        title: p.title,
        description: p.description,
        language: p.language,
        compositions: p.compositions,
        primaryDirection: p.primaryDirection,
        secondaryDirection: p.secondaryDirection,
        socialSubtype: p.socialSubtype,
        scope: p.scope,
        duration: p.duration,
        birgemiz: p.birgemiz,
        hazardous: p.hazardous,
        regionCode: p.regionCode,
        settlement: p.settlement,
        isOnline: p.isOnline,
        contactName: p.contactName,
        contactPhone: p.contactPhone,
        contactEmail: p.contactEmail,
        startsAt: instance.startsAt,
        endsAt: instance.endsAt,
        sdgs: { create: data.sdgs },
      },
      select: { id: true, regionCode: true },
    });
    let slots = 0;
    for (const [position, r] of instance.roles.entries()) {
      const role = await tx.projectRole.create({
        data: {
          projectId: project.id,
          position,
          title: r.title,
          description: r.description,
          capacity: r.capacity,
          minAge: r.minAge,
          skills: r.skills,
          mode: r.mode,
          requiredTrainingId: r.requiredTraining ? (trainings.get(r.requiredTraining) ?? null) : null,
          ...(r.pattern ? { slotPattern: r.pattern } : {}),
        },
        select: { id: true },
      });
      if (r.slots.length > 0) {
        await tx.roleSlot.createMany({
          data: r.slots.map((s) => ({
            roleId: role.id,
            projectId: project.id,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            capacity: s.capacity,
            checkInSecret: crypto.randomBytes(32).toString("base64url"),
          })),
        });
        slots += r.slots.length;
      }
    }
    await audit(tx, {
      actorId: viewer.id,
      action: source.action,
      entityType: "Project",
      entityId: project.id,
      regionCode: project.regionCode,
      data: { from: source.from, startDate, slots },
    });
    return { id: project.id };
  });
}

/** "Duplicate this project": any member of its organizer, to a date they pick. */
export async function duplicateProject(db: Db, viewer: Viewer, input: { projectId: string; startDate: string }) {
  const source = await managedSource(db, viewer, input.projectId);
  return createFromData(db, viewer, source.organizerId, source.data, input.startDate, {
    action: "project.duplicate",
    from: source.id,
  });
}

/** Saves a project as a named template of its organizer. */
export async function saveTemplate(db: Db, viewer: Viewer, input: { projectId: string; name: string }) {
  const source = await managedSource(db, viewer, input.projectId);
  return db.$transaction(async (tx) => {
    const template = await tx.projectTemplate.create({
      data: {
        organizerId: source.organizerId,
        name: input.name,
        data: source.data,
        createdById: viewer.id,
      },
      select: { id: true, organizer: { select: { slug: true, regionCode: true } } },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "template.create",
      entityType: "ProjectTemplate",
      entityId: template.id,
      regionCode: template.organizer.regionCode,
      data: { from: source.id },
    });
    return { id: template.id, slug: template.organizer.slug };
  });
}

async function managedTemplate(db: Db, viewer: Viewer, templateId: string) {
  const template = await db.projectTemplate.findFirst({
    where: { id: templateId, organizer: managedOrganizerWhere(viewer) },
    select: { id: true, organizerId: true, data: true, organizer: { select: { regionCode: true } } },
  });
  if (!template) throw new AppError("NOT_FOUND");
  return template;
}

export async function deleteTemplate(db: Db, viewer: Viewer, input: { templateId: string }) {
  const template = await managedTemplate(db, viewer, input.templateId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.projectTemplate.deleteMany({ where: { id: template.id } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit(tx, {
      actorId: viewer.id,
      action: "template.delete",
      entityType: "ProjectTemplate",
      entityId: template.id,
      regionCode: template.organizer.regionCode,
    });
  });
}

/** A new draft from a template of an organizer the viewer manages, the same way as a duplicate. */
export async function createFromTemplate(db: Db, viewer: Viewer, input: { templateId: string; startDate: string }) {
  const template = await managedTemplate(db, viewer, input.templateId);
  const data = templateDataSchema.safeParse(template.data);
  if (!data.success) throw new AppError("projectTemplates.errors.BROKEN");
  return createFromData(db, viewer, template.organizerId, data.data, input.startDate, {
    action: "project.from_template",
    from: template.id,
  });
}
