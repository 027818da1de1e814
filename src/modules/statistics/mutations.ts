import "server-only";
import type { Db } from "@/server/prisma-client";
import type { RegionCode } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { REGION_CODES } from "@/domain/regions";
import type { Viewer } from "@/modules/accounts/viewer";
import { canEditWages } from "./policy";
import { WAGE_AUDIT_ACTION, type WagesOutput } from "./schema";

/**
 * The national admin sets the regions' average hourly wages (the replacement-cost value of a
 * volunteer hour). Only changed regions are written, each with an audit entry (old and new
 * value) and the admin as the last editor; economic values everywhere use the new wage at once.
 */
export async function updateWages(db: Db, viewer: Viewer, input: WagesOutput): Promise<{ changed: RegionCode[] }> {
  if (!canEditWages(viewer)) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    // Row locks: two admins saving at once apply one after the other, each audit entry with the
    // value it really replaced.
    await tx.$queryRaw`SELECT code FROM "Region" ORDER BY code FOR UPDATE`;
    const current = await tx.region.findMany({ select: { code: true, hourlyWageKzt: true } });
    const changed: RegionCode[] = [];
    for (const code of REGION_CODES) {
      const before = current.find((r) => r.code === code)?.hourlyWageKzt;
      const after = input[code];
      if (before === undefined || before === after) continue;
      await tx.region.update({ where: { code }, data: { hourlyWageKzt: after, updatedById: viewer.id } });
      await audit(tx, {
        actorId: viewer.id,
        action: WAGE_AUDIT_ACTION,
        entityType: "Region",
        entityId: code,
        regionCode: code,
        data: { from: before, to: after },
      });
      changed.push(code);
    }
    return { changed };
  });
}
