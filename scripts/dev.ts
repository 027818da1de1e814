// `npm run dev`: the same database preparation as `npm start`, then Next's dev server.
import { spawn } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";
import { bin } from "./lib/run";
import { prepareDatabase } from "./lib/prepare-db";

async function main() {
  const { env, embedded } = await prepareLocalEnv();
  const port = process.env.PORT ?? "3000";
  env.APP_URL ??= `http://localhost:${port}`;
  env.NEXTAUTH_URL ??= env.APP_URL;
  await prepareDatabase(env, { demo: !process.env.DATABASE_URL });
  const server = spawn(bin("next"), ["dev", "-p", port], { stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

void main();
