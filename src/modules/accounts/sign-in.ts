import "server-only";
import { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { openLoginAttempt, recordLoginAttempt } from "@/server/rate-limit";
import { burnPasswordCheck, verifyPassword } from "@/server/password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInResult =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; error: "INVALID" | "RATE_LIMITED" };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks email and password within the sign-in limits (src/server/rate-limit.ts): an address
 * over its limit is refused, an account under attack slows down unfamiliar addresses but is
 * never locked. Messages stay generic. `address` comes from clientAddress() only.
 */
export async function checkCredentials(
  db: Db,
  input: unknown,
  address: string,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "INVALID" };
  const { email, password } = parsed.data;
  const gate = await openLoginAttempt(db, email, address);
  if (!gate.allowed) return { ok: false, error: "RATE_LIMITED" };
  if (gate.delayMs > 0) await wait(gate.delayMs);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, deletedAt: true },
  });
  const valid =
    user && !user.deletedAt
      ? await verifyPassword(user.passwordHash, password)
      : (await burnPasswordCheck(password), false);
  await Promise.all([gate.settle(Boolean(valid)), recordLoginAttempt(db, email, address, Boolean(valid))]);
  if (!valid || !user) return { ok: false, error: "INVALID" };
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
