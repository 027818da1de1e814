import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { createMailer, type Mailer } from "../../src/server/mail";
import { stopJobs } from "../../src/server/jobs";
import { startJobs } from "../../src/jobs";
import { createPrismaClient, type Db } from "../../src/server/prisma-client";
import { notify } from "../../src/modules/notifications/notify";
import { createUser } from "../../prisma/seed/factories";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../scripts/lib/embedded-db";
import { freePort } from "../../scripts/lib/wait";
import { startSmtp, type TestSmtp } from "./smtp";

// An emergency call-out cannot wait for the queue's expiry: after a PostgreSQL restart that cuts
// the worker off in the middle of its jobs, every queued email still reaches the mail server
// within 60 s, once. This file restarts its own cluster, so the other files' database stays up.
const APP_URL = "https://asar.test";
const EMAILS = 20;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-restart-"));
fs.chmodSync(dir, 0o755);
let cluster: EmbeddedDb;
let db: Db;
let smtp: TestSmtp;
let mailer: Mailer;

beforeAll(async () => {
  cluster = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await freePort(), database: "asar" });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: cluster.url },
    stdio: "pipe",
  });
  db = createPrismaClient(cluster.url, 10);
  smtp = await startSmtp({ hold: true });
  mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
  // The production queue settings: 5 retries from 30 s, jobs expire after 300 s.
  await startJobs({ databaseUrl: cluster.url, db, mailer, appUrl: APP_URL, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await stopJobs();
  mailer?.close();
  await db?.$disconnect();
  await smtp?.close();
  await cluster?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function activeJobs(): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-email' AND state = 'active'`,
    );
    return (rows[0] as { n: number }).n;
  } finally {
    await client.end();
  }
}

describe("email outbox across a database restart", () => {
  it("delivers every queued email exactly once within 60 s of a restart that cut off active jobs", async () => {
    // The worker's pg-boss and pool complain while the database is down; expected here.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const users: { id: string; email: string }[] = [];
      for (let i = 0; i < EMAILS; i++) users.push(await createUser(db, { locale: "en" }));
      const ids = await db.$transaction((tx) =>
        notify(
          tx,
          users.map((u) => ({ userId: u.id, type: "STAFF_APPOINTED" as const, data: { regionCode: "ASTANA" } })),
        ),
      );
      expect(ids).toHaveLength(EMAILS);

      // All twenty are "active" (one worker's batch takes up to fifty), several of the messages in
      // the mail server's hands (the mailer's pooled connections), when the database goes away;
      // the server accepts those messages while the database is down.
      await vi.waitUntil(() => smtp.held >= 3, { timeout: 20_000, interval: 100 });
      expect(await activeJobs()).toBe(EMAILS);
      const restartedAt = Date.now();
      await cluster.restart(async () => {
        smtp.release();
        await new Promise((r) => setTimeout(r, 3000));
      });

      await smtp.waitFor(EMAILS, 60_000 - (Date.now() - restartedAt));
      const seconds = (Date.now() - restartedAt) / 1000;
      console.log(`all ${EMAILS} emails delivered ${seconds.toFixed(1)} s after the database went down`);
      expect(seconds).toBeLessThan(60);
      await vi.waitUntil(async () => (await db.notification.count({ where: { emailStatus: "SENT" } })) === EMAILS, {
        timeout: 20_000,
        interval: 200,
      });

      // Exactly once: one message per recipient, each with its notification's Message-ID, and
      // nothing more arrives once the jobs are done.
      await new Promise((r) => setTimeout(r, 3000));
      const recipients = smtp.received.flatMap((m) => m.to).sort();
      expect(recipients).toEqual(users.map((u) => u.email).sort());
      const messageIds = smtp.received.map((m) => /^message-id:\s*(\S+)/im.exec(m.raw)?.[1]);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<notification-${id}@asar.test>`)));
      expect(await activeJobs()).toBe(0);
      const rows = await db.notification.findMany({ select: { emailAttempts: true } });
      expect(rows.every((r) => r.emailAttempts === 1)).toBe(true);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
