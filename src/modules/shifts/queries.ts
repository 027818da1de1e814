import "server-only";
import type { Db } from "@/server/prisma-client";
import type { SlotSignupStatus } from "@/generated/prisma/enums";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedProjectWhere } from "@/modules/organizers/scope";

/** How many upcoming slots a role shows on the project page and the apply form. */
export const SLOTS_SHOWN = 60;

export type SlotOption = { id: string; startsAt: Date; endsAt: Date; capacity: number; free: number };

/**
 * The upcoming slots of some roles (the project page and its apply forms), by role. Public: the
 * caller shows them only for a project it may show.
 */
export async function upcomingSlotsByRole(db: Db, roleIds: string[]): Promise<Record<string, SlotOption[]>> {
  if (roleIds.length === 0) return {};
  const rows = await db.roleSlot.findMany({
    where: { roleId: { in: roleIds }, startsAt: { gt: new Date() } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: SLOTS_SHOWN * roleIds.length,
    select: { id: true, roleId: true, startsAt: true, endsAt: true, capacity: true, acceptedCount: true },
  });
  const out: Record<string, SlotOption[]> = {};
  for (const r of rows) {
    const list = (out[r.roleId] ??= []);
    if (list.length < SLOTS_SHOWN)
      list.push({
        id: r.id,
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        capacity: r.capacity,
        free: Math.max(0, r.capacity - r.acceptedCount),
      });
  }
  return out;
}

/** Slots shown on the organizer's page of a role: from a week ago on. */
const ORGANIZER_SLOTS_SHOWN = 200;

/**
 * A role's slots for the organizer (fill, waiting line, who picked it) — only for a project the
 * viewer manages; anything else is null (a 404).
 */
export async function roleSlotsForOrganizer(db: Db, viewer: Viewer, roleId: string) {
  const role = await db.projectRole.findFirst({
    where: { id: roleId, project: managedProjectWhere(viewer) },
    select: {
      id: true,
      title: true,
      slotPattern: true,
      project: { select: { id: true, title: true, status: true, startsAt: true, endsAt: true, organizerId: true } },
    },
  });
  if (!role) return null;
  const slots = await db.roleSlot.findMany({
    where: { roleId: role.id, endsAt: { gt: new Date(Date.now() - 7 * 86_400_000) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: ORGANIZER_SLOTS_SHOWN,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      acceptedCount: true,
      signups: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ waitlistedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, volunteer: { select: { name: true } } },
      },
    },
  });
  const total = await db.roleSlot.count({ where: { roleId: role.id } });
  return { role, slots, total };
}

export type MySignup = {
  id: string;
  status: SlotSignupStatus;
  startsAt: Date;
  endsAt: Date;
  slotId: string;
  /** 1 for the first in the slot's waiting line; null unless WAITLISTED. */
  position: number | null;
  applicationId: string;
  roleTitle: string;
  project: { id: string; title: string };
};

/**
 * The viewer's own upcoming sign-ups (not cancelled, not over), with their place in each slot's
 * waiting line; and each open application to a slotted role with the slots it may pick.
 */
export async function myCalendar(db: Db, viewer: Viewer) {
  const now = new Date();
  const rows = await db.slotSignup.findMany({
    where: { volunteerId: viewer.id, status: { not: "CANCELLED" }, endsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      slotId: true,
      waitlistedAt: true,
      applicationId: true,
      slot: { select: { role: { select: { title: true } }, project: { select: { id: true, title: true } } } },
    },
  });
  const waiting = rows.filter((r) => r.status === "WAITLISTED" && r.waitlistedAt);
  const positions = new Map<string, number>();
  for (const w of waiting) {
    // Ahead in line: earlier, or at the same instant with a smaller id (the promotion's order).
    const ahead = await db.slotSignup.count({
      where: {
        slotId: w.slotId,
        status: "WAITLISTED",
        OR: [{ waitlistedAt: { lt: w.waitlistedAt! } }, { waitlistedAt: w.waitlistedAt!, id: { lt: w.id } }],
      },
    });
    positions.set(w.id, ahead + 1);
  }
  const signups: MySignup[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    slotId: r.slotId,
    position: positions.get(r.id) ?? null,
    applicationId: r.applicationId,
    roleTitle: r.slot.role.title,
    project: r.slot.project,
  }));

  const applications = await db.application.findMany({
    where: {
      volunteerId: viewer.id,
      status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED"] },
      project: { status: "PUBLISHED" },
      role: { slots: { some: { startsAt: { gt: now } } } },
    },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      status: true,
      roleId: true,
      role: { select: { title: true } },
      project: { select: { id: true, title: true } },
    },
  });
  const options = await upcomingSlotsByRole(
    db,
    applications.map((a) => a.roleId),
  );
  return {
    signups,
    applications: applications.map((a) => ({
      ...a,
      slots: options[a.roleId] ?? [],
      picked: new Set(signups.filter((s) => s.applicationId === a.id).map((s) => s.slotId)),
    })),
  };
}
