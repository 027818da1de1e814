// `npm run dev`: the same database preparation as `npm start`, then Next's dev server.
import { spawn } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";
import { bin } from "./lib/run";
import { prepareDatabase } from "./lib/prepare-db";
import { onStopRequest } from "./lib/stop-signals";

async function main() {
  const { env, embedded } = await prepareLocalEnv();
  const port = process.env.PORT ?? "3000";
  env.APP_URL ??= `http://localhost:${port}`;
  env.NEXTAUTH_URL ??= env.APP_URL;
  await prepareDatabase(env, { demo: !process.env.DATABASE_URL });
  const server = spawn(bin("next"), ["dev", "-p", port], { stdio: "inherit", env });
  onStopRequest((sig) => server.kill(sig === "SIGHUP" ? "SIGTERM" : sig));
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

void main();
