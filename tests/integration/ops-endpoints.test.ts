import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "../../src/server/prisma-client";
import { createReadinessCheck } from "../../src/server/readiness";
import { countEmail, observeRequest } from "../../src/server/metrics";
import { stopJobs } from "../../src/server/jobs";
import { startJobs } from "../../src/jobs";
import { freePort } from "../../scripts/lib/wait";
import { db, dbUrl } from "./helpers";

// What a load balancer and Prometheus see: /api/health, /api/ready and /api/metrics, called as
// Next calls the route handlers, against this file's database.
const TOKEN = "metrics-token-for-tests-0123456789";

type Route = { GET: (request: Request) => Promise<Response> | Response };
let ready: Route;
let metricsRoute: Route;

beforeAll(async () => {
  process.env.DATABASE_URL = dbUrl();
  process.env.METRICS_TOKEN = TOKEN;
  ready = (await import("../../src/app/api/ready/route")) as Route;
  metricsRoute = (await import("../../src/app/api/metrics/route")) as Route;
});

afterAll(async () => {
  await stopJobs();
  delete process.env.METRICS_TOKEN;
});

const get = (route: Route, headers: Record<string, string> = {}) =>
  route.GET(new Request("http://localhost/api/x", { headers }));

describe("/api/health", () => {
  it("answers 200 without touching the database", async () => {
    const health = (await import("../../src/app/api/health/route")) as Route;
    const res = await get(health);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("/api/ready", () => {
  it("is 503 while a migration of this build is not applied, then 200", async () => {
    const [last] = await db().$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`,
    );
    const name = last!.migration_name;
    await db().$executeRawUnsafe(
      `UPDATE _prisma_migrations SET migration_name = 'hidden' WHERE migration_name = $1`,
      name,
    );
    try {
      const res = await get(ready);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "not-ready", reason: "migrations-pending", pending: [name] });
    } finally {
      await db().$executeRawUnsafe(
        `UPDATE _prisma_migrations SET migration_name = $1 WHERE migration_name = 'hidden'`,
        name,
      );
    }
    const res = await get(ready);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("is 503 when the database does not answer, and 503 for a migration folder the database lacks", async () => {
    const down = createPrismaClient(`postgresql://asar:x@127.0.0.1:${await freePort()}/asar`, 1);
    try {
      const check = createReadinessCheck({ db: () => down, migrationsDir: "prisma/migrations" });
      expect(await check()).toEqual({ ready: false, reason: "database-unreachable" });
    } finally {
      await down.$disconnect();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-migrations-"));
    try {
      fs.cpSync("prisma/migrations", dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29991231000000_from_the_future"));
      fs.writeFileSync(path.join(dir, "29991231000000_from_the_future", "migration.sql"), "SELECT 1;");
      const check = createReadinessCheck({ db: () => db(), migrationsDir: dir });
      expect(await check()).toEqual({
        ready: false,
        reason: "migrations-pending",
        pending: ["29991231000000_from_the_future"],
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("/api/metrics", () => {
  it("refuses a missing or wrong token", async () => {
    expect((await get(metricsRoute)).status).toBe(401);
    expect((await get(metricsRoute, { authorization: "Bearer wrong-token-0123456789" })).status).toBe(401);
    expect((await get(metricsRoute, { authorization: TOKEN })).status).toBe(401);
  });

  it("serves request timings, email results, the database pool and the job queues with the token", async () => {
    await startJobs({ databaseUrl: dbUrl(), db: db(), pollingIntervalSeconds: 60 });
    observeRequest("/[locale]/projects/[id]", "GET", 200, 0.03);
    countEmail("SENT");
    const res = await get(metricsRoute, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain(
      'asar_http_request_duration_seconds_count{route="/[locale]/projects/[id]",method="GET",status="200"} 1',
    );
    expect(text).toContain('asar_email_sends_total{result="SENT"} 1');
    expect(text).toMatch(/asar_db_pool_connections\{pool="app",state="total"\} \d+/);
    expect(text).toMatch(/asar_db_pool_connections\{pool="app",state="waiting"\} 0/);
    expect(text).toContain('asar_job_queue_depth{queue="notification-email"} 0');
    expect(text).toContain('asar_job_queue_oldest_age_seconds{queue="notification-email"} 0');
    expect(text).toContain("asar_job_queue_scrape_ok 1");
  });

  it("is not there (404) when no METRICS_TOKEN is set", async () => {
    delete process.env.METRICS_TOKEN;
    vi.resetModules();
    const fresh = (await import("../../src/app/api/metrics/route")) as Route;
    expect((await get(fresh, { authorization: `Bearer ${TOKEN}` })).status).toBe(404);
  });

  it("adds up every cluster worker's figures, whichever worker is asked", () => {
    const out = execFileSync("node_modules/.bin/tsx", ["tests/integration/fixtures/metrics-cluster.ts"], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(out).toContain(
      'asar_http_request_duration_seconds_count{route="/[locale]/projects/[id]",method="GET",status="200"} 5',
    );
  });
});
