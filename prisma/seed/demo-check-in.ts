// Check-in on Astana Jastary's «Адреса заботы» (issue 12, src/modules/check-in): the last two
// Saturdays of last winter's snow-clearing run get a slot each of the snow-clearing role, with
// the volunteers who came checked in by QR and out again. Their confirmed hours (demo-activity.ts)
// are the ones the check-outs proposed, so each check-in keeps its entry; a volunteer marked a
// no-show that day has a missed slot; and two who came on the last Saturday still wait for the
// organizer's confirmation on the project's hours page.
import type { Db } from "../../src/server/prisma-client";
import { isoDate } from "../../src/domain/time";
import { newCheckInSecret, occurrenceKey } from "../../src/modules/check-in/code";
import { HOUR, kzAt } from "./demo-clock";
import { newId } from "./demo-activity";

export const DEMO_CHECK_IN_PROJECT = "«Адреса заботы»: зимний десант — расчистка снега у одиноких пенсионеров";
const MIN = 60_000;

/** Returns the check-ins written; nothing when the project already has some. */
export async function seedDemoCheckIns(db: Db): Promise<number> {
  const project = await db.project.findFirst({
    where: { title: DEMO_CHECK_IN_PROJECT, organizer: { slug: "astana-jastary" } },
    select: { id: true, roles: { orderBy: { position: "asc" }, take: 1, select: { id: true } } },
  });
  const role = project?.roles[0];
  if (!project || !role) return 0;
  if (await db.checkIn.count({ where: { projectId: project.id } })) return 0;
  const entries = await db.hoursEntry.findMany({
    where: { projectId: project.id, status: "CONFIRMED", application: { roleId: role.id } },
    orderBy: [{ workedOn: "desc" }, { id: "asc" }],
    select: { id: true, applicationId: true, volunteerId: true, workedOn: true, hours: true },
  });
  const dates = [...new Set(entries.map((e) => isoDate(e.workedOn)))].slice(0, 2);
  let written = 0;
  for (const [i, date] of dates.entries()) {
    const came = entries.filter((e) => isoDate(e.workedOn) === date && e.applicationId).slice(0, 8);
    const longest = Math.max(...came.map((e) => e.hours.toNumber()));
    const startsAt = kzAt(date, 10);
    const endsAt = new Date(startsAt.getTime() + Math.ceil(longest) * HOUR);
    const cameApps = new Set(came.map((e) => e.applicationId!));
    // Accepted volunteers of the role with no hours that day: one missed it, two (on the last
    // Saturday) came and wait for confirmation.
    const others = await db.application.findMany({
      where: {
        roleId: role.id,
        status: "ACCEPTED",
        id: { notIn: [...cameApps] },
        hours: { none: { workedOn: new Date(`${date}T00:00:00Z`) } },
      },
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true, volunteerId: true, attendance: true },
    });
    const waiting = i === 0 ? others.filter((a) => a.attendance !== "NO_SHOW").slice(0, 2) : [];
    const missed = others.filter((a) => !waiting.includes(a)).slice(0, 1);
    const slotId = newId();
    const present = [...came.map((e) => ({ id: e.applicationId!, volunteerId: e.volunteerId })), ...waiting];
    await db.roleSlot.create({
      data: {
        id: slotId,
        roleId: role.id,
        projectId: project.id,
        startsAt,
        endsAt,
        capacity: Math.max(present.length + missed.length, 6),
        checkInSecret: newCheckInSecret(),
      },
    });
    await db.slotSignup.createMany({
      data: [...present, ...missed].map((a) => ({
        slotId,
        applicationId: a.id,
        volunteerId: a.volunteerId,
        status: "CONFIRMED" as const,
        startsAt,
        endsAt,
        attendance: missed.includes(a as (typeof missed)[number]) ? ("NO_SHOW" as const) : ("ATTENDED" as const),
        createdAt: new Date(startsAt.getTime() - 7 * 24 * HOUR),
      })),
    });
    const occurrence = occurrenceKey({ kind: "slot", slotId });
    const rows = [
      ...came.map((e, k) => {
        const checkedInAt = new Date(startsAt.getTime() - (5 + ((k * 7) % 20)) * MIN);
        return {
          applicationId: e.applicationId!,
          volunteerId: e.volunteerId,
          checkedInAt,
          checkedOutAt: new Date(checkedInAt.getTime() + e.hours.toNumber() * HOUR + ((k * 3) % 7) * MIN),
          proposedHours: e.hours,
          hoursEntryId: e.id,
        };
      }),
      ...waiting.map((a, k) => ({
        applicationId: a.id,
        volunteerId: a.volunteerId,
        checkedInAt: new Date(startsAt.getTime() + (2 + k * 4) * MIN),
        checkedOutAt: new Date(startsAt.getTime() + (3 * 60 + k * 29) * MIN),
        proposedHours: 3 + k * 0.5,
        hoursEntryId: null,
      })),
    ];
    await db.checkIn.createMany({
      data: rows.map((r) => ({ ...r, id: newId(), projectId: project.id, slotId, occurrence })),
    });
    if (waiting.length)
      await db.application.updateMany({
        where: { id: { in: waiting.map((a) => a.id) }, attendance: null },
        data: { attendance: "ATTENDED" },
      });
    written += rows.length;
  }
  return written;
}
