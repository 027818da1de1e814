import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "../../src/server/mail";
import { notify, type NotificationInput } from "../../src/modules/notifications/notify";
import { processNotificationEmail, EMAIL_MAX_ATTEMPTS } from "../../src/modules/notifications/email";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import { startSmtp, parseMail, type TestSmtp } from "./smtp";
import { db } from "./helpers";

// The worker's work for one notification, called directly with explicit settings; the pg-boss
// worker itself runs in notifications-worker.test.ts.
const APP_URL = "https://asar.test";
const FROM = "Asar <no-reply@asar.test>";

async function notifyOne(input: NotificationInput): Promise<string> {
  const [id] = await db().$transaction((tx) => notify(tx, input));
  if (!id) throw new Error("no notification");
  return id;
}

const accepted = (projectTitle: string) => ({ projectId: "proj1", projectTitle, roleTitle: "Координатор" });

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp.close();
});

describe("notification emails over SMTP", () => {
  it("reach each recipient in their own language with the project's title and link", async () => {
    const aigerim = await createUser(db(), { name: "Айгерім", locale: "kk" });
    const oleg = await createUser(db(), { name: "Олег", locale: "ru" });
    const kkId = await notifyOne({
      userId: aigerim.id,
      type: "APPLICATION_ACCEPTED",
      data: accepted("Таза Есіл жағалауы"),
    });
    const ruId = await notifyOne({
      userId: oleg.id,
      type: "APPLICATION_WAITLISTED",
      data: accepted("Чистый берег Ишима"),
    });

    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: FROM });
    expect(await processNotificationEmail(db(), mailer, kkId, APP_URL)).toBe("SENT");
    expect(await processNotificationEmail(db(), mailer, ruId, APP_URL)).toBe("SENT");
    mailer.close();

    const [kk, ru] = await smtp.waitFor(2);
    expect(kk?.to).toEqual([aigerim.email]);
    expect(kk?.subject).toBe("Сіз қабылдандыңыз: «Таза Есіл жағалауы»");
    expect(kk?.text).toContain("Сәлеметсіз бе, Айгерім!");
    expect(kk?.text).toContain("«Таза Есіл жағалауы» жобасындағы «Координатор» рөліне берген өтініміңіз қабылданды");
    expect(kk?.text).toContain(`${APP_URL}/kk/projects/proj1`);
    expect(kk?.html).toContain(`href="${APP_URL}/kk/projects/proj1"`);

    expect(ru?.to).toEqual([oleg.email]);
    expect(ru?.subject).toBe("Вы в листе ожидания: «Чистый берег Ишима»");
    expect(ru?.text).toContain("Здравствуйте, Олег!");
    expect(ru?.text).toContain(`${APP_URL}/ru/projects/proj1`);

    const rows = await db().notification.findMany({ where: { id: { in: [kkId, ruId] } } });
    for (const row of rows) {
      expect(row.emailStatus).toBe("SENT");
      expect(row.emailedAt).toBeInstanceOf(Date);
      expect(row.emailAttempts).toBe(1);
    }
    // A second run (a duplicate job) sends nothing more.
    expect(
      await processNotificationEmail(
        db(),
        createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: FROM }),
        kkId,
        APP_URL,
      ),
    ).toBe("NOTHING_TO_DO");
  });

  it("names the organizer and links to its page in organizer decisions", async () => {
    const org = await createOrganizer(db(), { name: "Astana Jastary" });
    await db().user.update({ where: { id: org.ownerId }, data: { locale: "en" } });
    const id = await notifyOne({
      userId: org.ownerId,
      type: "ORGANIZER_VERIFIED",
      data: { organizerId: org.id, reason: null },
    });
    const before = smtp.received.length;
    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: FROM });
    await processNotificationEmail(db(), mailer, id, APP_URL);
    mailer.close();
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail?.subject).toBe("“Astana Jastary” is verified");
    expect(mail?.text).toContain(`${APP_URL}/en/organizers/${org.slug}`);
  });

  it("retries a failing mail server and ends FAILED with the error, never throwing into the change", async () => {
    const failing = await startSmtp({ reject: true });
    const user = await createUser(db(), { locale: "ru" });
    // The change itself (notify inside its transaction) does not touch the mail server.
    const id = await notifyOne({
      userId: user.id,
      type: "PROJECT_CANCELLED",
      data: { projectId: "p2", projectTitle: "Субботник", reason: "Погода" },
    });
    const mailer = createMailer({ smtpUrl: failing.url, dataDir: "unused", from: FROM });
    for (let attempt = 1; attempt < EMAIL_MAX_ATTEMPTS; attempt++) {
      await expect(processNotificationEmail(db(), mailer, id, APP_URL)).rejects.toThrow(
        `attempt ${attempt} of ${EMAIL_MAX_ATTEMPTS}`,
      );
      const row = await db().notification.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ emailStatus: "PENDING", emailAttempts: attempt });
      expect(row.emailError).toContain("451");
    }
    expect(await processNotificationEmail(db(), mailer, id, APP_URL)).toBe("FAILED");
    mailer.close();
    await failing.close();
    expect(failing.attempts).toBe(EMAIL_MAX_ATTEMPTS);
    const row = await db().notification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ emailStatus: "FAILED", emailAttempts: EMAIL_MAX_ATTEMPTS, emailedAt: null });
    expect(row.emailError).toContain("451");
  });

  it("fails over a closed port the same way", async () => {
    const closed = await startSmtp();
    const url = closed.url;
    await closed.close();
    const user = await createUser(db());
    const id = await notifyOne({ userId: user.id, type: "STAFF_APPOINTED", data: { regionCode: "ASTANA" } });
    const mailer = createMailer({ smtpUrl: url, dataDir: "unused", from: FROM });
    await expect(processNotificationEmail(db(), mailer, id, APP_URL, 2)).rejects.toThrow(/attempt 1 of 2/);
    expect(await processNotificationEmail(db(), mailer, id, APP_URL, 2)).toBe("FAILED");
    mailer.close();
    expect((await db().notification.findUniqueOrThrow({ where: { id } })).emailError).toMatch(/ECONNREFUSED/);
  });

  it("skips deleted users without sending", async () => {
    const user = await createUser(db(), { locale: "kk" });
    const id = await notifyOne({ userId: user.id, type: "APPLICATION_REJECTED", data: accepted("Кітапхана") });
    await db().user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    const before = smtp.received.length;
    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: FROM });
    expect(await processNotificationEmail(db(), mailer, id, APP_URL)).toBe("SKIPPED");
    mailer.close();
    expect(smtp.received.length).toBe(before);
    expect((await db().notification.findUniqueOrThrow({ where: { id } })).emailStatus).toBe("SKIPPED");
  });

  it("without SMTP_URL writes an .eml file into <DATA_DIR>/mail", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "asar-mail-"));
    try {
      const user = await createUser(db(), { locale: "ru", name: "Дана" });
      const id = await notifyOne({
        userId: user.id,
        type: "PROJECT_REJECTED",
        data: { projectId: "p3", projectTitle: "Ярмарка", ground: "PAID_WORK", comment: "Это оплачиваемая работа" },
      });
      expect(await processNotificationEmail(db(), createMailer({ dataDir, from: FROM }), id, APP_URL)).toBe("SENT");
      const files = fs.readdirSync(path.join(dataDir, "mail"));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = parseMail(fs.readFileSync(path.join(dataDir, "mail", files[0] ?? ""), "latin1"));
      expect(mail.raw).toContain(`To: ${user.email}`);
      expect(mail.raw).toContain("From: Asar <no-reply@asar.test>");
      expect(mail.subject).toBe("Проект отклонен: «Ярмарка»");
      expect(mail.text).toContain("Основание: Оплачиваемая работа");
      expect(mail.text).toContain("Комментарий модератора: Это оплачиваемая работа");
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("renders whatever a caller stored without crashing", async () => {
    const user = await createUser(db(), { locale: "en" });
    const id = await notifyOne({ userId: user.id, type: "APPLICATION_RECEIVED", data: { unexpected: [1, 2] } });
    const before = smtp.received.length;
    const mailer = createMailer({ smtpUrl: smtp.url, dataDir: "unused", from: FROM });
    expect(await processNotificationEmail(db(), mailer, id, APP_URL)).toBe("SENT");
    mailer.close();
    const mail = (await smtp.waitFor(before + 1))[before];
    expect(mail?.subject).toBe("New application to “your project”");
    expect(mail?.text).toContain(`${APP_URL}/en/notifications`);
  });
});
