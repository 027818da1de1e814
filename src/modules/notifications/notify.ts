import "server-only";
import type { Prisma, NotificationType } from "@/generated/prisma/client";
import { enqueueEmailsInTransaction, enqueuePushesInTransaction } from "@/server/jobs";
import { wants } from "./kinds";
import { optOutsOf } from "./preferences";

type Tx = Pick<
  Prisma.TransactionClient,
  "notification" | "notificationOptOut" | "pushSubscription" | "$queryRawUnsafe" | "$executeRawUnsafe"
>;

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

  const now = new Date();
  const rows = await tx.notification.createManyAndReturn({
    data: list.map((i) => {
      const mine = optOuts.get(i.userId);
      const shown = wants(mine, i.type, "IN_APP");
      return {
        ...i,
        ...(shown ? {} : { shownInApp: false, readAt: now }),
        ...(wants(mine, i.type, "EMAIL") ? {} : { emailStatus: "SKIPPED" as const }),
      };
    }),
    select: { id: true, userId: true, type: true, emailStatus: true },
  });
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

async function usersWithDevices(tx: Pick<Tx, "pushSubscription">, userIds: string[]): Promise<Set<string>> {
  const rows = await tx.pushSubscription.findMany({
    where: { userId: { in: userIds } },
    distinct: ["userId"],
    select: { userId: true },
  });
  return new Set(rows.map((r) => r.userId));
}
