import "server-only";
import type { Db } from "@/server/prisma-client";
import { notify, type NotificationInput } from "@/modules/notifications/notify";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * One occasion of a scheduled send: the ScheduledSend keys it takes (a reminder's one key, or a
 * digest's key per application it reports) and what it tells whom once it has taken any of them.
 */
export type Occasion = { keys: string[]; notifications: (taken: string[]) => NotificationInput[] };

/** How many occasions share one transaction: one INSERT of keys, one notify() (a few queries) each. */
export const SEND_BATCH = 2000;

/**
 * Sends each occasion at most once, whatever the number of instances running the job at the same
 * time, restarts and retries: its keys are inserted into ScheduledSend with ON CONFLICT DO NOTHING
 * in the same transaction as the notifications. A key another transaction inserted first waits
 * for it and then conflicts, so exactly one of two concurrent runs sends. An occasion whose keys
 * were all taken before sends nothing. Returns the number of notifications written.
 */
export async function sendOnce(db: Db, occasions: Occasion[], batch = SEND_BATCH): Promise<number> {
  let written = 0;
  for (let i = 0; i < occasions.length; i += batch) {
    const part = occasions.slice(i, i + batch);
    written += await db.$transaction(
      async (tx) => {
        const taken = await takeKeys(
          tx,
          part.flatMap((o) => o.keys),
        );
        const items = part.flatMap((o) => {
          const mine = o.keys.filter((k) => taken.has(k));
          return mine.length > 0 ? o.notifications(mine) : [];
        });
        if (items.length > 0) await notify(tx, items);
        return items.length;
      },
      { timeout: 120_000 },
    );
  }
  return written;
}

/**
 * Inserts the keys not yet present; returns the ones this transaction inserted. In sorted order,
 * so two runs waiting on each other's keys always wait in the same direction (no deadlock).
 */
async function takeKeys(tx: Tx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = (await tx.$queryRawUnsafe(
    `INSERT INTO "ScheduledSend" ("key") SELECT DISTINCT k FROM unnest($1::text[]) AS k ORDER BY k
     ON CONFLICT ("key") DO NOTHING RETURNING "key"`,
    keys,
  )) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}
