import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
// @ts-expect-error pg-boss ships no types for its SQL plans: the fetch statement its workers run.
import plans from "pg-boss/src/plans";
import { createMailer, type Mailer } from "../../src/server/mail";
import { ensureFetchOrderIndexes, fetchOrderIndexName } from "../../src/server/job-fetch-index";
import { emailJobId, stopJobs } from "../../src/server/jobs";
import { startJobs, sweepPendingEmails } from "../../src/jobs";
import { notify } from "../../src/modules/notifications/notify";
import { appointStaff } from "../../src/modules/staff/mutations";
import { createUser } from "../../prisma/seed/factories";
import { startSmtp, type TestSmtp } from "./smtp";
import { db, dbUrl, viewerOf } from "./helpers";

// The real pg-boss worker against this file's database and a real SMTP server: a change commits
// its notification and the email job together, and the worker delivers it.
const APP_URL = "https://asar.test";

let smtp: TestSmtp;
let failing: TestSmtp;
let target: Mailer;
let jobsDb: pg.Client;
let closeMailer = () => {};

async function until<T>(what: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function jobsOf(notificationId: string): Promise<number> {
  const { rows } = await jobsDb.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-email' AND singleton_key = $1`,
    [notificationId],
  );
  return (rows[0] as { n: number }).n;
}

beforeAll(async () => {
  smtp = await startSmtp();
  failing = await startSmtp({ reject: true });
  const ok = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
  target = ok;
  closeMailer = () => ok.close();
  // The worker's mailer follows `target`, so one test can point it at the failing server.
  const mailer: Mailer = { send: (m) => target.send(m), close: closeMailer };
  await startJobs({
    databaseUrl: dbUrl(),
    db: db(),
    mailer,
    appUrl: APP_URL,
    pollingIntervalSeconds: 0.5,
    retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
  });
  // Starting twice is harmless: the same instance.
  await startJobs();
  jobsDb = new pg.Client({ connectionString: dbUrl() });
  await jobsDb.connect();
});

afterAll(async () => {
  await stopJobs();
  closeMailer();
  await jobsDb?.end();
  await smtp?.close();
  await failing?.close();
});

describe("email worker (pg-boss)", () => {
  it("emails a notification written by a real change, in the recipient's language", async () => {
    const admin = await createUser(db(), { isAdmin: true });
    const staff = await createUser(db(), { name: "Ерлан", locale: "ru" });
    await appointStaff(db(), await viewerOf(admin.id), { email: staff.email, regionCode: "AKTOBE" });

    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toEqual([staff.email]);
    expect(mail?.subject).toMatch(/^Вы назначены сотрудником фронт-офиса: Актюбинская/);
    expect(mail?.text).toContain("Здравствуйте, Ерлан!");
    expect(mail?.text).toContain(`${APP_URL}/ru/moderation`);
    const row = await until(() => db().notification.findFirst({ where: { userId: staff.id, emailStatus: "SENT" } }));
    expect(row.emailedAt).toBeInstanceOf(Date);
    expect(await jobsOf(row.id)).toBe(1);
  });

  it("queues nothing when the change rolls back", async () => {
    const user = await createUser(db());
    let ids: string[] = [];
    await expect(
      db().$transaction(async (tx) => {
        ids = await notify(tx, { userId: user.id, type: "STAFF_APPOINTED", data: { regionCode: "ASTANA" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(ids).toHaveLength(1);
    expect(await db().notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await jobsOf(ids[0] ?? "")).toBe(0);
  });

  it("the sweep queues notifications written without a job, once", async () => {
    const user = await createUser(db(), { locale: "kk", name: "Мәди" });
    const n = await db().notification.create({
      data: {
        userId: user.id,
        type: "HOURS_CONFIRMED",
        data: { projectId: "p9", projectTitle: "Қар тазалау" },
        createdAt: new Date(Date.now() - 5 * 60_000),
      },
    });
    const before = smtp.received.length;
    expect(await sweepPendingEmails()).toBeGreaterThanOrEqual(1);
    await sweepPendingEmails();
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail?.to).toEqual([user.email]);
    expect(mail?.subject).toBe("Сағаттар расталды: «Қар тазалау»");
    await until(
      async () => (await db().notification.findUniqueOrThrow({ where: { id: n.id } })).emailStatus === "SENT",
    );
    expect(await jobsOf(n.id)).toBe(1);
    const { rows } = await jobsDb.query(`SELECT id FROM pgboss.job WHERE singleton_key = $1`, [n.id]);
    expect((rows[0] as { id: string }).id).toBe(emailJobId(n.id));
  });

  it("a broken queue never fails the change: the notification commits and the sweep sends it later", async () => {
    // pg-boss complains while its schema is missing; expected here.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const admin = await createUser(db(), { isAdmin: true });
    const staff = await createUser(db(), { locale: "en" });
    await jobsDb.query("ALTER SCHEMA pgboss RENAME TO pgboss_away");
    try {
      await appointStaff(db(), await viewerOf(admin.id), { email: staff.email, regionCode: "ABAI" });
    } finally {
      await jobsDb.query("ALTER SCHEMA pgboss_away RENAME TO pgboss");
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("the sweep will queue them"));
    const n = await db().notification.findFirstOrThrow({ where: { userId: staff.id } });
    expect(n.emailStatus).toBe("PENDING");
    expect(await jobsOf(n.id)).toBe(0);

    // A minute later the sweep finds it.
    await db().notification.update({ where: { id: n.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    const before = smtp.received.length;
    await sweepPendingEmails();
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail?.to).toEqual([staff.email]);
    expect(mail?.subject).toBe("You are now regional staff: Abay Region");
    errors.mockRestore();
    warn.mockRestore();
  });

  it("a failing mail server gets retries, then FAILED; the change itself succeeds at once", async () => {
    target = createMailer({ smtpUrl: failing.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
    try {
      const admin = await createUser(db(), { isAdmin: true });
      const staff = await createUser(db());
      await appointStaff(db(), await viewerOf(admin.id), { email: staff.email, regionCode: "ASTANA" });
      expect(await db().staffAssignment.count({ where: { userId: staff.id } })).toBe(1);

      const row = await until(
        () => db().notification.findFirst({ where: { userId: staff.id, emailStatus: "FAILED" } }),
        30_000,
      );
      expect(row.emailAttempts).toBe(3);
      expect(row.emailError).toContain("451");
      expect(failing.attempts).toBe(3);
    } finally {
      target.close();
    }
  });
});

describe("the email queue's fetch (decision 0038)", () => {
  const indexOf = async () => {
    const { rows } = await jobsDb.query(`SELECT partition_name FROM pgboss.queue WHERE name = 'notification-email'`);
    return fetchOrderIndexName((rows[0] as { partition_name: string }).partition_name);
  };
  const validity = async (index: string) =>
    (
      await jobsDb.query(
        `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1`,
        [index],
      )
    ).rows;

  it("takes the oldest waiting emails from the fetch-order index instead of sorting every waiting one", async () => {
    const index = await indexOf();
    expect(await validity(index)).toEqual([{ valid: true }]);
    // pg-boss's own fetch statement, planned with 5,000 emails waiting (uncommitted: the running
    // worker never sees them, and they are rolled back).
    const fetchSql = (plans as { fetchNextJob: (schema: string) => (o: object) => string }).fetchNextJob("pgboss")({});
    await jobsDb.query("BEGIN");
    try {
      await jobsDb.query(
        `INSERT INTO pgboss.job (name, data, start_after)
         SELECT 'notification-email', '{}'::jsonb, now() - interval '1 minute' FROM generate_series(1, 5000)`,
      );
      await jobsDb.query(`ANALYZE pgboss.job`);
      const { rows } = await jobsDb.query(`EXPLAIN (FORMAT JSON) ${fetchSql}`, ["notification-email", 25]);
      // The part that picks the jobs (pg-boss's CTE "next"); what follows only handles the 25.
      type Node = { "Subplan Name"?: string; Plans?: Node[] };
      const find = (n: Node): Node | undefined =>
        n["Subplan Name"] === "CTE next" ? n : (n.Plans ?? []).map(find).find(Boolean);
      const pick = JSON.stringify(find((rows[0] as { "QUERY PLAN": { Plan: Node }[] })["QUERY PLAN"][0]!.Plan));
      expect(pick).toContain(`"Index Name":"${index}"`);
      expect(pick).not.toContain('"Node Type":"Sort"');
    } finally {
      await jobsDb.query("ROLLBACK");
    }
  });

  it("four instances starting at once all end with the one index, and none fails", async () => {
    const index = await indexOf();
    await jobsDb.query(`DROP INDEX pgboss."${index}"`);
    const clients = Array.from({ length: 4 }, () => new pg.Client({ connectionString: dbUrl() }));
    try {
      await Promise.all(clients.map((c) => c.connect()));
      await Promise.all(
        clients.map((c) =>
          ensureFetchOrderIndexes({ executeSql: (text, values) => c.query(text, values) }, ["notification-email"]),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(await validity(index)).toEqual([{ valid: true }]);
  });
});
