import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import webpush from "web-push";
import { createMailer, type Mailer } from "../../src/server/mail";
import { createPusher } from "../../src/server/web-push";
import { stopJobs } from "../../src/server/jobs";
import { startJobs } from "../../src/jobs";
import { notify, type NotificationInput } from "../../src/modules/notifications/notify";
import { listForViewer, unreadCount } from "../../src/modules/notifications/queries";
import { savePreferences } from "../../src/modules/notifications/preferences";
import { preferenceKey, type PreferenceKey } from "../../src/modules/notifications/kinds";
import { requestPasswordReset } from "../../src/modules/accounts/password-reset";
import { processAccountEmail } from "../../src/modules/accounts/account-email-worker";
import { createUser } from "../../prisma/seed/factories";
import { startSmtp, type TestSmtp } from "./smtp";
import { startPushService, browserKeys, type TestPushService } from "./push-endpoint";
import { db, dbUrl, viewerOf } from "./helpers";

// notify() obeys each recipient's switches, and the push worker delivers to a local stand-in push
// service (web-push's real encryption and VAPID headers, decrypted here as a browser would).
const APP_URL = "https://asar.test";
const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:ops@asar.test" };

let smtp: TestSmtp;
let push: TestPushService;
let mailer: Mailer;
let jobsDb: pg.Client;

async function until<T>(what: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function jobs(queue: string, notificationId: string): Promise<number> {
  const { rows } = await jobsDb.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2`,
    [queue, notificationId],
  );
  return (rows[0] as { n: number }).n;
}

/** Everything on except these switches. */
function allBut(...off: PreferenceKey[]): Set<PreferenceKey> {
  const kinds = [
    "CALL_OUTS",
    "APPLICATIONS",
    "INVITATIONS",
    "HOURS",
    "PROJECTS",
    "ORGANIZER_TEAM",
    "HELP_REQUESTS",
    "STAFF",
  ] as const;
  const on = new Set<PreferenceKey>();
  for (const k of kinds) for (const c of ["IN_APP", "EMAIL", "PUSH"] as const) on.add(preferenceKey(k, c));
  for (const k of off) on.delete(k);
  return on;
}

async function subscribe(userId: string, path: string) {
  const browser = browserKeys();
  await db().pushSubscription.create({
    data: {
      userId,
      endpoint: `${push.url}${path}`,
      ...browser.keys,
      userAgent: "Mozilla/5.0 (Linux; Android 14) Chrome/140",
    },
  });
  return browser;
}

const hours = (userId: string): NotificationInput => ({
  userId,
  type: "HOURS_CONFIRMED",
  data: { projectId: "p1", projectTitle: "Қар тазалау", hours: 3, workedOn: "2026-01-10" },
});

beforeAll(async () => {
  smtp = await startSmtp();
  push = await startPushService();
  mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
  await startJobs({
    databaseUrl: dbUrl(),
    db: db(),
    mailer,
    pusher: createPusher(vapid),
    appUrl: APP_URL,
    pollingIntervalSeconds: 0.5,
    retry: { retryLimit: 1, retryDelay: 1, retryBackoff: false },
  });
  jobsDb = new pg.Client({ connectionString: dbUrl() });
  await jobsDb.connect();
});

afterAll(async () => {
  await stopJobs();
  mailer?.close();
  await jobsDb?.end();
  await smtp?.close();
  await push?.close();
});

beforeEach(() => {
  push.received.length = 0;
});

describe("notify() obeys each recipient's switches", () => {
  it("email off for a kind: the row is SKIPPED and no email job exists; other kinds still email", async () => {
    const user = await createUser(db(), { locale: "ru" });
    await savePreferences(db(), await viewerOf(user.id), allBut("HOURS:EMAIL"));
    const [skipped, mailed] = await db().$transaction(async (tx) => [
      ...(await notify(tx, hours(user.id))),
      ...(await notify(tx, { userId: user.id, type: "STAFF_APPOINTED", data: { regionCode: "ASTANA" } })),
    ]);
    const rows = await db().notification.findMany({
      where: { userId: user.id },
      select: { id: true, emailStatus: true },
    });
    expect(rows.find((r) => r.id === skipped)?.emailStatus).toBe("SKIPPED");
    expect(await jobs("notification-email", skipped!)).toBe(0);
    expect(await jobs("notification-email", mailed!)).toBe(1);
    await until(
      async () => (await db().notification.findUniqueOrThrow({ where: { id: mailed! } })).emailStatus === "SENT",
    );
    expect(smtp.received.filter((m) => m.to.includes(user.email))).toHaveLength(1);
  });

  it("in-app off: the notification is neither listed nor counted, and its email still goes", async () => {
    const user = await createUser(db(), { locale: "kk" });
    const viewer = await viewerOf(user.id);
    await savePreferences(db(), viewer, allBut("HOURS:IN_APP"));
    const [hidden] = await db().$transaction((tx) => notify(tx, hours(user.id)));
    await db().$transaction((tx) =>
      notify(tx, { userId: user.id, type: "STAFF_APPOINTED", data: { regionCode: "ASTANA" } }),
    );
    const listed = await listForViewer(db(), viewer);
    expect(listed.items.map((n) => n.type)).toEqual(["STAFF_APPOINTED"]);
    expect(await unreadCount(db(), viewer)).toBe(1);
    await until(
      async () => (await db().notification.findUniqueOrThrow({ where: { id: hidden! } })).emailStatus === "SENT",
    );
  });

  it("push on with a device: a push job, delivered encrypted with VAPID to the device in its language", async () => {
    const user = await createUser(db(), { locale: "ru" });
    const browser = await subscribe(user.id, "/push/ru-phone");
    const [id] = await db().$transaction((tx) => notify(tx, hours(user.id)));
    expect(await jobs("notification-push", id!)).toBe(1);
    const [got] = await push.waitFor(1);
    expect(got?.path).toBe("/push/ru-phone");
    expect(got?.headers["content-encoding"]).toBe("aes128gcm");
    expect(got?.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
    );
    expect(Number(got?.headers.ttl)).toBeGreaterThan(0);
    const payload = browser.decrypt(got!.body);
    expect(payload).toEqual({
      title: "Часы подтверждены: «Қар тазалау»",
      body: expect.stringContaining("«Қар тазалау»") as string,
      url: `${APP_URL}/ru/my/hours`,
      tag: `notification-${id}`,
    });
    const device = await until(() =>
      db().pushSubscription.findFirst({ where: { userId: user.id, lastSuccessAt: { not: null } } }),
    );
    expect(device.failureCount).toBe(0);
  });

  it("a call-out's push carries the two answers, linking to its page", async () => {
    const user = await createUser(db(), { locale: "kk" });
    const browser = await subscribe(user.id, "/push/kk-phone");
    await db().$transaction((tx) => notify(tx, { userId: user.id, type: "CALL_OUT", data: { callOutId: "co123" } }));
    const [got] = await push.waitFor(1);
    expect(got?.headers.urgency).toBe("high");
    const payload = browser.decrypt(got!.body) as { url: string; tag: string; actions: unknown };
    expect(payload.url).toBe(`${APP_URL}/kk/call-outs/co123`);
    expect(payload.tag).toBe("call-out-co123");
    expect(payload.actions).toEqual([
      { action: "coming", title: "Келемін", url: `${APP_URL}/kk/call-outs/co123?answer=coming` },
      { action: "cant", title: "Келе алмаймын", url: `${APP_URL}/kk/call-outs/co123?answer=cant` },
    ]);
  });

  it("push off for a kind, or no device: no push job", async () => {
    const off = await createUser(db());
    await subscribe(off.id, "/push/off");
    await savePreferences(db(), await viewerOf(off.id), allBut("HOURS:PUSH"));
    const none = await createUser(db());
    const ids = await db().$transaction((tx) => notify(tx, [hours(off.id), hours(none.id)]));
    for (const id of ids) expect(await jobs("notification-push", id)).toBe(0);
  });

  it("a device the push service says is gone (410) is removed; a failing one is counted", async () => {
    const user = await createUser(db(), { locale: "en" });
    await subscribe(user.id, "/push/gone");
    await subscribe(user.id, "/push/broken");
    push.answer("/push/gone", 410);
    push.answer("/push/broken", 500);
    await db().$transaction((tx) => notify(tx, hours(user.id)));
    // Neither took it: the broken one is tried again by the queue (retryLimit 1), the gone one never.
    await push.waitFor(3);
    const left = await until(async () => {
      const rows = await db().pushSubscription.findMany({ where: { userId: user.id } });
      return rows.length === 1 && rows[0]!.failureCount >= 2 ? rows : null;
    });
    expect(left[0]?.endpoint).toBe(`${push.url}/push/broken`);
    expect(push.received.filter((r) => r.path === "/push/gone")).toHaveLength(1);
  });

  it("account-security mail is never affected: a reset link arrives with every email switch off", async () => {
    const user = await createUser(db(), { locale: "ru" });
    const everythingOff = new Set<PreferenceKey>();
    await savePreferences(db(), await viewerOf(user.id), everythingOff);
    await requestPasswordReset(db(), { email: user.email }, "203.0.113.9");
    const email = await db().accountEmail.findFirstOrThrow({ where: { userId: user.id } });
    const before = smtp.received.length;
    await processAccountEmail(db(), mailer, email.id, APP_URL);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail?.to).toEqual([user.email]);
    expect((await db().accountEmail.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
  });
});

describe("notify() for a batch of 2,000 recipients", () => {
  it("reads everyone's switches in one query and their devices in one more", async () => {
    const now = Date.now();
    await db().user.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        id: `bulk${i}`,
        email: `bulk${i}-${now}@test.asar`,
        name: `V${i}`,
        passwordHash: "x",
      })),
    });
    const ids = Array.from({ length: 2000 }, (_, i) => `bulk${i}`);
    await db().notificationOptOut.createMany({
      data: ids
        .filter((_, i) => i % 3 === 0)
        .map((userId) => ({ userId, kind: "CALL_OUTS", channel: "EMAIL" as const })),
    });
    await db().pushSubscription.createMany({
      data: ids
        .filter((_, i) => i % 10 === 0)
        .map((userId) => ({ userId, endpoint: `${push.url}/bulk/${userId}`, ...browserKeys().keys })),
    });

    // Every statement notify() runs goes through these two (the jobs' insert and savepoints too).
    const statements: string[] = [];
    const started = performance.now();
    const created = await db().$transaction(
      (tx) =>
        notify(
          {
            $queryRawUnsafe: (sql: string, ...values: unknown[]) => (
              statements.push(sql),
              tx.$queryRawUnsafe(sql, ...values)
            ),
            $executeRawUnsafe: (sql: string, ...values: unknown[]) => (
              statements.push(sql),
              tx.$executeRawUnsafe(sql, ...values)
            ),
          } as Parameters<typeof notify>[0],
          ids.map((userId) => ({ userId, type: "CALL_OUT" as const, data: { callOutId: "bulk" } })),
        ),
      { timeout: 60_000 },
    );
    const ms = performance.now() - started;
    console.log(`notify() for 2,000 recipients (667 opted out of email, 200 with a device): ${ms.toFixed(0)} ms`);

    expect(created).toHaveLength(2000);
    const about = (table: string) => statements.filter((sql) => sql.includes(`"${table}"`)).length;
    expect([about("NotificationOptOut"), about("PushSubscription"), about("Notification")]).toEqual([1, 1, 1]);
    // Two inserts of jobs (emails, pushes), each in its savepoint: a handful of statements in all.
    expect(statements.length).toBeLessThanOrEqual(12);
    expect(await db().notification.count({ where: { userId: { in: ids }, emailStatus: "SKIPPED" } })).toBe(667);
    const { rows } = await jobsDb.query(
      `SELECT name, count(*)::int AS n FROM pgboss.job WHERE singleton_key = ANY($1) GROUP BY name ORDER BY name`,
      [created],
    );
    expect(rows).toEqual([
      { name: "notification-email", n: 1333 },
      { name: "notification-push", n: 200 },
    ]);
    await push.waitFor(200, 60_000);
  }, 120_000);
});
