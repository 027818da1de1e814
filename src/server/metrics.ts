// Prometheus metrics of this process (prom-client) and their collection across the node:cluster
// workers of src/serve/serve.ts (decision 0017). Free of "server-only" and Next imports: serve.ts
// imports it to time requests, and the /api/metrics route (inside Next's bundle) reads the same
// registry, which is why everything lives on globalThis, created once per process.
import cluster from "node:cluster";
import fs from "node:fs";
import path from "node:path";
import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { LOCALES } from "../domain/locales";

export type EmailResult = "SENT" | "SKIPPED" | "FAILED" | "RETRY" | "NOTHING_TO_DO";
type PoolLike = { totalCount: number; idleCount: number; waitingCount: number };
type MetricsJson = Awaited<ReturnType<Registry["getMetricsAsJSON"]>>;

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "asar_process_" });
  const pools = new Map<string, PoolLike>();
  return {
    registry,
    pools,
    requests: new Histogram({
      name: "asar_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route pattern, method and status",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    emails: new Counter({
      name: "asar_email_sends_total",
      help: "Outcomes of notification email jobs: SENT, RETRY (failed, will retry), FAILED (gave up), SKIPPED, NOTHING_TO_DO",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    pool: new Gauge({
      name: "asar_db_pool_connections",
      help: "Connections of the app's PostgreSQL pool: total, idle, and requests waiting for one",
      labelNames: ["pool", "state"] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [name, p] of pools) {
          this.set({ pool: name, state: "total" }, p.totalCount);
          this.set({ pool: name, state: "idle" }, p.idleCount);
          this.set({ pool: name, state: "waiting" }, p.waitingCount);
        }
      },
    }),
  };
}

const globalForMetrics = globalThis as unknown as {
  asarMetrics?: ReturnType<typeof create>;
  asarMetricsWorker?: boolean;
};
const metrics = () => (globalForMetrics.asarMetrics ??= create());

/** What src/serve/serve.ts calls once per finished request (`route` from normalizeRoute). */
export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  metrics().requests.observe({ route, method, status: String(status) }, seconds);
}

export function countEmail(result: EmailResult): void {
  metrics().emails.inc({ result });
}

/** Reports a pg Pool's connections under `name` (the app's Prisma pool is "app"). */
export function trackPool(name: string, pool: PoolLike): void {
  metrics().pools.set(name, pool);
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

// ---------------------------------------------------------------------------------------------
// Route patterns: the label is the app's route ("/[locale]/projects/[id]"), never the raw path,
// so the number of series stays bounded whatever URLs clients send.

type Pattern = { label: string; segments: string[] };
let patterns: Pattern[] | undefined;

function routePatterns(): Pattern[] {
  if (patterns) return patterns;
  let routes: string[] = [];
  const manifest = path.join(process.cwd(), ".next", "server", "app-paths-manifest.json");
  if (fs.existsSync(manifest)) {
    routes = Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")) as Record<string, string>).map(
      (k) => k.replace(/\/(page|route)$/, "") || "/",
    );
  } else {
    const walk = (dir: string, prefix: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}/${entry.name}`);
        else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) routes.push(prefix || "/");
      }
    };
    const app = path.join(process.cwd(), "src", "app");
    if (fs.existsSync(app)) walk(app, "");
  }
  patterns = [...new Set(routes)]
    .map((r) => r.split("/").filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@")))
    .filter((segments) => !segments.some((s) => s.startsWith("_")))
    .map((segments) => ({ label: `/${segments.join("/")}`, segments }));
  return patterns;
}

/** For tests: route patterns as the app's folders spell them ("/[locale]/projects/[id]"). */
export function setRoutePatterns(routes: string[] | undefined): void {
  patterns = routes?.map((r) => ({ label: r, segments: r.split("/").filter(Boolean) }));
}

// How well a pattern matches the path's segments: literal segments beat [params], then [...rest].
function score(pattern: string[], parts: string[]): number {
  let total = 0;
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    if (/^\[\[?\.\.\./.test(p)) return parts.length >= i + (p.startsWith("[[") ? 0 : 1) ? total : -1;
    const part = parts[i];
    if (part === undefined) return -1;
    if (p === "[locale]") {
      if (!(LOCALES as readonly string[]).includes(part)) return -1;
      total += 2;
    } else if (p.startsWith("[")) total += 1;
    else if (p === part) total += 3;
    else return -1;
  }
  return parts.length === pattern.length ? total : -1;
}

/**
 * `/en/projects/abc123?x=1` → `/[locale]/projects/[id]`; Next's own assets → `/_next/static`,
 * `/_next/image`; anything the app has no route for → `(unmatched)`.
 */
export function normalizeRoute(url: string): string {
  const pathname = url.split(/[?#]/)[0] ?? "/";
  if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/image") ? "/_next/image" : "/_next/static";
  const parts = pathname.split("/").filter(Boolean);
  let best: Pattern | undefined;
  let bestScore = -1;
  for (const p of routePatterns()) {
    const s = score(p.segments, parts);
    if (s > bestScore) [best, bestScore] = [p, s];
  }
  return best?.label ?? "(unmatched)";
}

// ---------------------------------------------------------------------------------------------
// Across cluster workers. A scrape reaches one worker (they share the listening socket); that
// worker asks the primary, which gathers every worker's metrics over IPC and sums them
// (prom-client's AggregatorRegistry: counters and histograms add up, so do pool gauges).

type Message =
  | { type: "asar-metrics:request"; id: string }
  | { type: "asar-metrics:collect"; id: string }
  | { type: "asar-metrics:collected"; id: string; metrics: MetricsJson | null }
  | { type: "asar-metrics:response"; id: string; text: string };
const isMessage = (m: unknown): m is Message =>
  typeof (m as { type?: unknown })?.type === "string" && (m as { type: string }).type.startsWith("asar-metrics:");

/**
 * For src/serve/serve.ts's primary: call once, before forking the workers. The workers then
 * answer /api/metrics for the whole server (every worker's requests and pools, summed).
 */
export function serveClusterMetrics(timeoutMs = 3000): void {
  process.env.ASAR_CLUSTER_METRICS = "1";
  cluster.on("message", (from, message: unknown) => {
    if (!isMessage(message) || message.type !== "asar-metrics:request") return;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w?.isConnected());
    const answers: MetricsJson[] = [];
    let left = workers.length;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      cluster.removeListener("message", onCollected);
      void AggregatorRegistry.aggregate(answers)
        .metrics()
        .then(
          (text) =>
            from.isConnected() && from.send({ type: "asar-metrics:response", id: message.id, text } satisfies Message),
        );
    };
    const onCollected = (_w: unknown, m: unknown) => {
      if (!isMessage(m) || m.type !== "asar-metrics:collected" || m.id !== message.id) return;
      if (m.metrics) answers.push(m.metrics);
      if (--left === 0) finish();
    };
    cluster.on("message", onCollected);
    setTimeout(finish, timeoutMs).unref();
    for (const w of workers) w!.send({ type: "asar-metrics:collect", id: message.id } satisfies Message);
    if (workers.length === 0) finish();
  });
}

// Every worker answers the primary's collect requests (installed once per process, on import).
if (cluster.isWorker && !globalForMetrics.asarMetricsWorker) {
  globalForMetrics.asarMetricsWorker = true;
  process.on("message", (message: unknown) => {
    if (!isMessage(message) || message.type !== "asar-metrics:collect") return;
    void metrics()
      .registry.getMetricsAsJSON()
      .then(
        (m) => m,
        () => null,
      )
      .then((m) => process.send?.({ type: "asar-metrics:collected", id: message.id, metrics: m } satisfies Message));
  });
}

/**
 * The Prometheus text of the whole server: every cluster worker's when the primary serves them
 * (serveClusterMetrics), otherwise this process's own.
 */
export async function processMetricsText(timeoutMs = 5000): Promise<string> {
  if (!(cluster.isWorker && process.env.ASAR_CLUSTER_METRICS === "1" && process.send))
    return metrics().registry.metrics();
  const id = crypto.randomUUID();
  return new Promise<string>((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isMessage(m) || m.type !== "asar-metrics:response" || m.id !== id) return;
      clearTimeout(timer);
      process.removeListener("message", onMessage);
      resolve(m.text);
    };
    // A primary that does not answer: this worker's own figures rather than nothing.
    const timer = setTimeout(() => {
      process.removeListener("message", onMessage);
      resolve(metrics().registry.metrics());
    }, timeoutMs);
    process.on("message", onMessage);
    process.send!({ type: "asar-metrics:request", id } satisfies Message);
  });
}
