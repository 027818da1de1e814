import "server-only";
import type { z } from "zod";
import type { Locale, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { audit } from "@/server/audit";
import { queueAccountEmail } from "./account-email";
import { limitEmailRequest } from "./email-requests";
import { linkError, linkState } from "./password-reset";
import type { Viewer } from "./viewer";
import type { confirmEmailSchema } from "./schema";

// Confirming the address given at sign-up. An unconfirmed account uses the platform as usual
// but cannot join an organizer's team (invitations are accepted by the holder of the address)
// or receive call-outs.

type Tx = Parameters<typeof queueAccountEmail>[0];

/**
 * At sign-up the welcome is the confirmation email: one email that greets the new volunteer or
 * organizer, says what comes next and carries the confirmation link (rendered by
 * account-email-worker.ts from `data.welcome`). Sent again from the profile, it is the plain link.
 */
export type Welcome = { welcome: "VOLUNTEER" } | { welcome: "ORGANIZER"; organizerName: string };

/** Called inside the sign-up transactions: the account and its welcome email land together. */
export async function queueEmailConfirmation(
  tx: Tx,
  user: { id: string; email: string; locale: Locale },
  welcome?: Welcome,
): Promise<void> {
  await queueAccountEmail(tx, {
    kind: "EMAIL_CONFIRMATION",
    userId: user.id,
    to: user.email,
    locale: user.locale,
    ...(welcome ? { data: welcome } : {}),
  });
}

/** "Send the link again" from the profile; nothing to do when the address is already confirmed. */
export async function resendEmailConfirmation(db: Db, viewer: Viewer, ip: string): Promise<void> {
  if (viewer.emailConfirmed) return;
  await limitEmailRequest(db, "EMAIL_CONFIRMATION", viewer.email, ip);
  await db.$transaction(async (tx) => {
    await queueEmailConfirmation(tx, { id: viewer.id, email: viewer.email, locale: viewer.locale });
  });
}

/**
 * Confirms the address the link was sent to. Works signed in or not (the link is the proof).
 * Returns how many team invitations wait for this address, so the page can point to them.
 */
export async function confirmEmail(
  db: Db,
  input: z.output<typeof confirmEmailSchema>,
): Promise<{ invitations: number }> {
  const { state, row } = await linkState(db, "EMAIL_CONFIRMATION", input.token);
  // Opening the link again after it worked is not an error for the person: the address is confirmed.
  if (state === "USED" && row.user.emailConfirmedAt)
    return { invitations: await pendingInvitationCount(db, row.user.email) };
  if (state !== "VALID") throw linkError(state);
  const now = new Date();
  await db.$transaction(async (tx: Prisma.TransactionClient) => {
    await tx.accountToken.updateMany({
      where: { userId: row.user.id, kind: "EMAIL_CONFIRMATION", usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.updateMany({
      where: { id: row.user.id, email: row.email, emailConfirmedAt: null },
      data: { emailConfirmedAt: now },
    });
    await audit(tx, {
      actorId: row.user.id,
      action: "user.email_confirmed",
      entityType: "User",
      entityId: row.user.id,
    });
  });
  return { invitations: await pendingInvitationCount(db, row.user.email) };
}

function pendingInvitationCount(db: Db, email: string): Promise<number> {
  return db.organizerInvitation.count({ where: { email, status: "PENDING", expiresAt: { gt: new Date() } } });
}
