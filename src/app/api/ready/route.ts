import path from "node:path";
import { db } from "@/server/db";
import { createReadinessCheck } from "@/server/readiness";

// Readiness for load balancers: 200 when the database answers and every migration of this build
// is applied, 503 otherwise (docs/decisions/0017-logs-and-metrics.md).
export const dynamic = "force-dynamic";

const check = createReadinessCheck({ db: () => db, migrationsDir: path.join(process.cwd(), "prisma", "migrations") });

export async function GET(): Promise<Response> {
  const result = await check();
  return Response.json(
    result.ready
      ? { status: "ready" }
      : { status: "not-ready", reason: result.reason, ...(result.pending ? { pending: result.pending } : {}) },
    {
      status: result.ready ? 200 : 503,
      headers: { "cache-control": "no-store" },
    },
  );
}
