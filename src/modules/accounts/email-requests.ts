import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";

// Requests that make us email an address someone typed: a password reset, a confirmation sent
// again. Counted per address and per client address in the database (so the limit holds across
// app instances), and counted whether or not an account has that address: the limit itself
// must not tell which addresses are registered.
export const EMAIL_REQUEST_WINDOW_MINUTES = 60;
export const MAX_REQUESTS_PER_EMAIL = 3;
export const MAX_REQUESTS_PER_IP = 20;

export type EmailRequestKind = "PASSWORD_RESET" | "EMAIL_CONFIRMATION";

/** Records the request, or refuses it with "try again later" when a limit is reached. */
export async function limitEmailRequest(
  db: Db,
  kind: EmailRequestKind,
  email: string,
  ip: string,
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - EMAIL_REQUEST_WINDOW_MINUTES * 60_000);
  const [byEmail, byIp] = await Promise.all([
    db.accountEmailRequest.count({ where: { email, kind, createdAt: { gte: since } } }),
    db.accountEmailRequest.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= MAX_REQUESTS_PER_EMAIL || byIp >= MAX_REQUESTS_PER_IP)
    throw new AppError("account.errors.TOO_MANY_REQUESTS");
  await db.accountEmailRequest.create({ data: { kind, email, ip } });
  // Requests older than a day never count again; an occasional sweep keeps the table small.
  if (Math.random() < 0.01)
    await db.accountEmailRequest.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
}
