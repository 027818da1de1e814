import "server-only";
import type { Prisma, NotificationType } from "@/generated/prisma/client";
import { enqueueEmailsInTransaction } from "@/server/jobs";

type Tx = Pick<Prisma.TransactionClient, "notification" | "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Notification.data per type is documented by NotificationData in ./render.ts. */
export type NotificationInput = { userId: string; type: NotificationType; data: Prisma.InputJsonValue };

/**
 * Tells people something happened, inside the caller's transaction: the in-app notification is
 * written with the change itself, and so is the job that emails it (the outbox, see
 * src/server/jobs.ts). Nothing here talks to a mail server. The one way every capability
 * notifies anyone. Returns the ids of the new notifications.
 */
export async function notify(tx: Tx, items: NotificationInput | NotificationInput[]): Promise<string[]> {
  const list = Array.isArray(items) ? items : [items];
  if (list.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({ data: list, select: { id: true } });
  const ids = rows.map((r) => r.id);
  await enqueueEmailsInTransaction(tx, ids);
  return ids;
}
