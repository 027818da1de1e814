import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, viewerOf } from "./helpers";
import { bornYearsBefore, kzDay, optedIn, parsed, regionTeam } from "./call-outs-fixtures";
import { createCallOut } from "../../src/modules/call-outs/create";
import { fanOutBatch, runFanOut } from "../../src/modules/call-outs/fan-out";
import { processNotificationEmails } from "../../src/modules/notifications/email";
import { createMailer } from "../../src/server/mail";
import { startSmtp, type TestSmtp } from "./smtp";
import type { CallOutInput } from "../../src/modules/call-outs/schema";

const APP_URL = "https://asar.test";
const CAP = 3;

async function callOut(over: Partial<CallOutInput> = {}, team?: Awaited<ReturnType<typeof regionTeam>>) {
  const t = team ?? (await regionTeam());
  const { id } = await createCallOut(
    db(),
    await viewerOf(t.staff.id),
    parsed({ organizerId: t.organizer.id, ...over }),
  );
  return { id, team: t };
}

const recipientsOf = async (callOutId: string) =>
  (await db().callOutRecipient.findMany({ where: { callOutId }, select: { userId: true } }))
    .map((r) => r.userId)
    .sort();

describe("who a call-out reaches", () => {
  it("calls the opted-in volunteers of its regions who meet its requirements, and nobody else", async () => {
    const start = kzDay(3);
    const fits = await optedIn(["ATYRAU"], { locale: "ru" });
    const alsoAktobe = await optedIn(["AKTOBE", "ATYRAU"]);
    const optedOut = await optedIn([]);
    const otherRegion = await optedIn(["AKTOBE"]);
    const unconfirmed = await optedIn(["ATYRAU"], { emailConfirmed: false });
    const deleted = await optedIn(["ATYRAU"]);
    await db().user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    // 18 on the start day counts; 18 the day after does not: a minor never gets an emergency call-out.
    const eighteenThatDay = await optedIn(["ATYRAU"], { birthDate: bornYearsBefore(start, 18) });
    const eighteenNextDay = await optedIn(["ATYRAU"], { birthDate: bornYearsBefore(start, 18, 1) });
    const minor = await optedIn(["ATYRAU"], { birthDate: bornYearsBefore(start, 16) });

    const { id } = await callOut({ minAge: "14" });
    expect(await runFanOut(db(), id, { cap: CAP })).toBe(3);
    expect(await recipientsOf(id)).toEqual([fits.id, alsoAktobe.id, eighteenThatDay.id].sort());
    for (const u of [optedOut, otherRegion, unconfirmed, deleted, eighteenNextDay, minor])
      expect(await db().notification.count({ where: { userId: u.id } })).toBe(0);

    const c = await db().callOut.findUniqueOrThrow({ where: { id } });
    expect(c.recipientCount).toBe(3);
    expect(c.fanOutDoneAt).not.toBeNull();
    const n = await db().notification.findFirstOrThrow({ where: { userId: fits.id } });
    expect(n.type).toBe("CALL_OUT");
    expect(n.data).toMatchObject({ callOutId: id, title: "Мешки с песком в Кульсары", regionCodes: ["ATYRAU"] });
    expect((await db().callOutRecipient.findFirstOrThrow({ where: { userId: fits.id } })).notifiedAt).not.toBeNull();
  });

  it("lets a minor receive a call-out of a direction open to minors, from the age asked", async () => {
    const start = kzDay(3);
    const sixteen = await optedIn(["ATYRAU"], { birthDate: bornYearsBefore(start, 16) });
    const fifteen = await optedIn(["ATYRAU"], { birthDate: bornYearsBefore(start, 15) });
    const { id } = await callOut({ direction: "SOCIAL", minAge: "16" });
    await runFanOut(db(), id, { cap: CAP });
    expect(await recipientsOf(id)).toEqual([sixteen.id]);
    expect(fifteen.id).not.toBe(sixteen.id);
  });

  it("asks for the required training with a certificate valid on the start day, and any one of the skills", async () => {
    const start = kzDay(3);
    const valid = await optedIn(["ATYRAU"], { skills: ["Водитель"], certificates: [{ code: "FIRST_AID" }] });
    const validToStart = await optedIn(["ATYRAU"], {
      skills: ["лодка"],
      certificates: [{ code: "FIRST_AID", expiresOn: new Date(`${start}T00:00:00Z`) }],
    });
    const expired = await optedIn(["ATYRAU"], {
      skills: ["водитель"],
      certificates: [{ code: "FIRST_AID", expiresOn: new Date(`${kzDay(2)}T00:00:00Z`) }],
    });
    const otherTraining = await optedIn(["ATYRAU"], {
      skills: ["водитель"],
      certificates: [{ code: "EVENT_VOLUNTEERING" }],
    });
    const noSkill = await optedIn(["ATYRAU"], { skills: ["повар"], certificates: [{ code: "FIRST_AID" }] });
    const { id } = await callOut({ requiredTraining: "FIRST_AID", skills: "водитель, лодка" });
    await runFanOut(db(), id, { cap: CAP });
    expect(await recipientsOf(id)).toEqual([valid.id, validToStart.id].sort());
    for (const u of [expired, otherTraining, noSkill]) expect(await recipientsOf(id)).not.toContain(u.id);
  });

  it("calls nobody twice, when the job runs twice or two instances run the same batch at once", async () => {
    const people = await Promise.all(Array.from({ length: 7 }, () => optedIn(["ATYRAU"])));
    const { id } = await callOut();
    const job = { callOutId: id, after: "" };
    // Two workers take the same batch at once; then the job is retried.
    const [a, b] = await Promise.all([
      fanOutBatch(db(), job, { cap: CAP, batchSize: 5 }),
      fanOutBatch(db(), job, { cap: CAP, batchSize: 5 }),
    ]);
    expect(a.notified + b.notified).toBe(5);
    await fanOutBatch(db(), job, { cap: CAP, batchSize: 5 });
    await runFanOut(db(), id, { cap: CAP, batchSize: 5 });
    await runFanOut(db(), id, { cap: CAP, batchSize: 5 });
    expect(await recipientsOf(id)).toEqual(people.map((p) => p.id).sort());
    expect(await db().notification.count({ where: { type: "CALL_OUT" } })).toBe(7);
    expect((await db().callOut.findUniqueOrThrow({ where: { id } })).recipientCount).toBe(7);
  });

  it("sends one volunteer at most 3 call-outs in 7 days, also when two call-outs fan out at the same time", async () => {
    const team = await regionTeam();
    const busy = await optedIn(["ATYRAU"]);
    const others = await Promise.all(Array.from({ length: 5 }, () => optedIn(["ATYRAU"])));
    // Two call-outs 8 days ago do not count any more; one 2 days ago does.
    const old = await Promise.all([callOut({}, team), callOut({}, team), callOut({}, team)]);
    for (const [i, c] of old.entries())
      await db().callOutRecipient.create({
        data: { callOutId: c.id, userId: busy.id, createdAt: new Date(Date.now() - (i < 2 ? 8 : 2) * 86_400_000) },
      });
    const now = await Promise.all(Array.from({ length: 4 }, () => callOut({}, team)));
    // Four call-outs fan out at once in small batches: the busy volunteer has room for two more.
    await Promise.all(now.map((c) => runFanOut(db(), c.id, { cap: CAP, batchSize: 2 })));
    const received = await db().callOutRecipient.count({
      where: { userId: busy.id, createdAt: { gt: new Date(Date.now() - 7 * 86_400_000) } },
    });
    expect(received).toBe(3);
    for (const o of others) expect(await db().callOutRecipient.count({ where: { userId: o.id } })).toBe(3);
    expect(await db().notification.count({ where: { userId: busy.id, type: "CALL_OUT" } })).toBe(2);
  });

  it("stops calling once the call-out is closed", async () => {
    await optedIn(["ATYRAU"]);
    const { id } = await callOut();
    await db().callOut.update({ where: { id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(await runFanOut(db(), id, { cap: CAP })).toBe(0);
    expect((await db().callOut.findUniqueOrThrow({ where: { id } })).fanOutDoneAt).not.toBeNull();
  });
});

describe("the call-out email", () => {
  let smtp: Promise<TestSmtp>;
  beforeAll(() => {
    smtp = startSmtp();
  });
  afterAll(async () => (await smtp).close());

  it("reaches a real SMTP server in the volunteer's language with the two answer links", async () => {
    const server = await smtp;
    const ru = await optedIn(["ATYRAU"], { locale: "ru", name: "Дана" });
    const kk = await optedIn(["ATYRAU"], { locale: "kk", name: "Айгерім" });
    const { id } = await callOut();
    await runFanOut(db(), id, { cap: CAP });
    const ids = (await db().notification.findMany({ where: { type: "CALL_OUT" }, select: { id: true } })).map(
      (n) => n.id,
    );
    const mailer = createMailer({ smtpUrl: server.url, dataDir: "unused", from: "Asar <no-reply@asar.test>" });
    const outcomes = await processNotificationEmails(db(), mailer, ids, APP_URL);
    mailer.close();
    expect([...outcomes.values()]).toEqual(["SENT", "SENT"]);
    const mails = await server.waitFor(2);
    const ruEmail = (await db().user.findUniqueOrThrow({ where: { id: ru.id } })).email;
    const toRu = mails.find((m) => m.to.includes(ruEmail));
    expect(toRu?.subject).toBe("Нужны волонтеры: «Мешки с песком в Кульсары»");
    expect(toRu?.text).toContain(`Я приду: ${APP_URL}/ru/call-outs/${id}?answer=coming`);
    expect(toRu?.text).toContain(`Не смогу: ${APP_URL}/ru/call-outs/${id}?answer=cant`);
    expect(toRu?.text).toMatch(/согласились получать экстренные вызовы/);
    const toKk = mails.find((m) => m !== toRu);
    expect(toKk?.text).toContain(`${APP_URL}/kk/call-outs/${id}?answer=coming`);
    expect(kk.id).toBeTruthy();
    expect(await db().notification.count({ where: { type: "CALL_OUT", emailStatus: "SENT" } })).toBe(2);
  });
});
