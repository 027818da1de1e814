// Prepares the environment `npm start`, `npm run dev` and the seeders run in: a local
// AUTH_SECRET kept in .data/, and the embedded PostgreSQL when no DATABASE_URL is given.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import webpush from "web-push";
import { startEmbeddedPostgres, type EmbeddedDb } from "./embedded-db";

export type LocalEnv = { env: NodeJS.ProcessEnv; embedded: EmbeddedDb | null; dataDir: string };

export function loadDotEnv() {
  for (const file of [".env.local", ".env"]) {
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}

export async function prepareLocalEnv(opts: { quiet?: boolean } = {}): Promise<LocalEnv> {
  loadDotEnv();
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  fs.mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };

  // In production the secret must come from the environment (env-schema refuses to start
  // without it); locally one is generated once and kept.
  if (!env.AUTH_SECRET && process.env.NODE_ENV !== "production") {
    const file = path.join(dataDir, "auth-secret");
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }

  // Web Push's VAPID key pair, the same way (decision 0029): production sets its own or none.
  if (!env.VAPID_PUBLIC_KEY && !env.VAPID_PRIVATE_KEY && process.env.NODE_ENV !== "production") {
    Object.assign(env, localVapidKeys(dataDir));
  }

  let embedded: EmbeddedDb | null = null;
  if (!env.DATABASE_URL) {
    const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
    if (!opts.quiet) console.log(`▸ starting embedded PostgreSQL in ${path.join(dataDir, "pg")} on port ${port}`);
    embedded = await startEmbeddedPostgres({ dir: path.join(dataDir, "pg"), port, database: "asar" });
    env.DATABASE_URL = embedded.url;
  }
  return { env, embedded, dataDir };
}

/** A VAPID key pair generated once into `dataDir`, so browsers' subscriptions outlive restarts. */
export function localVapidKeys(dataDir: string): { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string } {
  const file = path.join(dataDir, "vapid.json");
  if (!fs.existsSync(file)) {
    const keys = webpush.generateVAPIDKeys();
    fs.writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  const { publicKey, privateKey } = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  return { VAPID_PUBLIC_KEY: publicKey ?? "", VAPID_PRIVATE_KEY: privateKey ?? "" };
}
