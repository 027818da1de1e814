import crypto from "node:crypto";
import { encode } from "next-auth/jwt";

/** A session cookie for a user, signed like next-auth's own (the bench knows the server's secret). */
export async function sessionCookie(authSecret: string, user: { id: string; sessionVersion: number }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion, sid: crypto.randomUUID(), authAt: Math.floor(Date.now() / 1000) },
    secret: authSecret,
    maxAge: 3600,
  });
  return `next-auth.session-token=${token}`;
}
