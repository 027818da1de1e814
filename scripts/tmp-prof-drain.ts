import path from "node:path";
import { spawnSync } from "node:child_process";
import { startEmbeddedPostgres } from "./lib/embedded-db";
async function main() {
  const e = await startEmbeddedPostgres({ dir: path.resolve(".data/scale-pg"), port: 54339, database: "asar_scale" });
  try {
    spawnSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: e.url } });
    const r = spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir=/tmp/prof-drain", "--conditions=react-server", "--import", "tsx", "scripts/bench-call-outs.ts", e.url], { stdio: "inherit" });
    console.log("exit", r.status);
  } finally { await e.stop(); }
}
void main();
