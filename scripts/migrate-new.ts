// `npm run migrate:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from a datamodel-to-datamodel diff between the schema as of the last migration (the
// schema.prisma snapshot kept in each migration folder; `migrate deploy` ignores it) and
// prisma/schema.prisma. Prisma's WebAssembly engine cannot diff against a live database, see
// docs/decisions/0002-migrations.md. Hand-written SQL (CHECKs, special indexes) goes below the
// "-- asar:custom" marker.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";

export const MIGRATIONS_DIR = path.join("prisma", "migrations");
export const CUSTOM_MARKER = "-- asar:custom";

export function migrationFolders(): string[] {
  if (!fs.existsSync(MIGRATIONS_DIR)) return [];
  return fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((d) => fs.statSync(path.join(MIGRATIONS_DIR, d)).isDirectory())
    .sort();
}

/** The WebAssembly engine needs a reachable database even to diff two datamodels. */
export function prismaDiff(args: string[], databaseUrl: string): string {
  return execFileSync("node_modules/.bin/prisma", ["migrate", "diff", ...args, "--script"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) {
    console.error("usage: npm run migrate:new -- <name>");
    process.exit(1);
  }
  const folders = migrationFolders();
  const last = folders.at(-1);
  const from = last ? ["--from-schema-datamodel", path.join(MIGRATIONS_DIR, last, "schema.prisma")] : ["--from-empty"];
  const local = await prepareLocalEnv({ quiet: true });
  const sql = prismaDiff([...from, "--to-schema-datamodel", "prisma/schema.prisma"], local.env.DATABASE_URL!);
  await local.embedded?.stop();
  if (sql.trim() === "" || /This is an empty migration/.test(sql)) {
    console.log("schema.prisma has no changes since the last migration; nothing written");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "migration.sql"),
    `${sql.trimEnd()}\n\n${CUSTOM_MARKER}\n-- Hand-written SQL that Prisma cannot express (CHECK constraints, GIN/trigram indexes).\n`,
  );
  fs.copyFileSync("prisma/schema.prisma", path.join(dir, "schema.prisma"));
  if (!fs.existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
    fs.writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  }
  console.log(`wrote ${dir}/migration.sql`);
}

if (process.argv[1]?.endsWith("migrate-new.ts")) void main();
