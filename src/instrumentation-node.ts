// Server start (Node.js runtime): bad or missing settings (AUTH_SECRET in production, a bad
// DATABASE_URL) stop the server here, with a message naming the variable, not on the first
// request. Background job workers are started from here too.
import { parseEnv } from "./server/env-schema";

try {
  parseEnv(process.env);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

// The background workers (src/jobs.ts, on the queue of src/server/jobs.ts) run inside `next start` and `next dev`, never during
// `next build`. Not awaited: a database that is slow to answer must not hold up the server,
// and notifications wait in the outbox until the worker runs.
// src/serve/serve.ts runs several server processes and sets ASAR_JOBS=0 in all but one: those only
// queue jobs. A start that fails (the database not up yet, two servers creating the queues at
// once) is retried.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  void Promise.all([import("./jobs"), import("./server/logger")]).then(async ([{ startJobs }, { logger }]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await startJobs({ produceOnly: process.env.ASAR_JOBS === "0" });
        return;
      } catch (e) {
        if (attempt >= 5)
          return logger.error({ err: e }, "the background job worker did not start; emails wait in the outbox");
        await new Promise((resolve) => setTimeout(resolve, attempt * 2000));
      }
    }
  });
}
