import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { withDatabase } from "../../src/server/pg-url";
import { prepareDatabase } from "../../scripts/lib/prepare-db";
import { migrationFolders } from "../../scripts/migrate-new";

// Several instances started together on one empty database (a deploy of N machines, or two
// `npm start`s): every one of them comes up, the migrations run once and the demo is loaded once.
const adminUrl = inject("pgAdminUrl");
const name = `asar_prepare_${process.pid}`;
const url = withDatabase(inject("pgTemplateUrl"), name);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-prepare-"));

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function counts() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
    return {
      migrations: await one(
        `SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      ),
      distinctMigrations: await one(`SELECT count(DISTINCT migration_name) AS n FROM _prisma_migrations`),
      regions: await one(`SELECT count(*) AS n FROM "Region"`),
      demoUsers: await one(`SELECT count(*) AS n FROM "User" WHERE email LIKE '%@asar.demo'`),
      users: await one(`SELECT count(*) AS n FROM "User"`),
      projects: await one(`SELECT count(*) AS n FROM "Project"`),
      notifications: await one(`SELECT count(*) AS n FROM "Notification"`),
    };
  } finally {
    await client.end();
  }
}

beforeAll(() => admin(`CREATE DATABASE "${name}"`));
afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("database preparation (npm start)", () => {
  it(
    "three instances starting at once on an empty database all succeed, and migrate and seed once",
    { timeout: 300_000 },
    async () => {
      const env = { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir };
      const logs: string[][] = [[], [], []];
      const results = await Promise.allSettled(
        logs.map((lines) => prepareDatabase(env, { demo: true, quiet: true, log: (l) => lines.push(l) })),
      );
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok", "ok"]);
      // Two of them were told why they wait.
      expect(logs.filter((lines) => lines.includes("▸ another instance is migrating, waiting…"))).toHaveLength(2);

      const after = await counts();
      expect(after.migrations).toBe(migrationFolders().length);
      expect(after.distinctMigrations).toBe(after.migrations);
      expect(after.regions).toBe(20);
      expect(after.demoUsers).toBeGreaterThan(5);
      expect(after.projects).toBeGreaterThan(0);

      // A later start changes nothing: the demo is loaded only into an empty database.
      await prepareDatabase(env, { demo: true, quiet: true, log: () => {} });
      expect(await counts()).toEqual(after);
    },
  );
});
