import "server-only";
import type { Db } from "@/server/prisma-client";
import type { RegionCode } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { REGION_CODES } from "@/domain/regions";
import { hourlyFromMonthly } from "@/domain/region-wages";
import type { Viewer } from "@/modules/accounts/viewer";
import { canEditWages } from "./policy";
import { WAGE_AUDIT_ACTION, type WagesOutput } from "./schema";

/** The audit log's entity id of one wage figure: region, year and quarter ("Y": the annual figure). */
export const wageEntityId = (code: string, year: number, quarter: number | null) => `${code}:${year}:${quarter ?? "Y"}`;

/**
 * The national admin sets the regions' average monthly wages of one period (a year, or a quarter)
 * with the published source. Only new or changed figures are written, each with an audit entry
 * (old and new value, source) and the admin as the last editor. The statistics value hours at
 * these figures from the next rebuild of the years they touch (refreshAfterWageChange).
 */
export async function updateWages(db: Db, viewer: Viewer, input: WagesOutput): Promise<{ changed: RegionCode[] }> {
  if (!canEditWages(viewer)) throw new AppError("FORBIDDEN");
  const year = input.year;
  const quarter = input.quarter === "" ? null : Number(input.quarter);
  const source = {
    sourceTitle: input.sourceTitle,
    sourceUrl: input.sourceUrl || null,
    publishedOn: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null,
  };
  return db.$transaction(async (tx) => {
    // Two admins saving the same period apply one after the other, each audit entry with the
    // value it really replaced.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(734119013, ${year})`;
    const current = await tx.regionWage.findMany({ where: { year, quarter } });
    const changed: RegionCode[] = [];
    for (const code of REGION_CODES) {
      const monthly = input[code];
      const data = { monthlyWageKzt: monthly, hourlyWageKzt: hourlyFromMonthly(monthly), ...source };
      const before = current.find((r) => r.regionCode === code);
      if (
        before &&
        before.monthlyWageKzt === monthly &&
        before.sourceTitle === source.sourceTitle &&
        before.sourceUrl === source.sourceUrl &&
        before.publishedOn?.getTime() === source.publishedOn?.getTime()
      )
        continue;
      if (before) await tx.regionWage.update({ where: { id: before.id }, data: { ...data, updatedById: viewer.id } });
      else await tx.regionWage.create({ data: { regionCode: code, year, quarter, ...data, updatedById: viewer.id } });
      await audit(tx, {
        actorId: viewer.id,
        action: WAGE_AUDIT_ACTION,
        entityType: "RegionWage",
        entityId: wageEntityId(code, year, quarter),
        regionCode: code,
        data: {
          year,
          quarter,
          from: before?.monthlyWageKzt ?? null,
          to: monthly,
          source: source.sourceTitle,
          url: source.sourceUrl,
        },
      });
      changed.push(code);
    }
    return { changed };
  });
}
