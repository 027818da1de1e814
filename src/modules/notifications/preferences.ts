import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { NotificationChannel, NotificationKind } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, preferenceKey, type OptOuts, type PreferenceKey } from "./kinds";

// A person's switches per kind and channel (decision 0029). Only what is switched off is stored.

type OptOutReader = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/** Everyone's switched-off channels, in one query, whatever the number of people. */
export async function optOutsOf(tx: OptOutReader, userIds: string[]): Promise<Map<string, Set<PreferenceKey>>> {
  const unique = [...new Set(userIds)];
  const byUser = new Map<string, Set<PreferenceKey>>();
  if (unique.length === 0) return byUser;
  // Raw SQL: one array parameter, where Prisma's `in` spends CPU on 2,000 bound values.
  const rows = (await tx.$queryRawUnsafe(
    `SELECT "userId", "kind"::text AS "kind", "channel"::text AS "channel"
     FROM "NotificationOptOut" WHERE "userId" = ANY($1::text[])`,
    unique,
  )) as { userId: string; kind: NotificationKind; channel: NotificationChannel }[];
  for (const r of rows) {
    let set = byUser.get(r.userId);
    if (!set) byUser.set(r.userId, (set = new Set()));
    set.add(preferenceKey(r.kind, r.channel));
  }
  return byUser;
}

/** The viewer's own switched-off channels. */
export async function getOptOuts(db: Db, viewer: Viewer): Promise<OptOuts> {
  return (await optOutsOf(db, [viewer.id])).get(viewer.id) ?? new Set();
}

/** Replaces the viewer's switches: `on` lists what stays on; everything else is off. */
export async function savePreferences(db: Db, viewer: Viewer, on: ReadonlySet<PreferenceKey>): Promise<number> {
  const off: { userId: string; kind: NotificationKind; channel: NotificationChannel }[] = [];
  for (const kind of NOTIFICATION_KINDS)
    for (const channel of NOTIFICATION_CHANNELS)
      if (!on.has(preferenceKey(kind, channel))) off.push({ userId: viewer.id, kind, channel });
  await db.$transaction([
    db.notificationOptOut.deleteMany({ where: { userId: viewer.id } }),
    db.notificationOptOut.createMany({ data: off }),
  ]);
  return off.length;
}
