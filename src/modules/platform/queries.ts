import "server-only";
import type { Db } from "@/server/prisma-client";
import { db as appDb } from "@/server/db";
import { memoize } from "@/server/memo";

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

/** The home page's figures, recounted at most once a minute: counting 300,000 volunteers takes
 * a quarter of a second, and every visitor of the home page would otherwise wait for it. */
export const cachedPlatformCounts = memoize(60_000, () => getPlatformCounts(appDb));
