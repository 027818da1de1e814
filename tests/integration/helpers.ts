import type { Db } from "../../src/server/prisma-client";
import { loadViewer } from "../../src/modules/accounts/queries";
import type { Viewer } from "../../src/modules/accounts/viewer";

/** The test file's own database (see setup.ts). */
export function db(): Db {
  const d = (globalThis as { __testDb?: Db }).__testDb;
  if (!d) throw new Error("test database not ready");
  return d;
}

/** The URL of the test file's own database, for code that opens its own connections (pg-boss). */
export function dbUrl(): string {
  const url = (globalThis as { __testDbUrl?: string }).__testDbUrl;
  if (!url) throw new Error("test database not ready");
  return url;
}

export async function viewerOf(userId: string): Promise<Viewer> {
  const v = await loadViewer(db(), userId);
  if (!v) throw new Error(`no viewer for ${userId}`);
  return v;
}

/** The AppError code a promise rejects with. */
export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  throw new Error("expected the call to fail");
}
