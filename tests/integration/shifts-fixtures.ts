// Shared by the shifts tests: a published project whose one role has slots, volunteers, picks.
import { db } from "./helpers";
import { organizer, project, volunteer } from "./applications-fixtures";
import { apply } from "../../src/modules/applications/mutations";
import { applySchema } from "../../src/modules/applications/schema";
import { addSlot } from "../../src/modules/shifts/mutations";
import { addSlotSchema } from "../../src/modules/shifts/schema";
import { utcToZoned } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";

export const DAY = 86_400_000;
export const inDays = (n: number) => utcToZoned(new Date(Date.now() + n * DAY)).date;

/** A published project whose one role has slots on the given days (10:00–14:00 unless said). */
export async function slotted(opts: {
  capacity: number;
  mode?: "REVIEW" | "FIRST_COME";
  roleCapacity?: number;
  days?: number[];
}) {
  const { org, owner, coordinator } = await organizer();
  const p = await project(org.id, {
    role: { capacity: opts.roleCapacity ?? 500, mode: opts.mode ?? "FIRST_COME" },
    startsAt: new Date(Date.now() + DAY),
    endsAt: new Date(Date.now() + 60 * DAY),
  });
  for (const d of opts.days ?? [10]) {
    await addSlot(
      db(),
      owner,
      addSlotSchema.parse({ roleId: p.roleId, date: inDays(d), start: "10:00", end: "14:00", capacity: opts.capacity }),
    );
  }
  const slots = await db().roleSlot.findMany({ where: { roleId: p.roleId }, orderBy: { startsAt: "asc" } });
  return { org, owner, coordinator, ...p, slotIds: slots.map((s) => s.id) };
}

export const applyWith = (v: Viewer, roleId: string, slotIds: string[]) =>
  apply(db(), v, applySchema.parse({ roleId, motivation: "", slotIds }));

export async function many(n: number) {
  return Promise.all(Array.from({ length: n }, (_, i) => volunteer({ name: `Волонтер ${i}` })));
}

export const signupOf = (slotId: string, v: Viewer) =>
  db().slotSignup.findUniqueOrThrow({ where: { slotId_volunteerId: { slotId, volunteerId: v.id } } });
