import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth";
import { db } from "./db";
import { AppError } from "./errors";
import { loadViewer } from "@/modules/accounts/queries";
import type { Viewer } from "@/modules/accounts/viewer";

/**
 * The signed-in person with their roles, read from the database once per request: a session
 * whose user was deleted or signed out everywhere (sessionVersion bumped) counts as none.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = (await getServerSession(authOptions())) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  return loadViewer(db, session.userId, session.sv ?? 0);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  return viewer;
}
