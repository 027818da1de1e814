// `npm run bench`: the production server on the national-scale dataset (`npm run seed:scale`
// first), measured with autocannon at 1 and 32 concurrent connections: requests per second,
// p50 and p95 latency, errors. Prints a table; the README keeps the latest figures.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { run, bin } from "./lib/run";
import { buildIsStale } from "./lib/build";
import { freePort, waitForHttp } from "./lib/wait";
import { loadDotEnv } from "./lib/local-env";

export type Target = { name: string; path: string; method?: "GET" | "POST"; headers?: Record<string, string>; body?: string };
type Row = { target: string; connections: number; rps: number; p50: number; p95: number; errors: number; non2xx: number };

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(baseUrl: string, target: Target, connections: number): Promise<Row> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: baseUrl + target.path,
    method: target.method ?? "GET",
    headers: target.headers,
    body: target.body,
    connections,
    duration: DURATION,
  }) as unknown as NodeJS.EventEmitter & PromiseLike<autocannon.Result>;
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function withScaleServer<T>(fn: (ctx: { baseUrl: string; db: pg.Client; databaseUrl: string }) => Promise<T>): Promise<T> {
  loadDotEnv();
  let databaseUrl = process.env.DATABASE_URL;
  let stopDb = async () => {};
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dir: path.resolve(".data/scale-pg"), port: Number(process.env.SCALE_PG_PORT ?? 54339), database: "asar_scale" });
    databaseUrl = embedded.url;
    stopDb = embedded.stop;
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const projects = Number((await db.query(`SELECT count(*) FROM "Project" WHERE status = 'PUBLISHED'`)).rows[0].count);
  if (projects < 1000) throw new Error(`The database has ${projects} published projects: run \`npm run seed:scale\` first.`);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), APP_URL: baseUrl, NEXTAUTH_URL: baseUrl, NODE_ENV: "production" as const, DATABASE_POOL_SIZE: "20" };
  await run(bin("prisma"), ["migrate", "deploy"], env);
  if (buildIsStale()) await run(bin("next"), ["build"], env);
  const server = spawn(bin("next"), ["start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env });
  try {
    await waitForHttp(`${baseUrl}/kk`, 60_000);
    return await fn({ baseUrl, db, databaseUrl });
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    await db.end();
    await stopDb();
  }
}

async function main() {
  await withScaleServer(async ({ baseUrl, db }) => {
    const project = (await db.query(`SELECT id FROM "Project" WHERE status = 'PUBLISHED' ORDER BY "startsAt" LIMIT 1 OFFSET 500`)).rows[0].id as string;
    const targets: Target[] = [{ name: "project page", path: `/ru/projects/${project}` }];
    if (fs.existsSync("src/app/[locale]/projects/page.tsx")) {
      targets.unshift({ name: "search page (text + 2 filters)", path: `/ru/projects?q=${encodeURIComponent("экология")}&region=ASTANA&duration=ONE_TIME` });
    }
    // Warm up: compile caches and the database's buffers.
    for (const t of targets) await fetch(baseUrl + t.path);
    const rows: Row[] = [];
    for (const t of targets) for (const c of [1, 32]) rows.push(await measure(baseUrl, t, c));
    console.log(`\nautocannon, ${DURATION} s per line, production build, national-scale dataset\n`);
    console.log("| target | connections | req/s | p50 ms | p95 ms | errors | non-2xx |");
    console.log("|---|---:|---:|---:|---:|---:|---:|");
    for (const r of rows) console.log(`| ${r.target} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.errors} | ${r.non2xx} |`);
  });
}

if (process.argv[1]?.endsWith("bench.ts")) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
