import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { hashPassword, verifyPassword } from "@/server/password";
import { assertStrongPassword } from "./password-policy";
import { endOtherSessions } from "./sessions";
import type { Viewer } from "./viewer";
import type { changePasswordSchema } from "./schema";

/**
 * Changes the viewer's password, given the current one. Every session of the account ends
 * (sessionVersion is bumped); the browser that made the change renews its own session right
 * after (next-auth's update(), which re-reads sessionVersion), so only the others are signed out.
 * Reset links sent earlier stop working too.
 */
export async function changePassword(
  db: Db,
  viewer: Viewer,
  input: z.output<typeof changePasswordSchema>,
): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: viewer.id },
    select: { passwordHash: true, email: true, name: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new AppError("account.errors.WRONG_CURRENT_PASSWORD", "currentPassword");
  if (input.newPassword === input.currentPassword) throw new AppError("account.errors.SAME_PASSWORD", "newPassword");
  assertStrongPassword(input.newPassword, "newPassword", [user.email, user.name]);
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { passwordHash, ...endOtherSessions(viewer) } });
    await tx.accountToken.updateMany({
      where: { userId: viewer.id, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    await audit(tx, { actorId: viewer.id, action: "user.password_change", entityType: "User", entityId: viewer.id });
  });
}
