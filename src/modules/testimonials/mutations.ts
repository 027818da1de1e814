import "server-only";
import type { Prisma, RegionCode } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedProjectWhere } from "@/modules/organizers/scope";
import { staffedRegionWhere } from "@/modules/staff/scope";
import { isPublicStatus } from "@/modules/projects/policy";
import { testimonialEligibility } from "./policy";

type Tx = Prisma.TransactionClient;

/** The region's front office, or the admins when the region has none yet (as help requests do). */
async function regionStaff(tx: Tx, regionCode: RegionCode): Promise<string[]> {
  const staff = await tx.staffAssignment.findMany({ where: { regionCode }, select: { userId: true } });
  if (staff.length > 0) return staff.map((s) => s.userId);
  const admins = await tx.user.findMany({ where: { isAdmin: true, deletedAt: null }, select: { id: true } });
  return admins.map((a) => a.id);
}

/**
 * The volunteer's rating and words on an application of theirs (policy.testimonialEligibility).
 * One per application, held by the unique applicationId; final once written (decision 0036).
 * The organizer's members hear of it.
 */
export async function writeTestimonial(
  db: Db,
  viewer: Viewer,
  input: { applicationId: string; rating: number; body: string },
): Promise<{ id: string }> {
  const application = await db.application.findFirst({
    where: { id: input.applicationId, volunteerId: viewer.id },
    select: {
      id: true,
      status: true,
      attendance: true,
      project: {
        select: { id: true, title: true, status: true, endsAt: true, organizerId: true, regionCode: true },
      },
      testimonial: { select: { id: true } },
      _count: { select: { hours: { where: { status: "CONFIRMED" } } } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND");
  const eligibility = testimonialEligibility({
    status: application.status,
    attendance: application.attendance,
    confirmedHours: application._count.hours,
    project: application.project,
  });
  if (eligibility !== "OK") throw new AppError(`testimonials.errors.${eligibility}`);
  if (application.testimonial) throw new AppError("testimonials.errors.ALREADY_WRITTEN");
  const project = application.project;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.testimonial.create({
        data: {
          projectId: project.id,
          applicationId: application.id,
          authorId: viewer.id,
          rating: input.rating,
          body: input.body,
        },
        select: { id: true },
      });
      const members = await tx.organizerMember.findMany({
        where: { organizerId: project.organizerId, user: { deletedAt: null } },
        select: { userId: true },
      });
      await notify(
        tx,
        members.map((m) => ({
          userId: m.userId,
          type: "TESTIMONIAL_RECEIVED" as const,
          data: { projectId: project.id, projectTitle: project.title, testimonialId: created.id, rating: input.rating },
        })),
      );
      await audit(tx, {
        actorId: viewer.id,
        action: "testimonial.create",
        entityType: "Testimonial",
        entityId: created.id,
        regionCode: project.regionCode,
      });
      return created;
    });
  } catch (e) {
    // Two submits at once: the second meets the first's row.
    if (isUniqueViolation(e)) throw new AppError("testimonials.errors.ALREADY_WRITTEN");
    throw e;
  }
}

/**
 * The organizer's one reply, by any member. The conditional update is the guard: of two replies
 * at once the second finds the reply written and changes nothing.
 */
export async function replyToTestimonial(
  db: Db,
  viewer: Viewer,
  input: { testimonialId: string; reply: string },
): Promise<void> {
  const testimonial = await db.testimonial.findFirst({
    where: { id: input.testimonialId, project: managedProjectWhere(viewer) },
    select: { id: true, authorId: true, project: { select: { id: true, title: true, regionCode: true } } },
  });
  if (!testimonial) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const { count } = await tx.testimonial.updateMany({
      where: { id: testimonial.id, reply: null },
      data: { reply: input.reply, repliedAt: new Date(), repliedById: viewer.id },
    });
    if (count === 0) throw new AppError("testimonials.errors.ALREADY_REPLIED");
    if (testimonial.authorId)
      await notify(tx, {
        userId: testimonial.authorId,
        type: "TESTIMONIAL_REPLIED",
        data: {
          projectId: testimonial.project.id,
          projectTitle: testimonial.project.title,
          testimonialId: testimonial.id,
        },
      });
    await audit(tx, {
      actorId: viewer.id,
      action: "testimonial.reply",
      entityType: "Testimonial",
      entityId: testimonial.id,
      regionCode: testimonial.project.regionCode,
    });
  });
}

/**
 * Anyone signed in reports a visible testimonial to the project region's staff, once while their
 * report is open. Staff are told of the first open report only: more reports of the same one wait
 * on the moderation page rather than ringing again.
 */
export async function reportTestimonial(
  db: Db,
  viewer: Viewer,
  input: { testimonialId: string; reason: string },
): Promise<void> {
  const testimonial = await db.testimonial.findFirst({
    where: { id: input.testimonialId, hiddenAt: null },
    select: { id: true, project: { select: { id: true, title: true, status: true, regionCode: true } } },
  });
  if (!testimonial || !isPublicStatus(testimonial.project.status)) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    // The testimonial's row, held: reports of it are counted one at a time.
    await tx.$queryRaw`SELECT id FROM "Testimonial" WHERE id = ${testimonial.id} FOR UPDATE`;
    const open = await tx.testimonialReport.findMany({
      where: { testimonialId: testimonial.id, resolvedAt: null },
      select: { reporterId: true },
    });
    if (open.some((r) => r.reporterId === viewer.id)) throw new AppError("testimonials.errors.ALREADY_REPORTED");
    const report = await tx.testimonialReport.create({
      data: { testimonialId: testimonial.id, reporterId: viewer.id, reason: input.reason },
      select: { id: true },
    });
    if (open.length === 0) {
      const staff = await regionStaff(tx, testimonial.project.regionCode);
      await notify(
        tx,
        staff.map((userId) => ({
          userId,
          type: "TESTIMONIAL_REPORTED" as const,
          data: {
            testimonialId: testimonial.id,
            projectId: testimonial.project.id,
            projectTitle: testimonial.project.title,
            regionCode: testimonial.project.regionCode,
            reason: input.reason,
          },
        })),
      );
    }
    await audit(tx, {
      actorId: viewer.id,
      action: "testimonial.report",
      entityType: "TestimonialReport",
      entityId: report.id,
      regionCode: testimonial.project.regionCode,
    });
  });
}

/**
 * Staff of the project's region hide a testimonial (it leaves the pages and the average) or show
 * it again; either way its open reports are settled. Another region's answers NOT_FOUND.
 */
export async function setTestimonialHidden(
  db: Db,
  viewer: Viewer,
  input: { testimonialId: string; hidden: boolean },
): Promise<void> {
  const testimonial = await db.testimonial.findFirst({
    where: { id: input.testimonialId, project: staffedRegionWhere(viewer) },
    select: { id: true, project: { select: { regionCode: true } } },
  });
  if (!testimonial) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.testimonial.update({
      where: { id: testimonial.id },
      data: input.hidden ? { hiddenAt: now, hiddenById: viewer.id } : { hiddenAt: null, hiddenById: null },
    });
    const settled = await tx.testimonialReport.updateMany({
      where: { testimonialId: testimonial.id, resolvedAt: null },
      data: { resolvedAt: now },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: input.hidden ? "testimonial.hide" : "testimonial.show",
      entityType: "Testimonial",
      entityId: testimonial.id,
      regionCode: testimonial.project.regionCode,
      data: { reportsSettled: settled.count },
    });
  });
}
