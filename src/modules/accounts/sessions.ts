import "server-only";
import type { JWT } from "next-auth/jwt";
import type { Db } from "@/server/prisma-client";
import { audit } from "@/server/audit";
import { loadViewer } from "./queries";
import type { Viewer } from "./viewer";

// Sessions are signed tokens (next-auth JWT) that the server cannot recall, so three things end
// them (docs/decisions/0015-sign-in-limits-and-sessions.md):
// - signing out records the token's session id (sid) in RevokedSession;
// - "sign out everywhere", a password change and account deletion bump User.sessionVersion;
// - a token unused for SESSION_IDLE_SECONDS expires, and none lives past SESSION_ABSOLUTE_SECONDS.
// Every request checks the first two in viewerForSession(), the one way a session becomes a viewer.

/** A token unused this long has expired: a token copied off a shared computer dies overnight. */
export const SESSION_IDLE_SECONDS = 12 * 3600;
/** A page view renews the token once it is this old (next-auth's session.updateAge). */
export const SESSION_RENEW_SECONDS = 3600;
/** However often it is renewed, a session ends this long after the password was typed. */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 3600;

/** The claims we add to next-auth's token at sign-in. */
export type SessionClaims = { sub?: string; sv?: number; sid?: string; authAt?: number };

export type SessionInfo = { userId?: string; sv?: number; sid?: string; iat?: number } | null;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** True once a token is older than the absolute limit (or lacks the claims this check needs). */
export function sessionOutlived(token: SessionClaims, now = nowSeconds()): boolean {
  return typeof token.authAt !== "number" || now - token.authAt > SESSION_ABSOLUTE_SECONDS;
}

/** The signed-in person for a decoded session, or null when it was signed out, ended or belongs to nobody. */
export async function viewerForSession(db: Db, session: SessionInfo): Promise<Viewer | null> {
  // A token without a session id predates revocable sessions and cannot be signed out: refused.
  if (!session?.userId || !session.sid) return null;
  const viewer = await loadViewer(db, session.userId, session.sv ?? 0, session.sid);
  return viewer ? { ...viewer, sessionId: session.sid } : null;
}

/** Signing out: the token's copies (a stolen cookie included) stop working everywhere. */
export async function revokeSession(db: Db, token: SessionClaims | null | undefined): Promise<void> {
  if (!token?.sid) return;
  // Kept until no renewal of this session could still be valid.
  const expiresAt = new Date(((token.authAt ?? nowSeconds()) + SESSION_ABSOLUTE_SECONDS) * 1000);
  await db.revokedSession.createMany({ data: [{ id: token.sid, expiresAt }], skipDuplicates: true });
  if (Math.random() < 0.02) await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}

/**
 * The fields of a User update that end every session of the viewer except the one they are
 * using (a password change): spread it into `data`, then have the browser call next-auth's
 * update() (see the jwt callback in src/modules/accounts/auth-options.ts), which moves only this session to the
 * new version.
 */
export function endOtherSessions(viewer: Pick<Viewer, "sessionId">) {
  return { sessionVersion: { increment: 1 }, sessionKeeperId: viewer.sessionId ?? null };
}

/** "Sign out everywhere": every session of the viewer ends, this one included. */
export async function signOutEverywhere(db: Db, viewer: Viewer): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: viewer.id },
      data: { sessionVersion: { increment: 1 }, sessionKeeperId: null },
    });
    await audit(tx, {
      actorId: viewer.id,
      action: "user.sign_out_everywhere",
      entityType: "User",
      entityId: viewer.id,
    });
  });
}

/**
 * next-auth's update() (trigger "update"): the session that made the last sessionVersion bump
 * (recorded by endOtherSessions) adopts the new version and so stays signed in. Any other token,
 * such as one stolen before a password change, keeps its old version and stays ended: re-reading
 * the version alone would let every old token revive itself the same way.
 */
export async function adoptSessionVersion(db: Db, token: JWT & SessionClaims): Promise<JWT> {
  if (!token.sub || !token.sid) return token;
  const user = await db.user.findUnique({
    where: { id: token.sub },
    select: { sessionVersion: true, sessionKeeperId: true, deletedAt: true },
  });
  if (user && !user.deletedAt && user.sessionKeeperId === token.sid) token.sv = user.sessionVersion;
  return token;
}
