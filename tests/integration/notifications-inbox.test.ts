import { describe, expect, it } from "vitest";
import { listForViewer, unreadCount } from "../../src/modules/notifications/queries";
import { markAllRead, markRead } from "../../src/modules/notifications/mutations";
import { createUser } from "../../prisma/seed/factories";
import { db, errorCode, viewerOf } from "./helpers";

async function seedNotifications(userId: string, count: number, start = Date.now()) {
  await db().notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      userId,
      type: "PROJECT_APPROVED" as const,
      data: { projectId: `p${i}`, projectTitle: `Project ${i}` },
      // Pairs share a timestamp, so the keyset must break ties by id.
      createdAt: new Date(start - Math.floor(i / 2) * 1000),
    })),
  });
}

describe("in-app notifications", () => {
  it("lists only the viewer's own, newest first, page by page without gaps or repeats", async () => {
    const alice = await createUser(db());
    const bob = await createUser(db());
    await seedNotifications(alice.id, 45);
    await seedNotifications(bob.id, 3);
    const viewer = await viewerOf(alice.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listForViewer(db(), viewer, { cursor, take: 20 });
      seen.push(...page.items.map((n) => n.id));
      for (let i = 1; i < page.items.length; i++) {
        expect(page.items[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(page.items[i]!.createdAt.getTime());
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(45);
    const own = await db().notification.findMany({ where: { userId: alice.id }, select: { id: true } });
    expect(new Set(seen)).toEqual(new Set(own.map((n) => n.id)));
    // A made-up cursor is the first page, not an error.
    expect((await listForViewer(db(), viewer, { cursor: "garbage" })).items).toHaveLength(20);
  });

  it("counts unread, marks one and all read — only the viewer's own", async () => {
    const alice = await createUser(db());
    const bob = await createUser(db());
    await seedNotifications(alice.id, 3);
    await seedNotifications(bob.id, 2);
    const a = await viewerOf(alice.id);
    const b = await viewerOf(bob.id);
    expect(await unreadCount(db(), a)).toBe(3);

    const [first] = (await listForViewer(db(), a)).items;
    await markRead(db(), a, first!.id);
    await markRead(db(), a, first!.id); // again: still fine
    expect(await unreadCount(db(), a)).toBe(2);

    // Bob cannot touch Alice's notification, and learns nothing about it.
    const bobsView = (await listForViewer(db(), b)).items;
    const aliceUnread = (await listForViewer(db(), a)).items.find((n) => !n.readAt)!;
    expect(await errorCode(markRead(db(), b, aliceUnread.id))).toBe("NOT_FOUND");
    expect((await db().notification.findUniqueOrThrow({ where: { id: aliceUnread.id } })).readAt).toBeNull();
    expect(bobsView.map((n) => n.id)).not.toContain(aliceUnread.id);

    expect(await markAllRead(db(), b)).toBe(2);
    expect(await unreadCount(db(), a)).toBe(2);
    expect(await markAllRead(db(), a)).toBe(2);
    expect(await unreadCount(db(), a)).toBe(0);
  });
});
