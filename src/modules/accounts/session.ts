import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { SESSION_RENEW_SECONDS, viewerForSession, type SessionInfo } from "./sessions";
import type { Viewer } from "./viewer";

const currentSession = cache(async (): Promise<SessionInfo> => (await getServerSession(authOptions())) as SessionInfo);

/**
 * The signed-in person with their roles, read from the database once per request: a session
 * that was signed out, ended everywhere (sessionVersion bumped) or whose user was deleted counts
 * as none. Pages, actions and API routes all come through here.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForSession(db, await currentSession()));

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  return viewer;
}

/**
 * True when the viewer's token is older than next-auth's updateAge: the page then asks for a
 * renewed one (SessionRenewal), so a session in use never reaches its idle limit. Server
 * components cannot set cookies themselves.
 */
export async function sessionRenewalDue(): Promise<boolean> {
  const session = await currentSession();
  return Boolean(session?.iat && Date.now() / 1000 - session.iat > SESSION_RENEW_SECONDS);
}
