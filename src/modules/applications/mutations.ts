import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import type { ApplicationStatus, NotificationType, Prisma } from "@/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { audit } from "@/server/audit";
import { logger } from "@/server/logger";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedApplicationWhere } from "@/modules/organizers/scope";
import { confirmPending, isOverlapViolation, releaseApplication, signUp } from "@/modules/shifts/places";
import type { applySchema, decideSchema } from "./schema";
import { ACTIVE_STATUSES, DECISION_STATUS, decisionApplies, ELIGIBILITY_PROJECT_SELECT, eligibility } from "./policy";

type Tx = Prisma.TransactionClient;

// Capacity (docs/decisions/0007-capacity.md). The database keeps ProjectRole.acceptedCount equal
// to the role's ACCEPTED rows (a trigger on Application; nothing else may write it), refuses to
// overfill a role (CHECK acceptedCount <= capacity) and refuses an open application on a
// cancelled project. This code decides who gets a place, taking its locks in one order
// everywhere — the project (shared: its status cannot change meanwhile), then its roles by id —
// so these transactions queue instead of deadlocking. Hundreds of applicants queue on one role's
// lock (and for a pool connection): hence the waits.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

type LockedRole = Awaited<ReturnType<typeof lockRole>>;

/** Holds the project's status still until the transaction ends; cancelling and editing wait. */
async function lockProjectShared(tx: Tx, projectIds: string[]) {
  for (const id of [...new Set(projectIds)].sort()) {
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${id} FOR SHARE`;
  }
}

async function lockRole(tx: Tx, roleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "ProjectRole" WHERE id = ${roleId} FOR NO KEY UPDATE`;
  return tx.projectRole.findUniqueOrThrow({
    where: { id: roleId },
    select: {
      id: true,
      title: true,
      mode: true,
      capacity: true,
      acceptedCount: true,
      project: { select: { id: true, title: true, status: true, endsAt: true, organizerId: true, regionCode: true } },
    },
  });
}

/** Locks a role and reads its free places in one round trip: the applying volunteer queues here. */
async function lockRoleFreePlaces(tx: Tx, roleId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ free: number }[]>`
    SELECT capacity - "acceptedCount" AS free FROM "ProjectRole" WHERE id = ${roleId} FOR NO KEY UPDATE`;
  return row?.free ?? 0;
}

/** Places left in a locked role, read again: the trigger has counted this transaction's changes. */
async function freePlaces(tx: Tx, roleId: string): Promise<number> {
  const { capacity, acceptedCount } = await tx.projectRole.findUniqueOrThrow({
    where: { id: roleId },
    select: { capacity: true, acceptedCount: true },
  });
  return capacity - acceptedCount;
}

/** The database refused an open application because the project was cancelled meanwhile. */
function isProjectClosed(e: unknown): boolean {
  return e instanceof Error && e.message.includes("asar:PROJECT_NOT_OPEN");
}

/** The database's clock, read under the role lock: the waiting line's order across app instances. */
async function dbNow(tx: Tx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}

const NOTIFICATION: Partial<Record<ApplicationStatus, NotificationType>> = {
  ACCEPTED: "APPLICATION_ACCEPTED",
  REJECTED: "APPLICATION_REJECTED",
  WAITLISTED: "APPLICATION_WAITLISTED",
};

type Change = {
  applicationId: string;
  volunteerId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorId: string | null;
  note?: string | null;
  promoted?: boolean;
};

/** The volunteer's notification of one status change, if the change is news to them. */
function changeNotification(role: { title: string; project: { id: string; title: string } }, change: Change) {
  const type = change.promoted ? "APPLICATION_PROMOTED" : NOTIFICATION[change.to];
  if (!type) return null;
  return {
    userId: change.volunteerId,
    type,
    data: { projectId: role.project.id, projectTitle: role.project.title, roleTitle: role.title },
  };
}

/** The history entry and the volunteer's notification of one status change. */
async function recordChange(tx: Tx, role: { title: string; project: { id: string; title: string } }, change: Change) {
  await tx.applicationEvent.create({
    data: {
      applicationId: change.applicationId,
      fromStatus: change.from,
      toStatus: change.to,
      actorId: change.actorId,
      note: change.note ?? null,
    },
  });
  const notification = changeNotification(role, change);
  if (notification) await notify(tx, notification);
}

/**
 * In first-come mode, gives every free place to the first in line (waitlistedAt, then id).
 * Runs under the role lock; `exclude` keeps applications decided in the same batch out.
 */
async function fillFromWaitlist(tx: Tx, role: LockedRole, exclude: string[] = []) {
  if (role.mode !== "FIRST_COME" || role.project.status !== "PUBLISHED") return [];
  const free = await freePlaces(tx, role.id);
  if (free <= 0) return [];
  const next = await tx.application.findMany({
    where: { roleId: role.id, status: "WAITLISTED", id: { notIn: exclude } },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, volunteerId: true },
  });
  const promoted: string[] = [];
  for (const app of next) {
    await tx.application.update({
      where: { id: app.id },
      data: { status: "ACCEPTED", waitlistedAt: null, decidedAt: new Date(), decidedById: null },
    });
    // No actor: the platform promoted the first in line.
    await recordChange(tx, role, {
      applicationId: app.id,
      volunteerId: app.volunteerId,
      from: "WAITLISTED",
      to: "ACCEPTED",
      actorId: null,
      promoted: true,
    });
    // A slotted role: the picks made while waiting take their slots' places now (decision 0032).
    await confirmPending(tx, app.id);
    promoted.push(app.id);
  }
  return promoted;
}

/**
 * The volunteer's notification of a status change already committed, in a transaction of its
 * own: a failure here is logged, never the change's. For changes made where every moment under
 * the role's lock counts (a call-out's answers, decision 0028).
 */
export async function notifyChangeAfterCommit(
  db: Db,
  role: { title: string; project: { id: string; title: string } },
  change: Change,
) {
  const notification = changeNotification(role, change);
  if (!notification) return;
  try {
    await db.$transaction((tx) => notify(tx, notification), TX_OPTIONS);
  } catch (err) {
    logger.error({ err, type: notification.type }, "[applications] notification after the change not written");
  }
}

export type ApplyResult = { id: string; status: ApplicationStatus; duplicate: boolean };

/**
 * A volunteer applies to a role. Eligibility is decided by policy.eligibility; in first-come
 * mode the application is accepted while places remain and waitlisted after. The same
 * application submitted twice at once is one row (the unique (roleId, volunteerId) index):
 * the loser of the race gets the winner's application back.
 */
export async function apply(
  db: Db,
  viewer: Viewer,
  input: Omit<z.output<typeof applySchema>, "slotIds"> & { slotIds?: string[] },
): Promise<ApplyResult> {
  if (!viewer.volunteer) throw new AppError("applications.errors.NOT_VOLUNTEER");
  const role = await db.projectRole.findUnique({
    where: { id: input.roleId },
    select: {
      id: true,
      title: true,
      mode: true,
      minAge: true,
      requiredTrainingId: true,
      project: {
        select: { ...ELIGIBILITY_PROJECT_SELECT, title: true, organizerId: true },
      },
      callOut: { select: { id: true } },
    },
  });
  if (!role) throw new AppError("NOT_FOUND");
  // A call-out's role is taken only by answering the call-out (its recipients, while it is open:
  // src/modules/call-outs/answers.ts).
  if (role.callOut) throw new AppError("applications.errors.CALL_OUT_ONLY");
  const [certificate, existing] = await Promise.all([
    role.requiredTrainingId
      ? db.volunteerCertificate.findUnique({
          where: { userId_trainingId: { userId: viewer.id, trainingId: role.requiredTrainingId } },
          select: { expiresOn: true },
        })
      : null,
    db.application.findUnique({
      where: { roleId_volunteerId: { roleId: role.id, volunteerId: viewer.id } },
      select: { id: true, status: true },
    }),
  ]);
  const reason = eligibility({
    volunteer: viewer.volunteer,
    project: role.project,
    role,
    certificate,
    existing,
    now: new Date(),
  });
  if (reason) throw new AppError(`applications.errors.${reason}`);
  // A role with slots is applied to by picking at least one of its future slots (decision 0032).
  const slotIds = input.slotIds ?? [];
  if (slotIds.length === 0) {
    const slotted = await db.roleSlot.count({ where: { roleId: role.id, startsAt: { gt: new Date() } } });
    if (slotted > 0) throw new AppError("shifts.errors.PICK_A_SLOT", "slotIds");
  }

  try {
    const committed = await db.$transaction(async (tx) => {
      // What was checked above is checked again under the locks: the project may have been
      // cancelled or sent back to moderation since.
      // The project's status held still (cancelling and editing wait) and read in one statement.
      const [project] = await tx.$queryRaw<{ status: string; endsAt: Date }[]>`
        SELECT status::text AS status, "endsAt" FROM "Project" WHERE id = ${role.project.id} FOR SHARE`;
      if (!project || project.status !== "PUBLISHED") throw new AppError("applications.errors.PROJECT_NOT_OPEN");
      if (project.endsAt <= new Date()) throw new AppError("applications.errors.PROJECT_ENDED");
      let status: ApplicationStatus = "SUBMITTED";
      let waitlistedAt: Date | null = null;
      if (role.mode === "FIRST_COME") {
        if ((await lockRoleFreePlaces(tx, role.id)) > 0) status = "ACCEPTED";
        else {
          status = "WAITLISTED";
          waitlistedAt = await dbNow(tx);
        }
      } else if (slotIds.length > 0) {
        // Slots are locked after their role, on every path.
        await tx.$queryRaw`SELECT 1 FROM "ProjectRole" WHERE id = ${role.id} FOR NO KEY UPDATE`;
      }
      const decidedAt = status === "ACCEPTED" ? new Date() : null;
      let id: string;
      let from: ApplicationStatus | null = null;
      if (existing) {
        // Re-applying after a withdrawal reopens the same row, unless someone was quicker.
        const { count } = await tx.application.updateMany({
          where: { id: existing.id, status: "WITHDRAWN" },
          data: { status, motivation: input.motivation, waitlistedAt, decidedAt, decidedById: null, attendance: null },
        });
        if (count === 0) throw new AppError("applications.errors.ALREADY_APPLIED");
        id = existing.id;
        from = "WITHDRAWN";
      } else {
        const created = await tx.application.create({
          data: {
            roleId: role.id,
            projectId: role.project.id,
            volunteerId: viewer.id,
            status,
            motivation: input.motivation,
            waitlistedAt,
            decidedAt,
          },
          select: { id: true },
        });
        id = created.id;
      }
      if (slotIds.length > 0) {
        await signUp(tx, {
          applicationId: id,
          volunteerId: viewer.id,
          roleId: role.id,
          slotIds,
          holdsPlace: status === "ACCEPTED",
        });
      }
      const change = { applicationId: id, volunteerId: viewer.id, from, to: status, actorId: viewer.id };
      await recordChange(tx, role, change);
      const members = await tx.organizerMember.findMany({
        where: { organizerId: role.project.organizerId },
        select: { userId: true },
      });
      await notify(
        tx,
        members.map((m) => ({
          userId: m.userId,
          type: "APPLICATION_RECEIVED" as const,
          data: {
            projectId: role.project.id,
            projectTitle: role.project.title,
            roleTitle: role.title,
            volunteerName: viewer.name,
          },
        })),
      );
      return { id, status, duplicate: false };
    }, TX_OPTIONS);
    return committed;
  } catch (e) {
    if (isProjectClosed(e)) throw new AppError("applications.errors.PROJECT_NOT_OPEN");
    // Another project's slot overlapping a pick was confirmed at the same moment.
    if (isOverlapViolation(e)) throw new AppError("shifts.errors.OVERLAP", "slotIds");
    if (!isUniqueViolation(e)) throw e;
    const winner = await db.application.findUnique({
      where: { roleId_volunteerId: { roleId: role.id, volunteerId: viewer.id } },
      select: { id: true, status: true },
    });
    if (!winner) throw e;
    return { ...winner, duplicate: true };
  }
}

/**
 * The volunteer withdraws their own application. An accepted one frees its place, which in
 * first-come mode goes to the first in line in the same transaction.
 */
export async function withdraw(db: Db, viewer: Viewer, applicationId: string) {
  const app = await db.application.findFirst({
    where: { id: applicationId, volunteerId: viewer.id },
    select: { id: true, roleId: true, projectId: true },
  });
  if (!app) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    await lockProjectShared(tx, [app.projectId]);
    const role = await lockRole(tx, app.roleId);
    const current = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
    if (!ACTIVE_STATUSES.includes(current.status)) throw new AppError("applications.errors.NOT_WITHDRAWABLE");
    const { count } = await tx.application.updateMany({
      where: { id: app.id, status: current.status },
      data: { status: "WITHDRAWN", waitlistedAt: null },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await recordChange(tx, role, {
      applicationId: app.id,
      volunteerId: viewer.id,
      from: current.status,
      to: "WITHDRAWN",
      actorId: viewer.id,
    });
    // Its slots' places go to their waiting lines.
    await releaseApplication(tx, app.id, "CANCELLED");
    let promoted: string[] = [];
    if (current.status === "ACCEPTED") promoted = await fillFromWaitlist(tx, role);
    return { status: "WITHDRAWN" as const, promoted };
  }, TX_OPTIONS);
}

export type DecideResult = {
  /** Changed to the decision's status. */
  changed: string[];
  /** Could not be accepted: the role was full. */
  full: string[];
  /** Already in that status, or in a status the decision does not apply to (withdrawn, cancelled…). */
  skipped: string[];
  /** Promoted from the waiting line because a place freed up. */
  promoted: string[];
};

/**
 * Accept, reject or waitlist applications in bulk. Only members of the project's organizer (or
 * admins) find the applications at all: the scope is in the where clause. Accepting never
 * overfills a role; those that did not fit are reported in `full`.
 */
export async function decide(db: Db, viewer: Viewer, input: z.output<typeof decideSchema>): Promise<DecideResult> {
  const ids = [...new Set(input.applicationIds)];
  const found = await db.application.findMany({
    where: { id: { in: ids }, ...managedApplicationWhere(viewer) },
    select: { id: true, roleId: true, projectId: true },
  });
  if (found.length === 0) throw new AppError("NOT_FOUND");
  const byRole = new Map<string, string[]>();
  for (const a of found) byRole.set(a.roleId, [...(byRole.get(a.roleId) ?? []), a.id]);
  const target = DECISION_STATUS[input.decision];
  const note = input.note || null;
  const result: DecideResult = {
    changed: [],
    full: [],
    skipped: ids.filter((id) => !found.some((a) => a.id === id)),
    promoted: [],
  };

  await db.$transaction(async (tx) => {
    // One lock order (projects, then roles, each by id) so two bulk decisions, or a decision and
    // a cancellation, over the same roles cannot deadlock.
    await lockProjectShared(
      tx,
      found.map((a) => a.projectId),
    );
    for (const roleId of [...byRole.keys()].sort()) {
      const role = await lockRole(tx, roleId);
      let free = role.capacity - role.acceptedCount;
      const closed = role.project.status === "CANCELLED" || role.project.status === "COMPLETED";
      const apps = await tx.application.findMany({
        where: { id: { in: byRole.get(roleId) } },
        // Who waited longest is accepted first when not all fit.
        orderBy: [{ waitlistedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, volunteerId: true },
      });
      const changedHere: string[] = [];
      let freed = false;
      for (const app of apps) {
        if (app.status === target || !decisionApplies(input.decision, app.status)) {
          result.skipped.push(app.id);
          continue;
        }
        // A cancelled or completed project's applications stay closed (the database refuses too).
        if (closed) {
          result.skipped.push(app.id);
          continue;
        }
        if (input.decision === "ACCEPT" && free <= 0) {
          result.full.push(app.id);
          continue;
        }
        if (input.decision === "ACCEPT") free--;
        if (app.status === "ACCEPTED") {
          free++;
          freed = true;
        }
        const now = target === "WAITLISTED" ? await dbNow(tx) : new Date();
        await tx.application.update({
          where: { id: app.id },
          data: {
            status: target,
            decidedById: viewer.id,
            decidedAt: now,
            waitlistedAt: target === "WAITLISTED" ? now : null,
          },
        });
        await recordChange(tx, role, {
          applicationId: app.id,
          volunteerId: app.volunteerId,
          from: app.status,
          to: target,
          actorId: viewer.id,
          note,
        });
        // The slots follow the decision (decision 0032): accepted picks take places, a rejection
        // frees them, a move back to the waiting list keeps the picks without places.
        if (target === "ACCEPTED") await confirmPending(tx, app.id);
        else await releaseApplication(tx, app.id, target === "REJECTED" ? "CANCELLED" : "PENDING");
        changedHere.push(app.id);
      }
      if (freed) result.promoted.push(...(await fillFromWaitlist(tx, role, byRole.get(roleId))));
      result.changed.push(...changedHere);
      if (changedHere.length > 0) {
        await audit(tx, {
          actorId: viewer.id,
          action: `application.${input.decision.toLowerCase()}`,
          entityType: "ProjectRole",
          entityId: role.id,
          regionCode: role.project.regionCode,
          data: { applicationIds: changedHere, note },
        });
      }
    }
  }, TX_OPTIONS);
  return result;
}
