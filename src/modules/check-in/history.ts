import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedProjectWhere } from "@/modules/organizers/scope";

export type AttendanceHistory = { attended: number; noShows: number };

/**
 * Applicants' attendance on one organizer's projects, for that organizer's own applications list:
 * places they came to (attended), and what they missed — a no-show place, or a missed slot of a
 * place they otherwise came to. Scoped to projects of `organizerId` that the viewer manages, so
 * another organizer never learns anything from it (an unmanaged organizer reads as empty).
 */
export async function attendanceHistory(
  db: Db,
  viewer: Viewer,
  organizerId: string,
  volunteerIds: string[],
): Promise<Map<string, AttendanceHistory>> {
  const out = new Map<string, AttendanceHistory>();
  const ids = [...new Set(volunteerIds)];
  if (ids.length === 0) return out;
  const project = { organizerId, ...managedProjectWhere(viewer) };
  const [places, missedSlots] = await Promise.all([
    db.application.groupBy({
      by: ["volunteerId", "attendance"],
      where: { volunteerId: { in: ids }, attendance: { not: null }, project },
      _count: { _all: true },
    }),
    db.slotSignup.groupBy({
      by: ["volunteerId"],
      where: {
        volunteerId: { in: ids },
        attendance: "NO_SHOW",
        // A place that is itself a no-show is counted once, above.
        application: { project, OR: [{ attendance: null }, { attendance: "ATTENDED" }] },
      },
      _count: { _all: true },
    }),
  ]);
  const entry = (id: string) => out.get(id) ?? out.set(id, { attended: 0, noShows: 0 }).get(id)!;
  for (const p of places) {
    if (p.attendance === "ATTENDED") entry(p.volunteerId).attended += p._count._all;
    else entry(p.volunteerId).noShows += p._count._all;
  }
  for (const s of missedSlots) entry(s.volunteerId).noShows += s._count._all;
  return out;
}
