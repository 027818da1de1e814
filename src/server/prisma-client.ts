// Builds a Prisma client on the pg driver adapter (Prisma 6.19's Rust-free client). The app
// uses the singleton in db.ts; seeders and tests build their own with a URL of their choice.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { pgConfigFromUrl } from "./pg-url";

// The pool is ours (not built inside the adapter) so its connection counts can be reported
// (/api/metrics); $disconnect still ends it.
const pools = new WeakMap<object, pg.Pool>();

export function createPrismaClient(url: string, poolSize = 10) {
  const pool = new pg.Pool(pgConfigFromUrl(url, poolSize));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

export function poolOf(client: Db): pg.Pool | undefined {
  return pools.get(client);
}
