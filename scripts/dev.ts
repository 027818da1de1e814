// `npm run dev`: the same database preparation as `npm start`, then Next's dev server.
import { spawn } from "node:child_process";
import { prepareLocalEnv } from "./lib/local-env";
import { run, bin } from "./lib/run";

async function main() {
  const { env, embedded } = await prepareLocalEnv();
  const port = process.env.PORT ?? "3000";
  env.APP_URL ??= `http://localhost:${port}`;
  env.NEXTAUTH_URL ??= env.APP_URL;
  await run(bin("prisma"), ["migrate", "deploy"], env);
  await run(bin("tsx"), ["prisma/seed/index.ts", ...(process.env.DATABASE_URL ? [] : ["--demo-if-empty"])], env);
  const server = spawn(bin("next"), ["dev", "-p", port], { stdio: "inherit", env });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

void main();
