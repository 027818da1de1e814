import "server-only";
import type { Db } from "./prisma-client";

// Failed sign-ins counted in the database, so the limit holds across app instances.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export async function isLoginLimited(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginAttempt(db: Db, email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip, success } });
  // Attempts older than a day never count again; an occasional sweep keeps the table small.
  if (Math.random() < 0.01) {
    await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  }
  if (success) {
    // A successful sign-in clears the account's failures; the IP's stay.
    await db.loginAttempt.deleteMany({ where: { email, success: false } });
  }
}
