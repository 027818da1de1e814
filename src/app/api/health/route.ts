// Liveness for load balancers and orchestrators: the process answers. No database: a database
// outage must not get every instance restarted (that is what /api/ready is for).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
