import crypto from "node:crypto";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { METRICS_CONTENT_TYPE } from "@/server/metrics";
import { scrapeMetrics } from "@/server/metrics-scrape";

// Prometheus metrics of the whole server, for a bearer token from METRICS_TOKEN; without that
// setting the endpoint does not exist (404).
export const dynamic = "force-dynamic";

function tokenMatches(header: string | null, token: string): boolean {
  const given = crypto
    .createHash("sha256")
    .update(header ?? "")
    .digest();
  const expected = crypto.createHash("sha256").update(`Bearer ${token}`).digest();
  return crypto.timingSafeEqual(given, expected);
}

export async function GET(request: Request): Promise<Response> {
  const token = env().METRICS_TOKEN;
  if (!token) return new Response("Not Found", { status: 404 });
  if (!tokenMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  return new Response(await scrapeMetrics(db), {
    headers: { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" },
  });
}
