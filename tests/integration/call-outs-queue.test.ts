import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createMailer, type Mailer } from "../../src/server/mail";
import { stopJobs } from "../../src/server/jobs";
import { startJobs } from "../../src/jobs";
import { restartStalledFanOuts } from "../../src/modules/call-outs/jobs";
import { createCallOut } from "../../src/modules/call-outs/create";
import { startSmtp, type TestSmtp } from "./smtp";
import { optedIn, parsed, regionTeam } from "./call-outs-fixtures";
import { db, dbUrl, viewerOf } from "./helpers";

// The real pg-boss queue: creating a call-out commits its first fan-out job, the batches chain,
// and every chosen volunteer's email reaches a real SMTP server through the batched worker.
let smtp: TestSmtp;
let mailer: Mailer;
let boss: PgBoss;

async function until<T>(what: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  smtp = await startSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
  boss = await startJobs({
    databaseUrl: dbUrl(),
    db: db(),
    mailer,
    appUrl: "https://asar.test",
    pollingIntervalSeconds: 0.5,
    retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false },
    callOutWeeklyCap: 3,
  });
});

afterAll(async () => {
  await stopJobs();
  mailer?.close();
  await smtp?.close();
});

describe("the call-out fan-out queue", () => {
  it("fans out from the job committed with the call-out, and every volunteer gets the email", async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => optedIn(["ATYRAU"])));
    const team = await regionTeam();
    const { id } = await createCallOut(db(), await viewerOf(team.staff.id), parsed({ organizerId: team.organizer.id }));
    const done = await until(async () => {
      const c = await db().callOut.findUniqueOrThrow({ where: { id } });
      return c.fanOutDoneAt ? c : null;
    });
    expect(done.recipientCount).toBe(12);
    // The staff member's appointment email too.
    const mails = await smtp.waitFor(13);
    const emails = new Set(mails.flatMap((m) => m.to));
    for (const p of people) expect(emails.has(p.email)).toBe(true);
    await until(
      async () => (await db().notification.count({ where: { type: "CALL_OUT", emailStatus: "SENT" } })) === 12,
    );
  });

  it("restarts a fan-out left without its job, after the volunteers already called", async () => {
    const team = await regionTeam();
    const { id } = await createCallOut(db(), await viewerOf(team.staff.id), parsed({ organizerId: team.organizer.id }));
    await until(async () => (await db().callOut.findUniqueOrThrow({ where: { id } })).fanOutDoneAt);
    // As if the queue had lost the job: not done, untouched for minutes, and someone new opted in.
    const late = await optedIn(["ATYRAU"]);
    await db()
      .$executeRaw`UPDATE "CallOut" SET "fanOutDoneAt" = NULL, "updatedAt" = now() - interval '5 minutes' WHERE id = ${id}`;
    expect(await restartStalledFanOuts(boss, db())).toBe(1);
    await until(async () => (await db().callOut.findUniqueOrThrow({ where: { id } })).fanOutDoneAt);
    expect(await db().callOutRecipient.count({ where: { callOutId: id, userId: late.id } })).toBe(1);
    expect(await db().notification.count({ where: { type: "CALL_OUT", userId: late.id } })).toBe(1);
  });
});
