import "server-only";
import type { Prisma, RegionCode } from "@/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

/** Appends to the audit log, in the caller's transaction so the entry and the change land together. */
export async function audit(
  tx: Tx,
  entry: {
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    regionCode?: RegionCode | null;
    data?: Prisma.InputJsonValue;
  },
) {
  await tx.auditLog.create({ data: { ...entry, regionCode: entry.regionCode ?? null } });
}
