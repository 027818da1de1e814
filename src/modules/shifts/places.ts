import "server-only";
import type { Prisma, SlotSignupStatus } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { notify } from "@/modules/notifications/notify";

type Tx = Prisma.TransactionClient;

// Who holds a place in a slot (docs/decisions/0032-shifts.md). The application to a slotted role
// is the membership, decided as before; each slot holds its own places. A sign-up is
//   PENDING    picked while the application waits for a decision (or is on the role's waiting
//              list): it holds no place;
//   CONFIRMED  holds one of the slot's places (the database counts them into RoleSlot.acceptedCount
//              and refuses more than its capacity, and refuses two overlapping ones per volunteer);
//   WAITLISTED the application is accepted but the slot was full: first in line gets the next place;
//   CANCELLED  given up, by the volunteer, the organizer's decision, a cancellation or a deleted slot.
// Every function here runs inside a transaction that already holds the project (shared) and the
// role's lock, the order every place-changing path takes (decision 0007); slots are then locked by id.

export type LockedSlot = {
  id: string;
  roleId: string;
  projectId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  acceptedCount: number;
};

/** Locks slots in id order and reads them. */
export async function lockSlots(tx: Tx, slotIds: string[]): Promise<LockedSlot[]> {
  const ids = [...new Set(slotIds)].sort();
  if (ids.length === 0) return [];
  return tx.$queryRaw<LockedSlot[]>`
    SELECT id, "roleId", "projectId", "startsAt", "endsAt", capacity, "acceptedCount"
      FROM "RoleSlot" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR NO KEY UPDATE`;
}

/** The database's clock: the waiting line's order across app instances. */
async function dbNow(tx: Tx): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}

/** Whether the volunteer holds a CONFIRMED slot (of any project) overlapping [startsAt, endsAt). */
async function overlapsConfirmed(tx: Tx, volunteerId: string, slot: { id: string; startsAt: Date; endsAt: Date }) {
  const rows = await tx.$queryRaw<{ one: number }[]>`
    SELECT 1 AS one FROM "SlotSignup"
     WHERE "volunteerId" = ${volunteerId} AND status = 'CONFIRMED' AND "slotId" <> ${slot.id}
       AND "startsAt" < ${slot.endsAt} AND "endsAt" > ${slot.startsAt} LIMIT 1`;
  return rows.length > 0;
}

/** The exclusion constraint "no two overlapping CONFIRMED slots per volunteer" refused a write. */
export function isOverlapViolation(e: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (x: unknown): boolean => {
    if (!x || typeof x !== "object" || seen.has(x)) return false;
    seen.add(x);
    const o = x as Record<string, unknown>;
    if (o.code === "23P01" || o.originalCode === "23P01") return true;
    if (typeof o.message === "string" && o.message.includes("SlotSignup_no_overlap")) return true;
    return Object.values(o).some(walk);
  };
  return walk(e) || (e instanceof Error && /SlotSignup_no_overlap|23P01|exclusion constraint/.test(String(e)));
}

/**
 * Confirms one sign-up inside a savepoint: a concurrent transaction may have just confirmed an
 * overlapping slot of the same volunteer elsewhere, which the exclusion constraint refuses;
 * then only this update is undone and the caller decides what becomes of the sign-up.
 */
async function tryConfirm(tx: Tx, signupId: string): Promise<boolean> {
  await tx.$executeRawUnsafe(`SAVEPOINT shifts_confirm`);
  try {
    await tx.$executeRaw`
      UPDATE "SlotSignup" SET status = 'CONFIRMED', "waitlistedAt" = NULL, "cancelledAt" = NULL, "updatedAt" = now()
       WHERE id = ${signupId}`;
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT shifts_confirm`);
    return true;
  } catch (e) {
    if (!isOverlapViolation(e)) throw e;
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT shifts_confirm`);
    return false;
  }
}

async function setStatus(tx: Tx, signupId: string, status: SlotSignupStatus, at: Date | null = null) {
  await tx.slotSignup.update({
    where: { id: signupId },
    data: {
      status,
      waitlistedAt: status === "WAITLISTED" ? at : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
}

export type SignupOutcome = { slotId: string; signupId: string; status: SlotSignupStatus };

/**
 * The volunteer picks slots of the role their application is for. `holdsPlace`: the application
 * is accepted, so each pick is CONFIRMED while the slot has room and WAITLISTED after; otherwise
 * PENDING. Refused whole: a slot of another role, a past or unknown slot, two picks that overlap,
 * or a pick overlapping a slot the volunteer already holds.
 */
export async function signUp(
  tx: Tx,
  input: { applicationId: string; volunteerId: string; roleId: string; slotIds: string[]; holdsPlace: boolean },
  locked?: LockedSlot[],
): Promise<SignupOutcome[]> {
  const wanted = [...new Set(input.slotIds)];
  if (wanted.length === 0) return [];
  const slots = (locked ?? (await lockSlots(tx, wanted))).filter((s) => wanted.includes(s.id));
  const now = new Date();
  if (slots.length !== wanted.length || slots.some((s) => s.roleId !== input.roleId || s.startsAt <= now))
    throw new AppError("shifts.errors.SLOT_UNAVAILABLE", "slotIds");
  const byTime = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < byTime.length; i++) {
    if (byTime[i]!.startsAt < byTime[i - 1]!.endsAt) throw new AppError("shifts.errors.PICKS_OVERLAP", "slotIds");
  }
  const existing = await tx.slotSignup.findMany({
    where: { volunteerId: input.volunteerId, slotId: { in: wanted } },
    select: { id: true, slotId: true, status: true },
  });
  const out: SignupOutcome[] = [];
  for (const slot of slots) {
    const had = existing.find((e) => e.slotId === slot.id);
    if (had && had.status !== "CANCELLED") {
      out.push({ slotId: slot.id, signupId: had.id, status: had.status });
      continue;
    }
    if (await overlapsConfirmed(tx, input.volunteerId, slot)) throw new AppError("shifts.errors.OVERLAP", "slotIds");
    let status: SlotSignupStatus = "PENDING";
    let waitlistedAt: Date | null = null;
    if (input.holdsPlace) {
      // Re-read under the lock: earlier picks of this same call do not share a slot, but the
      // count is the trigger's, so read it from the row.
      const [row] = await tx.$queryRaw<{ free: number }[]>`
        SELECT capacity - "acceptedCount" AS free FROM "RoleSlot" WHERE id = ${slot.id}`;
      if ((row?.free ?? 0) > 0) status = "CONFIRMED";
      else {
        status = "WAITLISTED";
        waitlistedAt = await dbNow(tx);
      }
    }
    const data = {
      applicationId: input.applicationId,
      status,
      waitlistedAt,
      cancelledAt: null,
      // The database copies the slot's times on insert (trigger SlotSignup_times).
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
    };
    const row = had
      ? await tx.slotSignup.update({ where: { id: had.id }, data, select: { id: true } })
      : await tx.slotSignup.create({
          data: { ...data, slotId: slot.id, volunteerId: input.volunteerId },
          select: { id: true },
        });
    out.push({ slotId: slot.id, signupId: row.id, status });
  }
  return out;
}

type SlotContext = { projectId: string; projectTitle: string; roleTitle: string };

/**
 * Gives a slot's free places to the first in line (waitlistedAt, then id) whose application is
 * accepted. Someone who meanwhile holds an overlapping slot cannot take it: their waiting
 * sign-up ends. Each promoted volunteer gets SLOT_PROMOTED. Nothing moves on a slot that has
 * started or on a project that is not published.
 */
export async function promote(tx: Tx, slotId: string, ctx?: SlotContext): Promise<string[]> {
  const promoted: string[] = [];
  const slot = await tx.roleSlot.findUniqueOrThrow({
    where: { id: slotId },
    select: {
      startsAt: true,
      endsAt: true,
      capacity: true,
      acceptedCount: true,
      project: { select: { id: true, title: true, status: true } },
      role: { select: { title: true } },
    },
  });
  if (slot.project.status !== "PUBLISHED" || slot.startsAt <= new Date()) return promoted;
  let free = slot.capacity - slot.acceptedCount;
  const context = ctx ?? { projectId: slot.project.id, projectTitle: slot.project.title, roleTitle: slot.role.title };
  while (free > 0) {
    const line = await tx.slotSignup.findMany({
      where: { slotId, status: "WAITLISTED", application: { status: "ACCEPTED" }, id: { notIn: promoted } },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      take: free,
      select: { id: true, volunteerId: true },
    });
    if (line.length === 0) break;
    for (const s of line) {
      const ok = !(await overlapsConfirmed(tx, s.volunteerId, { id: slotId, ...slot })) && (await tryConfirm(tx, s.id));
      if (!ok) {
        await setStatus(tx, s.id, "CANCELLED");
        continue;
      }
      promoted.push(s.id);
      free--;
      await notify(tx, {
        userId: s.volunteerId,
        type: "SLOT_PROMOTED",
        data: {
          ...context,
          slotId,
          signupId: s.id,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
        },
      });
      if (free === 0) break;
    }
  }
  return promoted;
}

/**
 * The application was accepted (by the organizer or promoted from the role's waiting list): its
 * PENDING picks take places where there is room (CONFIRMED), wait in line where there is none
 * (WAITLISTED), and end where the volunteer meanwhile holds an overlapping slot or the slot has begun.
 */
export async function confirmPending(tx: Tx, applicationId: string): Promise<SignupOutcome[]> {
  const pending = await tx.slotSignup.findMany({
    where: { applicationId, status: "PENDING" },
    select: { id: true, slotId: true, volunteerId: true },
  });
  if (pending.length === 0) return [];
  const slots = await lockSlots(
    tx,
    pending.map((p) => p.slotId),
  );
  const out: SignupOutcome[] = [];
  const now = new Date();
  for (const slot of slots) {
    const s = pending.find((p) => p.slotId === slot.id)!;
    const [row] = await tx.$queryRaw<{ free: number }[]>`
      SELECT capacity - "acceptedCount" AS free FROM "RoleSlot" WHERE id = ${slot.id}`;
    let status: SlotSignupStatus;
    if (slot.startsAt <= now || (await overlapsConfirmed(tx, s.volunteerId, slot))) status = "CANCELLED";
    else if ((row?.free ?? 0) > 0) status = (await tryConfirm(tx, s.id)) ? "CONFIRMED" : "CANCELLED";
    else status = "WAITLISTED";
    if (status !== "CONFIRMED") await setStatus(tx, s.id, status, status === "WAITLISTED" ? await dbNow(tx) : null);
    out.push({ slotId: slot.id, signupId: s.id, status });
  }
  return out;
}

/**
 * The application no longer holds places: it ended (withdrawn, rejected, cancelled: `to` is
 * CANCELLED) or went back to waiting (`to` is PENDING: its picks are kept for when it is accepted).
 * Freed places go to the slots' waiting lines unless `promoteFreed` is false (a cancelled project).
 */
export async function releaseApplication(
  tx: Tx,
  applicationId: string,
  to: "CANCELLED" | "PENDING",
  promoteFreed = true,
): Promise<string[]> {
  const active = await tx.slotSignup.findMany({
    where: {
      applicationId,
      status: { in: to === "PENDING" ? ["CONFIRMED", "WAITLISTED"] : ["CONFIRMED", "WAITLISTED", "PENDING"] },
    },
    select: { id: true, slotId: true, status: true },
  });
  if (active.length === 0) return [];
  await lockSlots(
    tx,
    active.map((a) => a.slotId),
  );
  for (const s of active) await setStatus(tx, s.id, to);
  if (!promoteFreed) return [];
  const promoted: string[] = [];
  for (const slotId of [...new Set(active.filter((a) => a.status === "CONFIRMED").map((a) => a.slotId))].sort()) {
    promoted.push(...(await promote(tx, slotId)));
  }
  return promoted;
}

/** Ends one sign-up (the volunteer's "I can't come", or changing slots) and fills its place. */
export async function cancelOne(tx: Tx, signupId: string): Promise<{ promoted: string[]; was: SlotSignupStatus }> {
  const s = await tx.slotSignup.findUniqueOrThrow({ where: { id: signupId }, select: { slotId: true, status: true } });
  await lockSlots(tx, [s.slotId]);
  const now = await tx.slotSignup.findUniqueOrThrow({ where: { id: signupId }, select: { status: true } });
  if (now.status === "CANCELLED") return { promoted: [], was: now.status };
  await setStatus(tx, signupId, "CANCELLED");
  return { promoted: now.status === "CONFIRMED" ? await promote(tx, s.slotId) : [], was: now.status };
}

/** Locks a project (shared) and a role, the order of every path that changes places. */
export async function lockProjectAndRole(tx: Tx, projectId: string, roleId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${projectId} FOR SHARE`;
  await tx.$queryRaw`SELECT 1 FROM "ProjectRole" WHERE id = ${roleId} FOR NO KEY UPDATE`;
}
