import { env } from "@/server/env";
import { db } from "@/server/db";
import { readBoundedBody } from "@/server/bounded-body";
import { isReminderJob, runReminderJob } from "@/modules/reminders/jobs";

// The end-to-end tests' clock for scheduled jobs: POST {"job": "reminders-day-before", "at":
// "<ISO instant>"} runs that job as its schedule would at that time (tests/e2e/reminders.spec.ts).
// It exists only when E2E_JOB_CLOCK=1, which scripts/e2e.ts alone sets; otherwise it answers 404
// like any unknown address, before reading anything (tests/unit/e2e-job-clock.test.ts).
export const dynamic = "force-dynamic";

const parseJson = (bytes: Uint8Array) => {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
};

const notFound = () => new Response("Not Found", { status: 404, headers: { "cache-control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  if (env().E2E_JOB_CLOCK !== "1") return notFound();
  const bytes = await readBoundedBody(request, 1024).catch(() => null);
  const body = (bytes ? parseJson(bytes) : null) as { job?: unknown; at?: unknown } | null;
  const at = typeof body?.at === "string" ? new Date(body.at) : new Date(Number.NaN);
  if (typeof body?.job !== "string" || !isReminderJob(body.job) || Number.isNaN(at.getTime()))
    return Response.json({ error: "job and at expected" }, { status: 400 });
  const result = await runReminderJob(db, body.job, at);
  return Response.json({ job: body.job, at: at.toISOString(), result }, { headers: { "cache-control": "no-store" } });
}
