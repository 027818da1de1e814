// The production HTTP server (what `npm start`, the end-to-end tests and the benchmark run):
// Next.js's request handler in one worker process per CPU core (WEB_CONCURRENCY overrides), each
// with a short-lived cache of the public pages as anonymous visitors see them (decision 0009).
//
//   tsx scripts/serve.ts [port]      needs a production build (`next build`) and the env of `next start`
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import { PageCache } from "./lib/page-cache";
import { guardRequest, sendRefusal } from "./lib/request-guard";

// tsx turns on source-mapped stack traces for the whole process; `next start` runs without them.
process.setSourceMapsEnabled(false);

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? Math.min(os.availableParallelism(), 4)));
const cacheSeconds = Number(process.env.PAGE_CACHE_SECONDS ?? 10);

async function worker() {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = new PageCache({ ttlMs: cacheSeconds * 1000, maxBytes: 64 * 1024 * 1024 });
  const server = http.createServer((incoming, res) => {
    // Requests Next.js would answer with a 500 are refused first (scripts/lib/request-guard.ts).
    guardRequest(incoming)
      .then((req) => (req instanceof http.IncomingMessage ? cache.handle(req, res, () => handle(req, res)) : sendRefusal(res, req)))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Internal Server Error");
      });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`Ready: Asar on http://localhost:${port} (1 worker, public page cache ${cacheSeconds} s)`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    // Idle keep-alive connections do not hold the exit up for long.
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function primary() {
  const startedAt = new Map<number, number>();
  const runsJobs = new Map<number, boolean>();
  // One worker runs the background jobs (src/instrumentation-node.ts); a replacement inherits it.
  const fork = (jobs: boolean) => {
    const w = cluster.fork({ ASAR_JOBS: jobs ? "1" : "0" });
    startedAt.set(w.id, Date.now());
    runsJobs.set(w.id, jobs);
  };
  for (let i = 0; i < workers; i++) fork(i === 0);
  let stopping = false;
  cluster.on("exit", (w, code, signal) => {
    if (stopping) return;
    // A worker that dies while starting (no build, bad env) would die again: give up instead.
    if (Date.now() - (startedAt.get(w.id) ?? 0) < 15_000) {
      console.error(`worker ${w.process.pid} failed to start (${signal ?? code})`);
      stop(1);
      return;
    }
    console.error(`worker ${w.process.pid} exited (${signal ?? code}); starting another`);
    fork(runsJobs.get(w.id) ?? false);
  });
  function stop(code = 0) {
    if (stopping && code === 0) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    if (running.length === 0) process.exit(code);
    let left = running.length;
    cluster.on("exit", () => {
      if (--left === 0) process.exit(code);
    });
    for (const w of running) w!.process.kill("SIGTERM");
  }
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === workers) console.log(`Ready: Asar on http://localhost:${port} (${workers} workers, public page cache ${cacheSeconds} s)`);
  });
}

if (workers > 1 && cluster.isPrimary) primary();
else
  worker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
