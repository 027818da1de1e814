import "server-only";
import type { z } from "zod";
import type { AccountTokenKind } from "@/generated/prisma/enums";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { hashPassword } from "@/server/password";
import { assertStrongPassword } from "./password-policy";
import { queueAccountEmail } from "./account-email";
import { hashToken } from "./account-email-worker";
import { limitEmailRequest } from "./email-requests";
import type { forgotPasswordSchema, resetPasswordSchema } from "./schema";

// Forgotten passwords: an emailed single-use link, valid for an hour, stored as a SHA-256 hash.

export type LinkState = "VALID" | "INVALID" | "EXPIRED" | "USED";

/** What an emailed link is worth now, without using it (the page shows why it no longer works). */
export async function linkState(db: Db, kind: AccountTokenKind, token: string, now = new Date()) {
  const row = token
    ? await db.accountToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: {
          id: true,
          kind: true,
          email: true,
          expiresAt: true,
          usedAt: true,
          user: { select: { id: true, email: true, name: true, deletedAt: true, emailConfirmedAt: true } },
        },
      })
    : null;
  // A link for an account deleted since, or for an address the account no longer has, is simply unknown.
  if (!row || row.kind !== kind || row.user.deletedAt || row.user.email !== row.email)
    return { state: "INVALID" as const, row: null };
  if (row.usedAt) return { state: "USED" as const, row };
  if (row.expiresAt <= now) return { state: "EXPIRED" as const, row };
  return { state: "VALID" as const, row };
}

/** Refuses a link that is not VALID with the reason the person can act on. */
export function linkError(state: Exclude<LinkState, "VALID">): AppError {
  return new AppError(`account.link.${state}`);
}

/**
 * Emails a reset link if an account has this address; the answer is the same either way, and
 * the request is counted against the limits either way.
 */
export async function requestPasswordReset(
  db: Db,
  input: z.output<typeof forgotPasswordSchema>,
  ip: string,
): Promise<void> {
  await limitEmailRequest(db, "PASSWORD_RESET", input.email, ip);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, locale: true, deletedAt: true },
  });
  if (!user || user.deletedAt) return;
  await db.$transaction(async (tx) => {
    await queueAccountEmail(tx, { kind: "PASSWORD_RESET", userId: user.id, to: input.email, locale: user.locale });
  });
}

/**
 * Sets a new password through a reset link: the link is used up, every session of the account
 * ends (the old password and any stolen session with it), and the address counts as confirmed
 * (the link reached it).
 */
export async function resetPassword(db: Db, input: z.output<typeof resetPasswordSchema>): Promise<void> {
  const { state, row } = await linkState(db, "PASSWORD_RESET", input.token);
  if (state !== "VALID") throw linkError(state);
  assertStrongPassword(input.password, "password", [row.user.email, row.user.name]);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  await db.$transaction(async (tx) => {
    // Single use even when the link is opened twice at once: only one update finds it unused.
    const { count } = await tx.accountToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw linkError("USED");
    await tx.user.update({
      where: { id: row.user.id },
      // No session is kept: the person resetting may not be the one signed in anywhere.
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        sessionKeeperId: null,
        ...(row.user.emailConfirmedAt ? {} : { emailConfirmedAt: now }),
      },
    });
    // Any other reset link sent before is void now.
    await tx.accountToken.updateMany({
      where: { userId: row.user.id, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    await audit(tx, { actorId: row.user.id, action: "user.password_reset", entityType: "User", entityId: row.user.id });
  });
}
