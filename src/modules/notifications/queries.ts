import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import type { NotificationLike, OrganizerRef } from "./render";

export const PAGE_SIZE = 20;

// Keyset cursor: "<createdAt ISO>_<id>" of the last row shown, newest first.
function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  const m = cursor?.match(/^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([a-z0-9]{1,40})$/);
  if (!m?.[1] || !m[2]) return null;
  const createdAt = new Date(m[1]);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: m[2] };
}

/** The viewer's own notifications, newest first, one page after `cursor`. */
export async function listForViewer(db: Db, viewer: Viewer, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(Math.max(opts.take ?? PAGE_SIZE, 1), 100);
  const after = parseCursor(opts.cursor);
  const rows = await db.notification.findMany({
    where: {
      userId: viewer.id,
      // Kinds the viewer switched off in the app are written (for email and push) but never shown.
      shownInApp: true,
      ...(after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, type: true, data: true, readAt: true, createdAt: true },
  });
  const items = rows.slice(0, take);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > take && last ? `${last.createdAt.toISOString()}_${last.id}` : null };
}

export async function unreadCount(db: Db, viewer: Viewer): Promise<number> {
  // Raw SQL: the header asks on every signed-in page, and Prisma's query compiler costs more CPU
  // than the count itself (decision 0021).
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Notification" WHERE "userId" = ${viewer.id} AND "readAt" IS NULL AND "shownInApp"`;
  return row?.n ?? 0;
}

/** Names and slugs of the organizers that organizer notifications refer to (public facts). */
export async function organizerRefs(db: Db, notifications: NotificationLike[]): Promise<Map<string, OrganizerRef>> {
  const ids = new Set<string>();
  for (const n of notifications) {
    const id = organizerIdOf(n);
    if (id) ids.add(id);
  }
  if (ids.size === 0) return new Map();
  const rows = await db.organizer.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, slug: true },
  });
  return new Map(rows.map((o) => [o.id, { name: o.name, slug: o.slug }]));
}

export function organizerIdOf(n: NotificationLike): string | undefined {
  const id = (n.data as { organizerId?: unknown } | null)?.organizerId;
  return typeof id === "string" ? id : undefined;
}
