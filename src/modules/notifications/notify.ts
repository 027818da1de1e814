import "server-only";
import type { Prisma, NotificationType } from "@/generated/prisma/client";
import { enqueueEmailsInTransaction, enqueuePushesInTransaction } from "@/server/jobs";
import { wants } from "./kinds";
import { optOutsOf } from "./preferences";
import { newId } from "@/server/ids";

type Tx = Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Notification.data per type is documented by NotificationData in ./render.ts. */
export type NotificationInput = { userId: string; type: NotificationType; data: Prisma.InputJsonValue };

/**
 * Tells people something happened, inside the caller's transaction: the in-app notification is
 * written with the change itself, and so are the jobs that email and push it (the outbox, see
 * src/server/jobs.ts). Nothing here talks to a mail server or a push service. The one way every
 * capability notifies anyone. Returns the ids of the new notifications.
 *
 * Each recipient's switches (decision 0029) are obeyed here: in-app off writes the row hidden
 * (read, never listed or counted), email off writes it SKIPPED with no email job, push on with a
 * subscribed device adds a push job. Whatever the number of recipients (the call-out fan-out
 * sends batches of ~2,000), that is one query for everyone's switches and one for who has a
 * device, never one per recipient.
 */
export async function notify(tx: Tx, items: NotificationInput | NotificationInput[]): Promise<string[]> {
  const list = Array.isArray(items) ? items : [items];
  if (list.length === 0) return [];
  const optOuts = await optOutsOf(
    tx,
    list.map((i) => i.userId),
  );
  const pushCandidates = new Set(list.filter((i) => wants(optOuts.get(i.userId), i.type, "PUSH")).map((i) => i.userId));
  const withDevice = pushCandidates.size > 0 ? await usersWithDevices(tx, [...pushCandidates]) : new Set<string>();

  // One INSERT of arrays (unnest): Prisma's createManyAndReturn spent ~1 ms of CPU per row
  // compiling and mapping, which the call-out fan-out felt at 2,000 rows a batch.
  const cols = { id: [] as string[], userId: [] as string[], type: [] as string[], data: [] as string[] };
  const flags = { email: [] as string[], shown: [] as boolean[] };
  for (const i of list) {
    const mine = optOuts.get(i.userId);
    cols.id.push(newId());
    cols.userId.push(i.userId);
    cols.type.push(i.type);
    cols.data.push(JSON.stringify(i.data ?? {}));
    flags.email.push(wants(mine, i.type, "EMAIL") ? "PENDING" : "SKIPPED");
    flags.shown.push(wants(mine, i.type, "IN_APP"));
  }
  const rows = (await tx.$queryRawUnsafe(
    `INSERT INTO "Notification" ("id", "userId", "type", "data", "emailStatus", "shownInApp", "readAt")
     SELECT u.id, u.user_id, u.type::"NotificationType", u.data::jsonb, u.email::"EmailStatus", u.shown,
            CASE WHEN u.shown THEN NULL ELSE now() END
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[])
          AS u(id, user_id, type, data, email, shown)
     RETURNING "id", "userId", "type"::text AS "type", "emailStatus"::text AS "emailStatus"`,
    cols.id,
    cols.userId,
    cols.type,
    cols.data,
    flags.email,
    flags.shown,
  )) as { id: string; userId: string; type: string; emailStatus: string }[];
  const ids = rows.map((r) => r.id);
  await enqueueEmailsInTransaction(
    tx,
    rows.filter((r) => r.emailStatus === "PENDING").map((r) => r.id),
  );
  await enqueuePushesInTransaction(
    tx,
    rows.filter((r) => withDevice.has(r.userId) && wants(optOuts.get(r.userId), r.type, "PUSH")).map((r) => r.id),
  );
  return ids;
}

async function usersWithDevices(tx: Tx, userIds: string[]): Promise<Set<string>> {
  const rows = (await tx.$queryRawUnsafe(
    `SELECT DISTINCT "userId" FROM "PushSubscription" WHERE "userId" = ANY($1::text[])`,
    userIds,
  )) as { userId: string }[];
  return new Set(rows.map((r) => r.userId));
}
