import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/modules/accounts/viewer";

/** Marks one of the viewer's own notifications read; someone else's is "not found". */
export async function markRead(db: Db, viewer: Viewer, id: string) {
  const { count } = await db.notification.updateMany({
    where: { id, userId: viewer.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (count === 0 && !(await db.notification.findFirst({ where: { id, userId: viewer.id }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND");
  }
}

export async function markAllRead(db: Db, viewer: Viewer): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: viewer.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
