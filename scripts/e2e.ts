// End-to-end run: a throwaway embedded PostgreSQL, migrations and reference data, a production
// build (reused when no source changed), the production server (src/serve/serve.ts), then Playwright in Debian's Chromium.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { localVapidKeys } from "./lib/local-env";
import { run, bin } from "./lib/run";
import { buildIsStale } from "./lib/build";
import { freePort, waitForHttp } from "./lib/wait";

/** Runs one phase and prints how long it took, so a slow run shows where the time went. */
async function timed<T>(label: string, phase: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await phase();
  } finally {
    console.log(`e2e: ${label} took ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-e2e-"));
  fs.chmodSync(dir, 0o755);
  const pgPort = await freePort();
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: pgPort, database: "asar_e2e" });
  const appPort = Number(process.env.E2E_PORT ?? (await freePort()));
  const baseUrl = `http://localhost:${appPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pg.url,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    APP_URL: baseUrl,
    NEXTAUTH_URL: baseUrl,
    DATA_DIR: dir,
    E2E_BASE_URL: baseUrl,
    // src/app/[locale]/e2e-fault: a page that fails on request, for tests/e2e/errors.spec.ts.
    E2E_FAULT_PAGE: "1",
    // src/app/api/e2e/jobs: runs a scheduled job at a given time, for tests/e2e/reminders.spec.ts.
    E2E_JOB_CLOCK: "1",
    // Web Push on, as in production with keys set (tests/e2e/notification-settings.spec.ts).
    ...localVapidKeys(dir),
  };
  let server: ReturnType<typeof spawn> | null = null;
  let code = 1;
  try {
    // The build needs no database: it runs while the database is filled. Its type-check is
    // skipped (`npm run typecheck` is the check; `npm test` runs it first).
    const build = buildIsStale()
      ? timed("build", () =>
          run(bin("next"), ["build"], { ...env, NODE_ENV: "production", ASAR_BUILD_SKIP_TYPECHECK: "1" }),
        )
      : Promise.resolve();
    const data = (async () => {
      await timed("migrations", () => run(bin("prisma"), ["migrate", "deploy"], env));
      await timed("demo data", () => run(bin("tsx"), ["prisma/seed/index.ts"], env));
      await timed("e2e data", () => run(bin("tsx"), ["tests/e2e/seed-e2e.ts"], env));
    })();
    // Both settle before either failure is reported, so nothing is left running.
    const [built, filled] = await Promise.allSettled([build, data]);
    for (const r of [built, filled]) if (r.status === "rejected") throw r.reason;
    server = spawn(bin("tsx"), ["src/serve/serve.ts", String(appPort)], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...env, NODE_ENV: "production" },
    });
    server.stdout?.on("data", (c: Buffer) => process.env.E2E_VERBOSE && process.stdout.write(c));
    await timed("server start", () => waitForHttp(`${baseUrl}/kk`, 60_000));
    await timed("playwright", () => run(bin("playwright"), ["test", ...process.argv.slice(2)], env));
    code = 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
  } finally {
    if (server && server.exitCode === null) {
      // The server first, so its job worker is not cut off mid-query by the database stopping.
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    await pg.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(code);
}

void main();
