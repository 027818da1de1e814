import "server-only";
import type { Prisma, NotificationType } from "@/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "notification">;

export type NotificationInput = { userId: string; type: NotificationType; data: Prisma.InputJsonValue };

/**
 * Tells people something happened, inside the caller's transaction: the in-app notification is
 * written with the change itself. The one way every capability notifies anyone.
 */
export async function notify(tx: Tx, items: NotificationInput | NotificationInput[]) {
  const list = Array.isArray(items) ? items : [items];
  if (list.length === 0) return;
  await tx.notification.createMany({ data: list });
}
