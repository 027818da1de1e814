import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./prisma-client";

// What /api/ready answers for load balancers: the database answers and every migration this
// build ships has been applied (so a new version behind the balancer never serves a schema it
// does not know). A positive answer is kept a few seconds: balancers poll every instance often,
// and readiness must not become load. A negative one is never kept.

export type Readiness =
  | { ready: true }
  | { ready: false; reason: "database-unreachable" | "migrations-pending" | "migrations-unknown"; pending?: string[] };

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Migration folders (each with a migration.sql), as `prisma migrate deploy` applies them. */
export function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

export function createReadinessCheck(opts: {
  db: () => Db;
  migrationsDir: string;
  cacheMs?: number;
  timeoutMs?: number;
}) {
  let readyUntil = 0;
  return async function check(): Promise<Readiness> {
    if (Date.now() < readyUntil) return { ready: true };
    let expected: string[];
    try {
      expected = migrationNames(opts.migrationsDir);
    } catch {
      return { ready: false, reason: "migrations-unknown" };
    }
    let applied: Set<string>;
    try {
      const rows = await withTimeout(
        opts
          .db()
          .$queryRawUnsafe<{ migration_name: string }[]>(
            `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          ),
        opts.timeoutMs ?? 2000,
      );
      applied = new Set(rows.map((r) => r.migration_name));
    } catch {
      return { ready: false, reason: "database-unreachable" };
    }
    const pending = expected.filter((m) => !applied.has(m));
    if (pending.length > 0) return { ready: false, reason: "migrations-pending", pending };
    readyUntil = Date.now() + (opts.cacheMs ?? 5000);
    return { ready: true };
  };
}
