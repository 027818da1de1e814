import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import type { Viewer } from "@/modules/accounts/viewer";
import type { addCoordinatorSchema, removeMemberSchema } from "./schema";
import { canManageMembers } from "./policy";

/** The organizer's team as its owner sees it; null for anyone who may not manage it. */
export async function listMembers(db: Db, viewer: Viewer, slug: string) {
  const organizer = await db.organizer.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!organizer || !canManageMembers(viewer, organizer.id)) return null;
  const members = await db.organizerMember.findMany({
    where: { organizerId: organizer.id, user: { deletedAt: null } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return { organizer, members };
}

/** Adds an existing account as a coordinator. Owner or admin only. */
export async function addCoordinator(db: Db, viewer: Viewer, input: z.output<typeof addCoordinatorSchema>) {
  if (!canManageMembers(viewer, input.organizerId)) throw new AppError("FORBIDDEN");
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new AppError("NOT_FOUND", "email");
  const existing = await db.organizerMember.findUnique({
    where: { organizerId_userId: { organizerId: input.organizerId, userId: user.id } },
    select: { role: true },
  });
  if (existing) throw new AppError("ALREADY_MEMBER", "email");
  await db.$transaction(async (tx) => {
    await tx.organizerMember.create({ data: { organizerId: input.organizerId, userId: user.id, role: "COORDINATOR" } });
    await audit(tx, { actorId: viewer.id, action: "organizer.add_coordinator", entityType: "Organizer", entityId: input.organizerId, data: { userId: user.id } });
  });
}

/** Removes a coordinator; the owner cannot be removed. Owner or admin only. */
export async function removeMember(db: Db, viewer: Viewer, input: z.output<typeof removeMemberSchema>) {
  if (!canManageMembers(viewer, input.organizerId)) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const { count } = await tx.organizerMember.deleteMany({
      where: { organizerId: input.organizerId, userId: input.userId, role: "COORDINATOR" },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await audit(tx, { actorId: viewer.id, action: "organizer.remove_member", entityType: "Organizer", entityId: input.organizerId, data: { userId: input.userId } });
  });
}
