import "server-only";
import { env } from "./env";
import { trackPool } from "./metrics";
import { createPrismaClient, poolOf, type Db } from "./prisma-client";

const globalForDb = globalThis as unknown as { asarDb?: Db };

function instance(): Db {
  if (!globalForDb.asarDb) {
    globalForDb.asarDb = createPrismaClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
    const pool = poolOf(globalForDb.asarDb);
    if (pool) trackPool("app", pool);
  }
  return globalForDb.asarDb;
}

/**
 * The one Prisma client of the app, created on first use (so `next build` does not need a
 * database) and kept across hot reloads in development.
 */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = instance();
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
