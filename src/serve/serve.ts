// The production HTTP server (what `npm start`, the end-to-end tests and the benchmark run):
// Next.js's request handler in one worker process per CPU core (WEB_CONCURRENCY overrides), each
// with a short-lived cache of the public pages as anonymous visitors see them (decision 0009).
// A primary process starts the workers, replaces one that crashes (with back-off), forwards
// "a public page changed" between them, and on SIGTERM lets them finish what is in flight.
//
//   tsx src/serve/serve.ts [port]      needs a production build (`next build`) and the env of `next start`
import cluster, { type Worker } from "node:cluster";
import crypto from "node:crypto";
import http from "node:http";
import type { Socket } from "node:net";
import os from "node:os";
import next from "next";
import { PageCache } from "./page-cache";
import { guardRequest, sendRefusal } from "./request-guard";
import { parseTrustedProxies, stampRequest } from "../server/client-address";
import { PUBLIC_PAGES_CHANGED } from "../server/public-pages";
import { normalizeRoute, observeRequest, serveClusterMetrics } from "../server/metrics";

// tsx turns on source-mapped stack traces for the whole process; `next start` runs without them.
process.setSourceMapsEnabled(false);

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? Math.min(os.availableParallelism(), 4)));
const cacheSeconds = Number(process.env.PAGE_CACHE_SECONDS ?? 10);
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
/** How long a stopping worker lets requests in flight finish (a load balancer's usual drain). */
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 30_000);

type Message = { asar: "purge" };
const isPurge = (m: unknown): m is Message => typeof m === "object" && m !== null && (m as Message).asar === "purge";

async function worker() {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = new PageCache({ ttlMs: cacheSeconds * 1000, maxBytes: 64 * 1024 * 1024 });
  // A change made here clears this worker's cache and, through the primary, every other's.
  process.on(PUBLIC_PAGES_CHANGED, () => {
    cache.clear();
    process.send?.({ asar: "purge" } satisfies Message);
  });
  process.on("message", (m) => {
    if (isPurge(m)) cache.clear();
  });

  let stopping = false;
  // Each open connection and whether a request of it is being answered, for the drain below.
  const connections = new Map<Socket, { busy: boolean; served: number }>();
  const server = http.createServer((incoming, res) => {
    const started = process.hrtime.bigint();
    res.once("finish", () =>
      observeRequest(
        normalizeRoute(incoming.url ?? "/"),
        incoming.method ?? "GET",
        res.statusCode,
        Number(process.hrtime.bigint() - started) / 1e9,
      ),
    );
    const connection = connections.get(incoming.socket);
    if (connection) connection.busy = true;
    res.once("close", () => {
      if (!connection) return;
      connection.busy = false;
      connection.served++;
      if (stopping) incoming.socket.end();
    });
    // A stopping worker answers what reaches it and asks the client not to reuse the connection.
    if (stopping) {
      res.setHeader("connection", "close");
      if (incoming.url?.startsWith("/api/ready")) {
        res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "draining" }));
        return;
      }
    }
    stampRequest(incoming, trustedProxies, crypto.randomUUID);
    // Requests Next.js would answer with a 500 are refused first (request-guard.ts).
    guardRequest(incoming)
      .then((req) =>
        req instanceof http.IncomingMessage ? cache.handle(req, res, () => handle(req, res)) : sendRefusal(res, req),
      )
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Internal Server Error");
      });
  });
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { busy: false, served: 0 });
    socket.once("close", () => connections.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  server.listen(port, hostname);
  // SIGTERM: answer every request that reaches us, each with `Connection: close`, until a second
  // passes with nothing to answer (or DRAIN_MS), then exit — a load balancer sees /api/ready turn
  // 503 and stops sending. The primary sends the signal. Not http.Server#close(): it drops the
  // connections whose request has not been read yet, and in a cluster the primary holds
  // connections it accepted but has not yet handed to a busy worker — both reset their clients
  // (89 of 100 in flight, issue 8 E.20). Idle keep-alive connections are closed at once.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const [socket, c] of connections) if (!c.busy && c.served > 0) socket.end();
    let quietSince = Date.now();
    setInterval(() => {
      if ([...connections.values()].some((c) => c.busy)) quietSince = Date.now();
      else if (Date.now() - quietSince >= 1_000) process.exit(0);
    }, 100);
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  };
  process.on("SIGTERM", stop);
  // Ctrl-C reaches the whole process group; the primary decides, as for SIGTERM.
  process.on("SIGINT", () => {});
}

/** Consecutive workers that died before they ever listened: then something is wrong at start. */
const MAX_FAILED_STARTS = 5;

function primary() {
  // /api/metrics in any worker answers for all of them: the primary gathers their figures.
  serveClusterMetrics();
  const runsJobs = new Map<number, boolean>();
  const listened = new Set<number>();
  let failedStarts = 0;
  let crashes: number[] = [];
  let stopping = false;
  let ready = false;

  // One worker runs the background jobs (src/instrumentation-node.ts); a replacement inherits it.
  const fork = (jobs: boolean) => {
    const w = cluster.fork({ ASAR_JOBS: jobs ? "1" : "0" });
    runsJobs.set(w.id, jobs);
    w.on("message", (m: unknown) => {
      if (!isPurge(m)) return;
      for (const other of Object.values(cluster.workers ?? {}))
        if (other && other !== w && other.isConnected()) other.send(m);
    });
  };
  for (let i = 0; i < workers; i++) fork(i === 0);

  cluster.on("listening", (w: Worker) => {
    listened.add(w.id);
    failedStarts = 0;
    if (!ready && listened.size >= workers) {
      ready = true;
      console.log(`Ready: Asar on http://localhost:${port} (${workers} workers, public page cache ${cacheSeconds} s)`);
    }
  });

  cluster.on("exit", (w: Worker, code, signal) => {
    if (stopping) return;
    const jobs = runsJobs.get(w.id) ?? false;
    runsJobs.delete(w.id);
    if (!listened.delete(w.id)) {
      // Died before listening (no build, bad settings, database down at start): retry a few times,
      // then give up with the worker's own error above this line.
      if (++failedStarts >= MAX_FAILED_STARTS) {
        console.error(
          `worker ${w.process.pid} failed to start (${signal ?? code}) ${failedStarts} times in a row; stopping`,
        );
        stop(1);
        return;
      }
    }
    // A worker that served and then crashed is always replaced; crash loops slow down (0.25 s,
    // doubling to 30 s while crashes keep coming within a minute).
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < 60_000), now];
    const delay = Math.min(30_000, 250 * 2 ** (crashes.length - 1));
    console.error(`worker ${w.process.pid} exited (${signal ?? code}); starting another in ${delay} ms`);
    setTimeout(() => stopping || fork(jobs), delay).unref();
  });

  function stop(code = 0) {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w && !w.isDead()));
    if (running.length === 0) process.exit(code);
    let left = running.length;
    cluster.on("exit", () => {
      if (--left === 0) process.exit(code);
    });
    for (const w of running) w.process.kill("SIGTERM");
    // A worker that does not finish draining in time is not waited for forever.
    setTimeout(() => {
      for (const w of running) if (!w.isDead()) w.process.kill("SIGKILL");
    }, DRAIN_MS + 5_000).unref();
  }
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
}

if (cluster.isPrimary) primary();
else
  worker().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
