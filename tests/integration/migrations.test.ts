import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { withDatabase } from "../../src/server/pg-url";
import { CUSTOM_MARKER, MIGRATIONS_DIR, migrationFolders } from "../../scripts/migrate-new";

// The migrations (applied to the template database by global-setup) must build exactly the
// schema that prisma/schema.prisma describes, plus the hand-written SQL of each migration.
async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(" | "));
    return [
      ...(await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '')
                   FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                   ORDER BY 1, 2`)),
      ...(await q(`SELECT c.relname, con.conname, pg_get_constraintdef(con.oid)
                   FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations' ORDER BY 1, 2`)),
      ...(await q(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
      )),
      ...(await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                   FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`)),
      ...(await q(`SELECT extname FROM pg_extension ORDER BY 1`)),
    ];
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("build the same schema as prisma/schema.prisma", async () => {
    const adminUrl = inject("pgAdminUrl");
    const templateUrl = inject("pgTemplateUrl");
    const fromSchema = execFileSync(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: adminUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const custom = migrationFolders()
      .map((f) => fs.readFileSync(path.join(MIGRATIONS_DIR, f, "migration.sql"), "utf8"))
      .map((sql) => (sql.includes(CUSTOM_MARKER) ? sql.slice(sql.indexOf(CUSTOM_MARKER)) : ""))
      .join("\n");

    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS asar_schema_check`);
    await admin.query(`CREATE DATABASE asar_schema_check`);
    await admin.end();
    const checkUrl = withDatabase(templateUrl, "asar_schema_check");
    const client = new pg.Client({ connectionString: checkUrl });
    await client.connect();
    await client.query(fromSchema + "\n" + custom);
    await client.end();

    const [migrated, declared] = await Promise.all([describeSchema(templateUrl), describeSchema(checkUrl)]);
    expect(migrated.length).toBeGreaterThan(100);
    expect(migrated).toEqual(declared);
  });
});
