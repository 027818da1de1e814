import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { freePort } from "../../scripts/lib/wait";

// `npm start` as a person runs it and stops it (issue 13.6): whichever usual way it is stopped —
// Ctrl-C (SIGINT to the terminal's process group), SIGTERM to npm, SIGTERM to its process group —
// nothing it started is left running: not the start script, not the server and its workers, not
// the embedded PostgreSQL. It uses the end-to-end run's production build and its own embedded
// database in a temporary folder (no demo data, to keep each start short).
test.describe.configure({ mode: "serial" });

let dataDir = "";
let pgPort = 0;

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-npm-start-"));
  // As root, the embedded PostgreSQL runs as its own user, which must reach its folder.
  fs.chmodSync(dataDir, 0o755);
  pgPort = await freePort();
});

test.afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The processes of a process group, from /proc (field 5 of /proc/<pid>/stat is the group). */
function groupMembers(pgid: number): string[] {
  const members: string[] = [];
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") {
        members.push(`${d} ${fs.readFileSync(`/proc/${d}/cmdline`, "utf8").replaceAll("\0", " ").slice(0, 120)}`);
      }
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

async function startNpm() {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    SEED_DEMO: "0",
    WEB_CONCURRENCY: "1",
  };
  for (const key of ["DATABASE_URL", "APP_URL", "NEXTAUTH_URL", "NODE_ENV", "FORCE_BUILD"]) delete env[key];
  // detached: npm leads its own process group, as in a terminal.
  const npm = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout.on("data", (c: Buffer) => (output += c.toString()));
  npm.stderr.on("data", (c: Buffer) => (output += c.toString()));
  let exited = false;
  npm.once("exit", () => (exited = true));
  await expect
    .poll(() => (exited ? `exited: ${output}` : output), { timeout: 150_000, intervals: [500] })
    .toMatch(/^(?!exited)[\s\S]*Asar is running/);
  expect(output).not.toContain("▸ building");
  const members = groupMembers(npm.pid!);
  // npm, the start script, the server's primary and worker, and PostgreSQL's processes.
  expect(members.some((m) => m.includes("scripts/start.ts"))).toBe(true);
  expect(members.some((m) => m.includes("src/serve/serve.ts"))).toBe(true);
  expect(members.some((m) => m.includes("postgres"))).toBe(true);
  return { pgid: npm.pid!, output: () => output };
}

const ways = [
  { name: "Ctrl-C (SIGINT to the process group)", stop: (pgid: number) => process.kill(-pgid, "SIGINT") },
  { name: "SIGTERM to npm", stop: (pgid: number) => process.kill(pgid, "SIGTERM") },
  { name: "SIGTERM to the process group", stop: (pgid: number) => process.kill(-pgid, "SIGTERM") },
];

for (const way of ways) {
  test(`${way.name} stops everything npm start started`, async () => {
    test.setTimeout(240_000);
    const { pgid, output } = await startNpm();
    way.stop(pgid);
    await expect.poll(() => groupMembers(pgid), { timeout: 45_000, intervals: [500], message: output() }).toEqual([]);
  });
}
