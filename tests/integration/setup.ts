import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import pg from "pg";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import { withDatabase } from "../../src/server/pg-url";

// Each test file gets its own copy of the migrated template database, emptied before each test
// (reference data kept). Refuses anything but a local server.
const adminUrl = inject("pgAdminUrl");
const host = new URL(adminUrl).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(host))
  throw new Error(`integration tests refuse non-local database ${host}`);

const name = `asar_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let testDb: Db;

const REFERENCE = new Set(["Region", "RegionWage", "Training", "_prisma_migrations"]);

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE asar_template`);
  await admin.end();
  const url = withDatabase(inject("pgTemplateUrl"), name);
  testDb = createPrismaClient(url, 20);
  (globalThis as { __testDb?: Db; __testDbUrl?: string }).__testDb = testDb;
  (globalThis as { __testDbUrl?: string }).__testDbUrl = url;
});

beforeEach(async () => {
  const tables = await testDb.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  const list = tables.filter((t) => !REFERENCE.has(t.tablename)).map((t) => `"${t.tablename}"`);
  if (list.length) await testDb.$executeRawUnsafe(`TRUNCATE ${list.join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  await testDb?.$disconnect();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
