import "server-only";
import type { Db } from "@/server/prisma-client";

/** Live figures for the home page: public aggregates only. */
export async function getPlatformCounts(db: Db) {
  const [volunteers, organizers, verifiedOrganizers, projects, regions] = await Promise.all([
    db.volunteerProfile.count({ where: { user: { deletedAt: null } } }),
    db.organizer.count(),
    db.organizer.count({ where: { verificationStatus: "VERIFIED" } }),
    db.project.count({ where: { status: "PUBLISHED" } }),
    db.project.groupBy({ by: ["regionCode"], where: { status: "PUBLISHED" } }).then((r) => r.length),
  ]);
  return { volunteers, organizers, verifiedOrganizers, projects, regions };
}
