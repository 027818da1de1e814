import "server-only";
import { z } from "zod";
import type { Db } from "@/server/prisma-client";
import { isLoginLimited, recordLoginAttempt } from "@/server/rate-limit";
import { burnPasswordCheck, verifyPassword } from "@/server/password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type SignInResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; error: "INVALID" | "RATE_LIMITED" };

/** Checks email and password with the per-account and per-IP limits. Messages stay generic. */
export async function checkCredentials(db: Db, input: unknown, ip: string): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "INVALID" };
  const { email, password } = parsed.data;
  if (await isLoginLimited(db, email, ip)) return { ok: false, error: "RATE_LIMITED" };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, sessionVersion: true, deletedAt: true },
  });
  const valid = user && !user.deletedAt ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  await recordLoginAttempt(db, email, ip, Boolean(valid));
  if (!valid || !user) return { ok: false, error: "INVALID" };
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
