import "server-only";
import { Gauge, Registry } from "prom-client";
import type { Db } from "./prisma-client";
import { processMetricsText } from "./metrics";
import { withTimeout } from "./readiness";

// What /api/metrics answers: the cluster's request, email and pool figures (metrics.ts), and the
// job queues read from the database at scrape time, once for the whole server (one database,
// so summing per-worker copies would count each job several times).

type QueueRow = { name: string; queued: number; active: number; oldest: number | null };

async function queueMetrics(db: Db): Promise<string> {
  const registry = new Registry();
  const depth = new Gauge({
    name: "asar_job_queue_depth",
    help: "Jobs waiting in a queue (created or waiting to retry)",
    labelNames: ["queue"],
    registers: [registry],
  });
  const active = new Gauge({
    name: "asar_job_queue_active",
    help: "Jobs a worker is running",
    labelNames: ["queue"],
    registers: [registry],
  });
  const oldest = new Gauge({
    name: "asar_job_queue_oldest_age_seconds",
    help: "Age of the oldest job waiting in a queue (0 when none)",
    labelNames: ["queue"],
    registers: [registry],
  });
  const up = new Gauge({
    name: "asar_job_queue_scrape_ok",
    help: "1 when the queue figures could be read from the database",
    registers: [registry],
  });
  try {
    // state < 'active' is pg-boss's "created or retry", served by its own index (job_i5).
    const rows = await withTimeout(
      db.$queryRawUnsafe<QueueRow[]>(`
      SELECT q.name,
             count(j.id) FILTER (WHERE j.state < 'active')::int AS queued,
             count(j.id) FILTER (WHERE j.state = 'active')::int AS active,
             extract(epoch FROM now() - min(j.created_on) FILTER (WHERE j.state < 'active'))::float8 AS oldest
      FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name AND j.state <= 'active'
      GROUP BY q.name`),
      2000,
    );
    for (const r of rows) {
      depth.set({ queue: r.name }, r.queued);
      active.set({ queue: r.name }, r.active);
      oldest.set({ queue: r.name }, r.oldest ?? 0);
    }
    up.set(1);
  } catch {
    // No pg-boss schema yet, or the database is down: the other figures still answer.
    up.set(0);
  }
  return registry.metrics();
}

export async function scrapeMetrics(db: Db): Promise<string> {
  const [processes, queues] = await Promise.all([processMetricsText(), queueMetrics(db)]);
  return `${processes.trimEnd()}\n${queues}`;
}
