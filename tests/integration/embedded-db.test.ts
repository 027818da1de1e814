import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { freePort, isAlive } from "../../scripts/lib/wait";

// `npm start` stops the embedded PostgreSQL it started when it exits, even after an operator
// restarted that server with pg_ctl (a new postmaster that is not our child process).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-embedded-"));
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pidOf = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
describe("embedded PostgreSQL", () => {
  it("is stopped on exit after a pg_ctl restart", async () => {
    const dataDir = path.join(dir, "pg");
    const db = await startEmbeddedPostgres({ dir: dataDir, port: await freePort(), database: "asar" });
    const first = pidOf(dataDir);
    await db.restart();
    const second = pidOf(dataDir);
    expect(second).not.toBe(first);
    expect(await answers(db.url)).toBe(true);

    await db.stop();
    expect(isAlive(second)).toBe(false);
    expect(await answers(db.url)).toBe(false);
  });
});
