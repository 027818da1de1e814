import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { zonedToUtc } from "@/domain/time";
import { generateSlots, type GeneratedSlot } from "@/domain/slot-pattern";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedProjectWhere } from "@/modules/organizers/scope";
import { TX_OPTIONS } from "@/modules/applications/mutations";
import { cancelOne, isOverlapViolation, lockProjectAndRole, lockSlots, promote, signUp } from "./places";
import type { addSlotSchema, changeSlotsSchema, editSlotSchema, PatternForm } from "./schema";

/** No role has more slots than this (a year of every day is 365). */
export const MAX_SLOTS_PER_ROLE = 400;

const newSecret = () => randomBytes(32).toString("base64url");

/** A role of a project the viewer manages; anyone else's is NOT_FOUND. */
async function managedRole(db: Db, viewer: Viewer, roleId: string) {
  const role = await db.projectRole.findFirst({
    where: { id: roleId, project: managedProjectWhere(viewer) },
    select: {
      id: true,
      title: true,
      callOut: { select: { id: true } },
      project: { select: { id: true, title: true, status: true, endsAt: true, regionCode: true } },
    },
  });
  if (!role) throw new AppError("NOT_FOUND");
  if (role.project.status === "CANCELLED" || role.project.status === "COMPLETED")
    throw new AppError("shifts.errors.PROJECT_CLOSED");
  // A call-out's role is answered, not scheduled.
  if (role.callOut) throw new AppError("shifts.errors.CALL_OUT_ROLE");
  return role;
}

async function createSlots(
  db: Db,
  viewer: Viewer,
  role: Awaited<ReturnType<typeof managedRole>>,
  slots: GeneratedSlot[],
  pattern?: Prisma.InputJsonValue,
) {
  const now = new Date();
  if (slots.some((s) => s.startsAt <= now)) throw new AppError("shifts.errors.IN_THE_PAST");
  if (slots.some((s) => s.endsAt > role.project.endsAt)) throw new AppError("shifts.errors.OUTSIDE_PROJECT");
  return db.$transaction(async (tx) => {
    await lockProjectAndRole(tx, role.project.id, role.id);
    const existing = await tx.roleSlot.findMany({
      where: { roleId: role.id },
      select: { startsAt: true, endsAt: true },
    });
    const key = (s: { startsAt: Date; endsAt: Date }) => `${s.startsAt.getTime()}-${s.endsAt.getTime()}`;
    const taken = new Set(existing.map(key));
    // The same times again are one slot: generating a pattern twice adds nothing.
    const fresh = slots.filter((s) => !taken.has(key(s)));
    if (existing.length + fresh.length > MAX_SLOTS_PER_ROLE) throw new AppError("shifts.errors.TOO_MANY_SLOTS");
    await tx.roleSlot.createMany({
      data: fresh.map((s) => ({
        roleId: role.id,
        projectId: role.project.id,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        capacity: s.capacity,
        checkInSecret: newSecret(),
      })),
    });
    if (pattern !== undefined) await tx.projectRole.update({ where: { id: role.id }, data: { slotPattern: pattern } });
    await audit(tx, {
      actorId: viewer.id,
      action: pattern !== undefined ? "slot.generate" : "slot.add",
      entityType: "ProjectRole",
      entityId: role.id,
      regionCode: role.project.regionCode,
      data: { added: fresh.length },
    });
    return { added: fresh.length };
  }, TX_OPTIONS);
}

/** The organizer adds one slot to a role. */
export async function addSlot(db: Db, viewer: Viewer, input: z.output<typeof addSlotSchema>) {
  const role = await managedRole(db, viewer, input.roleId);
  const slot = {
    startsAt: zonedToUtc(input.date, input.start),
    endsAt: zonedToUtc(input.date, input.end),
    capacity: input.capacity,
  };
  return createSlots(db, viewer, role, [slot]);
}

/** The organizer generates a role's slots from a weekly pattern, kept on the role for duplicating. */
export async function addSlotsFromPattern(db: Db, viewer: Viewer, input: PatternForm) {
  const role = await managedRole(db, viewer, input.roleId);
  const slots = generateSlots(input.pattern);
  if (slots.length === 0) throw new AppError("shifts.errors.PATTERN_EMPTY");
  return createSlots(db, viewer, role, slots, input.pattern);
}

/**
 * The organizer deletes a slot. Everyone signed up (holding a place, waiting or picked) is told,
 * and their sign-ups go with the slot.
 */
export async function deleteSlot(db: Db, viewer: Viewer, slotId: string) {
  const slot = await db.roleSlot.findFirst({
    where: { id: slotId, project: managedProjectWhere(viewer) },
    select: { id: true, roleId: true, projectId: true, startsAt: true, endsAt: true },
  });
  if (!slot) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    await lockProjectAndRole(tx, slot.projectId, slot.roleId);
    await lockSlots(tx, [slot.id]);
    const context = await tx.roleSlot.findUniqueOrThrow({
      where: { id: slot.id },
      select: {
        role: { select: { title: true } },
        project: { select: { id: true, title: true, regionCode: true, status: true } },
        signups: { where: { status: { not: "CANCELLED" } }, select: { volunteerId: true } },
      },
    });
    const told = context.project.status === "CANCELLED" ? [] : context.signups.map((s) => s.volunteerId);
    await notify(
      tx,
      told.map((userId) => ({
        userId,
        type: "SLOT_CANCELLED" as const,
        data: {
          projectId: context.project.id,
          projectTitle: context.project.title,
          roleTitle: context.role.title,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        },
      })),
    );
    await tx.roleSlot.delete({ where: { id: slot.id } });
    await audit(tx, {
      actorId: viewer.id,
      action: "slot.delete",
      entityType: "ProjectRole",
      entityId: slot.roleId,
      regionCode: context.project.regionCode,
      data: { slotId: slot.id, startsAt: slot.startsAt.toISOString(), told: told.length },
    });
    return { told: told.length };
  }, TX_OPTIONS);
}

/**
 * The organizer edits a future slot: its times and its places. Places never go below those
 * taken; more places go to the slot's waiting line at once (`promote`, as a freed place does).
 * New times are the slot's and its sign-ups' (the database copies them only on insert), so a
 * confirmed volunteer who would then hold two overlapping slots makes the exclusion constraint
 * refuse the edit as a whole. Everyone signed up (confirmed, waiting or picked pending a
 * decision) is told of new times (SLOT_CHANGED, with the old ones).
 */
export async function editSlot(db: Db, viewer: Viewer, input: z.output<typeof editSlotSchema>) {
  const slot = await db.roleSlot.findFirst({
    where: { id: input.slotId, project: managedProjectWhere(viewer) },
    select: { id: true, roleId: true, projectId: true },
  });
  if (!slot) throw new AppError("NOT_FOUND");
  const startsAt = zonedToUtc(input.date, input.start);
  const endsAt = zonedToUtc(input.date, input.end);
  try {
    return await db.$transaction(async (tx) => {
      await lockProjectAndRole(tx, slot.projectId, slot.roleId);
      const [before] = await lockSlots(tx, [slot.id]);
      if (!before) throw new AppError("NOT_FOUND");
      const context = await tx.roleSlot.findUniqueOrThrow({
        where: { id: slot.id },
        select: {
          role: { select: { title: true } },
          project: { select: { id: true, title: true, status: true, endsAt: true, regionCode: true } },
        },
      });
      const project = context.project;
      if (project.status === "CANCELLED" || project.status === "COMPLETED")
        throw new AppError("shifts.errors.PROJECT_CLOSED");
      const now = new Date();
      if (before.startsAt <= now) throw new AppError("shifts.errors.SLOT_STARTED");
      if (startsAt <= now) throw new AppError("shifts.errors.IN_THE_PAST", "date");
      if (endsAt > project.endsAt) throw new AppError("shifts.errors.OUTSIDE_PROJECT", "date");
      if (input.capacity < before.acceptedCount) throw new AppError("shifts.errors.PLACES_TAKEN", "capacity");
      const moved = startsAt.getTime() !== before.startsAt.getTime() || endsAt.getTime() !== before.endsAt.getTime();
      // The same times are one slot (as when adding): moving onto another slot's times is refused.
      if (
        moved &&
        (await tx.roleSlot.count({ where: { roleId: slot.roleId, startsAt, endsAt, id: { not: slot.id } } }))
      )
        throw new AppError("shifts.errors.SAME_TIMES", "start");

      await tx.roleSlot.update({ where: { id: slot.id }, data: { startsAt, endsAt, capacity: input.capacity } });
      let told: { id: string; volunteerId: string }[] = [];
      if (moved) {
        // Every sign-up, cancelled ones too: the personal feed shows those as cancelled events.
        await tx.slotSignup.updateMany({ where: { slotId: slot.id }, data: { startsAt, endsAt } });
        told = await tx.slotSignup.findMany({
          where: { slotId: slot.id, status: { not: "CANCELLED" } },
          select: { id: true, volunteerId: true },
        });
      }
      const promoted = input.capacity > before.capacity ? await promote(tx, slot.id) : [];
      await notify(
        tx,
        told.map((s) => ({
          userId: s.volunteerId,
          type: "SLOT_CHANGED" as const,
          data: {
            projectId: project.id,
            projectTitle: project.title,
            roleTitle: context.role.title,
            slotId: slot.id,
            signupId: s.id,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            previousStartsAt: before.startsAt.toISOString(),
            previousEndsAt: before.endsAt.toISOString(),
          },
        })),
      );
      await audit(tx, {
        actorId: viewer.id,
        action: "slot.edit",
        entityType: "ProjectRole",
        entityId: slot.roleId,
        regionCode: project.regionCode,
        data: {
          slotId: slot.id,
          from: {
            startsAt: before.startsAt.toISOString(),
            endsAt: before.endsAt.toISOString(),
            capacity: before.capacity,
          },
          to: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), capacity: input.capacity },
          told: told.length,
          promoted: promoted.length,
        },
      });
      return { told: told.length, promoted: promoted.length };
    }, TX_OPTIONS);
  } catch (e) {
    // A confirmed volunteer would hold this slot and another one at the same time.
    if (isOverlapViolation(e)) throw new AppError("shifts.errors.EDIT_OVERLAP", "start");
    throw e;
  }
}

/**
 * "Ask to cover this slot": one notice to every volunteer accepted for the role who is not in
 * the slot, with a link to pick it. Only for a future slot with free places.
 */
export async function askToCover(db: Db, viewer: Viewer, slotId: string) {
  const slot = await db.roleSlot.findFirst({
    where: { id: slotId, project: managedProjectWhere(viewer) },
    select: {
      id: true,
      roleId: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      acceptedCount: true,
      role: { select: { title: true } },
      project: { select: { id: true, title: true, status: true, regionCode: true } },
    },
  });
  if (!slot) throw new AppError("NOT_FOUND");
  if (slot.project.status !== "PUBLISHED") throw new AppError("shifts.errors.PROJECT_CLOSED");
  if (slot.startsAt <= new Date()) throw new AppError("shifts.errors.SLOT_STARTED");
  if (slot.acceptedCount >= slot.capacity) throw new AppError("shifts.errors.SLOT_FULL");
  const asked = await db.application.findMany({
    where: {
      roleId: slot.roleId,
      status: "ACCEPTED",
      volunteer: { slotSignups: { none: { slotId: slot.id, status: { not: "CANCELLED" } } } },
    },
    select: { volunteerId: true },
  });
  await db.$transaction(async (tx) => {
    await notify(
      tx,
      asked.map((a) => ({
        userId: a.volunteerId,
        type: "SLOT_COVER_REQUEST" as const,
        data: {
          projectId: slot.project.id,
          projectTitle: slot.project.title,
          roleTitle: slot.role.title,
          slotId: slot.id,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "slot.ask_to_cover",
      entityType: "ProjectRole",
      entityId: slot.roleId,
      regionCode: slot.project.regionCode,
      data: { slotId: slot.id, asked: asked.length },
    });
  });
  return { asked: asked.length };
}

/**
 * "I can't come": the volunteer gives up one of their sign-ups before the slot begins. A place
 * it held goes to the first in the slot's waiting line, who is told (SLOT_PROMOTED).
 */
export async function cancelSlotSignup(db: Db, viewer: Viewer, signupId: string) {
  const signup = await db.slotSignup.findFirst({
    where: { id: signupId, volunteerId: viewer.id },
    select: { id: true, status: true, slot: { select: { roleId: true, projectId: true, startsAt: true } } },
  });
  if (!signup) throw new AppError("NOT_FOUND");
  if (signup.slot.startsAt <= new Date()) throw new AppError("shifts.errors.SLOT_STARTED");
  return db.$transaction(async (tx) => {
    await lockProjectAndRole(tx, signup.slot.projectId, signup.slot.roleId);
    const { promoted, was } = await cancelOne(tx, signup.id);
    return { cancelled: was !== "CANCELLED", promoted };
  }, TX_OPTIONS);
}

/**
 * The volunteer changes which slots of their role they are signed up for (from /my/calendar):
 * slots no longer picked are given up (their places promoted), new picks are signed up as on
 * applying. At least one slot stays picked; to leave the role, withdraw the application.
 */
export async function changeSlots(db: Db, viewer: Viewer, input: z.output<typeof changeSlotsSchema>) {
  const app = await db.application.findFirst({
    where: { id: input.applicationId, volunteerId: viewer.id },
    select: { id: true, roleId: true, projectId: true },
  });
  if (!app) throw new AppError("NOT_FOUND");
  const wanted = [...new Set(input.slotIds)];
  if (wanted.length === 0) throw new AppError("shifts.errors.PICK_A_SLOT", "slotIds");
  try {
    return await db.$transaction(async (tx) => {
      await lockProjectAndRole(tx, app.projectId, app.roleId);
      const current = await tx.application.findUniqueOrThrow({
        where: { id: app.id },
        select: { status: true, project: { select: { status: true } } },
      });
      if (!["SUBMITTED", "ACCEPTED", "WAITLISTED"].includes(current.status) || current.project.status !== "PUBLISHED")
        throw new AppError("shifts.errors.APPLICATION_CLOSED");
      const now = new Date();
      const held = await tx.slotSignup.findMany({
        where: { applicationId: app.id, status: { not: "CANCELLED" }, slot: { startsAt: { gt: now } } },
        select: { id: true, slotId: true },
      });
      const locked = await lockSlots(tx, [...wanted, ...held.map((h) => h.slotId)]);
      const promoted: string[] = [];
      for (const h of held) {
        if (!wanted.includes(h.slotId)) promoted.push(...(await cancelOne(tx, h.id)).promoted);
      }
      const signups = await signUp(
        tx,
        {
          applicationId: app.id,
          volunteerId: viewer.id,
          roleId: app.roleId,
          slotIds: wanted,
          holdsPlace: current.status === "ACCEPTED",
        },
        locked,
      );
      return { signups, promoted };
    }, TX_OPTIONS);
  } catch (e) {
    if (isOverlapViolation(e)) throw new AppError("shifts.errors.OVERLAP", "slotIds");
    throw e;
  }
}
