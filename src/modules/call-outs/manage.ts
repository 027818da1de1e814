import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import type { Viewer } from "@/modules/accounts/viewer";
import { TX_OPTIONS } from "@/modules/applications/mutations";
import { staffedCallOutWhere } from "./policy";

/** The call-out as staff of one of its regions (or an admin) find it; anyone else: NOT_FOUND. */
async function staffedCallOut(db: Db, viewer: Viewer, callOutId: string) {
  const callOut = await db.callOut.findFirst({
    where: { id: callOutId, ...staffedCallOutWhere(viewer) },
    select: { id: true, title: true, status: true, projectId: true, roleId: true, regions: true },
  });
  if (!callOut) throw new AppError("NOT_FOUND");
  return callOut;
}

/**
 * Staff send a message to everyone confirmed (an ACCEPTED application to the call-out's role):
 * kept on the call-out (its page shows them) and told in-app and by email.
 */
export async function sendCallOutUpdate(db: Db, viewer: Viewer, input: { callOutId: string; body: string }) {
  const callOut = await staffedCallOut(db, viewer, input.callOutId);
  if (callOut.status !== "OPEN") throw new AppError("callOutAnswers.errors.CLOSED");
  return db.$transaction(async (tx) => {
    const update = await tx.callOutUpdate.create({
      data: { callOutId: callOut.id, authorId: viewer.id, body: input.body },
      select: { id: true },
    });
    const confirmed = await tx.application.findMany({
      where: { roleId: callOut.roleId, status: "ACCEPTED" },
      select: { volunteerId: true },
    });
    await notify(
      tx,
      confirmed.map((a) => ({
        userId: a.volunteerId,
        type: "CALL_OUT_UPDATE" as const,
        data: { callOutId: callOut.id, callOutTitle: callOut.title, updateId: update.id, body: input.body },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "callOut.update",
      entityType: "CallOut",
      entityId: callOut.id,
      regionCode: callOut.regions[0] ?? null,
      data: { updateId: update.id, told: confirmed.length },
    });
    return { told: confirmed.length };
  });
}

/**
 * Staff close a call-out. Under the same locks as every answer (the project shared, then the
 * role), in that order, so an answer either finished before — and is counted — or sees the
 * call-out closed and is refused: no one is confirmed after closing. Who was confirmed stays so
 * (they come; attendance and hours go through the project); the waiting line's applications end
 * the way a cancelled project's do, with their history; the role's capacity shrinks to the
 * places taken, so the database itself accepts no one more. Everyone who answered "coming" is
 * told, once.
 */
export async function closeCallOut(db: Db, viewer: Viewer, input: { callOutId: string }) {
  const callOut = await staffedCallOut(db, viewer, input.callOutId);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${callOut.projectId} FOR SHARE`;
    await tx.$queryRaw`SELECT 1 FROM "ProjectRole" WHERE id = ${callOut.roleId} FOR NO KEY UPDATE`;
    const closedAt = new Date();
    // Optimistic: of two staff closing at once, the second finds it closed.
    const { count } = await tx.callOut.updateMany({
      where: { id: callOut.id, status: "OPEN" },
      data: { status: "CLOSED", closedAt, closedById: viewer.id },
    });
    if (count === 0) throw new AppError("callOutAnswers.errors.ALREADY_CLOSED");
    const waiting = await tx.application.findMany({
      where: { roleId: callOut.roleId, status: { in: ["WAITLISTED", "SUBMITTED"] } },
      select: { id: true, status: true },
    });
    await tx.application.updateMany({
      where: { id: { in: waiting.map((a) => a.id) } },
      data: { status: "CANCELLED", waitlistedAt: null },
    });
    await tx.applicationEvent.createMany({
      data: waiting.map((a) => ({
        applicationId: a.id,
        fromStatus: a.status,
        toStatus: "CANCELLED" as const,
        actorId: viewer.id,
        note: "call-out closed",
      })),
    });
    await tx.$executeRaw`UPDATE "ProjectRole" SET capacity = "acceptedCount" WHERE id = ${callOut.roleId}`;
    const coming = await tx.callOutRecipient.findMany({
      where: { callOutId: callOut.id, answer: "COMING" },
      select: { userId: true },
    });
    await notify(
      tx,
      coming.map((r) => ({
        userId: r.userId,
        type: "CALL_OUT_CLOSED" as const,
        data: { callOutId: callOut.id, callOutTitle: callOut.title },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "callOut.close",
      entityType: "CallOut",
      entityId: callOut.id,
      regionCode: callOut.regions[0] ?? null,
      data: { told: coming.length, waitlistClosed: waiting.length },
    });
    return { told: coming.length, waitlistClosed: waiting.length };
  }, TX_OPTIONS);
}
