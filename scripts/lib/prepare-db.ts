// The preparation `npm start` and `npm run dev` run before the server: migrations, reference
// data and (on an empty database) the demo dataset. Several instances starting together on one
// database take turns under an advisory lock, so one migrates and seeds while the others wait;
// each then finds the work done (migrate deploy and the seed are no-ops on a prepared database).
// Without the lock, prisma's own migration lock gives up after 10 s (P1002) and two seeders
// could both find no users and load the demo twice.
import pg from "pg";
import { pgConfigFromUrl } from "../../src/server/pg-url";
import { run, bin } from "./run";

/** An advisory lock key of our own ("asar prep"), not prisma's (72707369). */
export const PREPARE_LOCK_KEY = 0x61736172;

export type PrepareOptions = {
  /** Load the demo dataset when the database has no users. */
  demo: boolean;
  log?: (line: string) => void;
  /** Capture the tools' output instead of printing it (tests). */
  quiet?: boolean;
};

export async function prepareDatabase(env: NodeJS.ProcessEnv, opts: PrepareOptions): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const lock = new pg.Client(pgConfigFromUrl(env.DATABASE_URL ?? ""));
  await lock.connect();
  // A lost lock session must not crash the start with an unhandled event; the steps below
  // fail on their own if the database is gone.
  lock.on("error", () => undefined);
  try {
    const { rows } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [PREPARE_LOCK_KEY]);
    if (!rows[0]?.ok) {
      log("▸ another instance is migrating, waiting…");
      await lock.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
    }
    log("▸ applying migrations");
    await run(bin("prisma"), ["migrate", "deploy"], env, { quiet: opts.quiet });
    log("▸ loading reference data");
    await run(bin("tsx"), ["prisma/seed/index.ts", ...(opts.demo ? ["--demo-if-empty"] : [])], env, {
      quiet: opts.quiet,
    });
  } finally {
    // Ending the session releases the lock.
    await lock.end().catch(() => undefined);
  }
}
