import "server-only";
import type PgBoss from "pg-boss";

// pg-boss 10 takes a queue's next jobs with
//   WHERE name = $1 AND state < 'active' AND start_after < now()
//   ORDER BY priority DESC, created_on, id LIMIT n FOR UPDATE SKIP LOCKED
// but its index for that (job_i5: name, start_after, WHERE state < 'active') is in no useful
// order. So every fetch read all the queue's waiting jobs, plus the index entries of every job
// fetched since the last vacuum, and sorted them to keep n. During a call-out's 50,000 emails that
// was 48 ms of PostgreSQL per fetch, 71 s in all (decision 0038). An index in the fetch's own
// order lets PostgreSQL read the first n and stop, and a plain index scan marks the entries of
// jobs already taken as dead as it passes them, so they stop costing before any vacuum.

const SCHEMA = "pgboss";
/** pg-boss names a queue's table "j" + sha224 of the queue name. Anything else is not touched. */
const PARTITION = /^j[0-9a-f]{56}$/;

/** The index's name on a queue's table (at most 63 characters, as PostgreSQL keeps them). */
export function fetchOrderIndexName(partition: string): string {
  return `${partition}_af`;
}

/**
 * Creates the fetch-order index on these queues' tables when missing. Several instances starting
 * at once take turns (an advisory lock), so the second finds the first's index. On a table that
 * is already large, the first creation holds job inserts back while it is built (0.16 s for
 * 650,000 rows here); every later start only looks it up.
 */
export async function ensureFetchOrderIndexes(db: PgBoss.Db, queues: string[]): Promise<void> {
  const { rows } = await db.executeSql(`SELECT partition_name FROM ${SCHEMA}.queue WHERE name = ANY($1::text[])`, [
    queues,
  ]);
  for (const { partition_name: table } of rows as { partition_name: string }[]) {
    if (!PARTITION.test(table)) continue;
    await db.executeSql(
      `DO $$ BEGIN
         PERFORM pg_advisory_xact_lock(hashtext('asar-job-fetch-order-index'));
         CREATE INDEX IF NOT EXISTS ${fetchOrderIndexName(table)}
           ON ${SCHEMA}.${table} (name, priority DESC, created_on, id) WHERE state < 'active';
       END $$`,
      [],
    );
  }
}
