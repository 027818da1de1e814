// `npm start`: database (embedded when no DATABASE_URL), migrations, reference data, the demo
// dataset on an empty database, a production build when the sources changed, then the server.
import fs from "node:fs";
import path from "node:path";
import { buildIsStale } from "./lib/build";
import { spawn } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";
import { prepareDatabase } from "./lib/prepare-db";
import { run, bin } from "./lib/run";
import { onStopRequest } from "./lib/stop-signals";
import { parseEnv } from "../src/server/env-schema";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";

const port = Number(process.env.PORT ?? 3000);

async function main() {
  const t0 = Date.now();
  const { env, embedded } = await prepareLocalEnv();
  env.APP_URL ??= `http://localhost:${port}`;
  env.NEXTAUTH_URL ??= env.APP_URL;
  // Fails here, before anything starts, with the names of the bad variables.
  parseEnv({ ...env, NODE_ENV: "production" });

  const stop = async (code: number) => {
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  // Before the server runs, a stop request stops the database and ends here; once it runs, the
  // server stops first (answering what is in flight), then `stop` stops the database.
  let server: ReturnType<typeof spawn> | null = null;
  onStopRequest((sig) => {
    if (server && server.exitCode === null) server.kill(sig === "SIGHUP" ? "SIGTERM" : sig);
    else void stop(sig === "SIGINT" ? 130 : 143);
  });

  try {
    // The demo dataset on a new embedded database, or where SEED_DEMO=1 asks; SEED_DEMO=0 never.
    const demo = process.env.SEED_DEMO === "1" || (!process.env.DATABASE_URL && process.env.SEED_DEMO !== "0");
    await prepareDatabase(env, { demo });
    if (buildIsStale() || process.env.FORCE_BUILD === "1") {
      console.log("▸ building (first start or changed sources)");
      await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    }
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    return stop(1);
  }

  const hasDemoData = () => fs.existsSync(path.join(env.DATA_DIR!, "demo-seeded"));
  // node --import tsx, not the tsx wrapper: the signal reaches the server's primary itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/serve/serve.ts", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...env, NODE_ENV: "production" },
  });
  server = child;
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready:")) {
      console.log(`\n  Asar is running at ${env.APP_URL}  (ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      if (hasDemoData()) {
        console.log(`  Demo accounts (password "${DEMO_PASSWORD}"):`);
        console.log("    admin@asar.demo             national admin");
        console.log("    staff.astana@asar.demo      regional staff, Astana");
        console.log("    staff.aktobe@asar.demo      regional staff, Aktobe");
        console.log("    staff.atyrau@asar.demo      regional staff, Atyrau (requests for help of the flood)");
        console.log("    jastary@asar.demo           organizer owner, Astana Jastary");
        console.log("    owner.yntymak-atyrau@asar.demo  organizer owner, Yntymaq Atyrau (flood projects)");
        console.log("    aigerim@asar.demo           volunteer, 21, Astana");
        console.log("    daniyar@asar.demo           volunteer, 16 (guardian consent recorded), Aktobe\n");
      }
    }
  });
  child.on("exit", (code) => void stop(code ?? 0));
}

void main();
