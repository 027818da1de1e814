// Shifts on "Addresses for Care" (decision 0032): its household-help role goes out every
// Saturday 10:00–14:00 in groups of six, so the role gets that weekly pattern's slots, and some
// of its accepted volunteers have picked Saturdays — the first one full with someone waiting.
import { randomBytes } from "node:crypto";
import type { Db } from "../../src/server/prisma-client";
import { generateSlots, type SlotPattern } from "../../src/domain/slot-pattern";
import { kzDate } from "./demo-clock";

export const DEMO_SHIFTS = { weekdays: [6], start: "10:00", end: "14:00", weeks: 8, capacity: 6 } as const;

/** Picks per Saturday, in order: the first is full with one more waiting. */
const PICKS = [7, 4, 2];

export async function seedDemoShifts(db: Db, projectId: string): Promise<{ slots: number; signups: number }> {
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { startsAt: true, endsAt: true, roles: { orderBy: { position: "asc" }, take: 1, select: { id: true } } },
  });
  const roleId = project.roles[0]!.id;
  const pattern: SlotPattern = { ...DEMO_SHIFTS, weekdays: [...DEMO_SHIFTS.weekdays], from: kzDate(project.startsAt) };
  const slots = generateSlots(pattern).filter((s) => s.endsAt <= project.endsAt);
  await db.projectRole.update({ where: { id: roleId }, data: { slotPattern: pattern } });
  await db.roleSlot.createMany({
    data: slots.map((s) => ({ ...s, roleId, projectId, checkInSecret: randomBytes(32).toString("base64url") })),
  });
  const created = await db.roleSlot.findMany({ where: { roleId }, orderBy: { startsAt: "asc" }, select: { id: true } });
  const accepted = await db.application.findMany({
    where: { roleId, status: "ACCEPTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, volunteerId: true, createdAt: true },
  });
  let next = 0;
  let signups = 0;
  for (const [i, picks] of PICKS.entries()) {
    const slot = created[i];
    if (!slot) break;
    for (let k = 0; k < picks && next < accepted.length; k++, next++) {
      const app = accepted[next]!;
      const confirmed = k < DEMO_SHIFTS.capacity;
      await db.slotSignup.create({
        data: {
          slotId: slot.id,
          applicationId: app.id,
          volunteerId: app.volunteerId,
          status: confirmed ? "CONFIRMED" : "WAITLISTED",
          waitlistedAt: confirmed ? null : app.createdAt,
          // The database copies the slot's times (trigger SlotSignup_times).
          startsAt: new Date(0),
          endsAt: new Date(0),
        },
      });
      signups++;
    }
  }
  return { slots: created.length, signups };
}
