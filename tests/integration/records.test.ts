import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { organizer, project, volunteer, NO_PASSWORD } from "./applications-fixtures";
import { accepted, hours, KAZAKH_LETTERS, pdfText } from "./records-fixtures";
import { createVolunteer } from "../../prisma/seed/factories";
import { getMyRecord, RECORD_PAGE_SIZE } from "../../src/modules/records/queries";
import { issueProjectCertificate, issueVolunteerRecord } from "../../src/modules/records/documents";
import { renderDocumentPdf } from "../../src/modules/records/pdf";
import { verifyDocument } from "../../src/modules/records/verify";
import { exportMyData } from "../../src/modules/records/export";
import { groupCode, newVerificationCode } from "../../src/modules/records/code";
import { notify } from "../../src/modules/notifications/notify";
import { correctEntry } from "../../src/modules/hours/corrections";
import { confirmEntry, reportHours } from "../../src/modules/hours/self-reports";
import { correctionSchema, reportSchema } from "../../src/modules/hours/schema";
import { utcToZoned } from "../../src/domain/time";

const DAY = 86_400_000;
const BASE_URL = "https://asar.example.kz";
const past = {
  startsAt: new Date(Date.now() - 400 * DAY),
  endsAt: new Date(Date.now() - 399 * DAY),
  status: "COMPLETED" as const,
};

describe("the volunteer's record", () => {
  it("counts confirmed hours only — per project, per year and overall", async () => {
    const { org } = await organizer();
    const me = await volunteer();
    const other = await volunteer({ name: "Басқа Волонтер" });
    const a = await project(org.id, { ...past, title: "Есіл жағалауын тазалау" });
    const b = await project(org.id, {
      ...past,
      title: "Қарттарға көмек",
      primaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
    });
    const app = await accepted(me.id, a.projectId, a.roleId);

    await hours(me.id, a.projectId, "2025-06-01", "7.50", "CONFIRMED", { applicationId: app.id });
    await hours(me.id, a.projectId, "2026-03-02", "4.25");
    await hours(me.id, b.projectId, "2026-04-10", "3.00");
    await hours(me.id, b.projectId, "2026-04-11", "5.00", "PENDING");
    await hours(me.id, b.projectId, "2026-04-12", "2.00", "DISPUTED");
    // A correction: the first entry is superseded, only the new one counts.
    const wrong = await hours(me.id, b.projectId, "2026-04-13", "6.00", "SUPERSEDED");
    await hours(me.id, b.projectId, "2026-04-13", "5.50", "CONFIRMED", { supersedesId: wrong.id });
    await hours(other.id, a.projectId, "2026-03-02", "9.00");

    const record = await getMyRecord(db(), me);
    expect(record.totalCenti).toBe(2025); // 7.5 + 4.25 + 3 + 5.5
    expect(record.years).toEqual([
      { year: 2026, centi: 1275 },
      { year: 2025, centi: 750 },
    ]);
    expect(record.projectCount).toBe(2);
    const [first, second] = record.items;
    // Most recently worked first.
    expect(first).toMatchObject({
      title: "Қарттарға көмек",
      centi: 850,
      firstWorkedOn: "2026-04-10",
      lastWorkedOn: "2026-04-13",
      directions: ["SOCIAL"],
      socialSubtype: "ELDERLY",
    });
    expect(second).toMatchObject({
      title: "Есіл жағалауын тазалау",
      centi: 1175,
      firstWorkedOn: "2025-06-01",
      lastWorkedOn: "2026-03-02",
      roles: ["Волонтер на уборке"],
    });
    expect(second!.organizer.name).toBe(org.name);
    // SDG links the review's table proposes for environmental work, with their impact kinds.
    expect(second!.sdgs.length).toBeGreaterThan(0);
    expect(second!.sdgs.every((s) => s.impact === "DIRECT" || s.impact === "INDIRECT")).toBe(true);

    const fresh = await volunteer();
    expect(await getMyRecord(db(), fresh)).toMatchObject({ totalCenti: 0, years: [], projectCount: 0, items: [] });
  });

  it("follows hours from the volunteer's report through confirmation and correction to the certificate", async () => {
    const { org, owner } = await organizer();
    const me = await volunteer({ name: "Нұрсұлтан Әбдіров" });
    const p = await project(org.id, {
      startsAt: new Date(Date.now() - 3 * DAY),
      endsAt: new Date(Date.now() + 2 * DAY),
    });
    const app = await accepted(me.id, p.projectId, p.roleId);
    const workedOn = utcToZoned(new Date(Date.now() - 2 * DAY)).date;

    const { entryId } = await reportHours(
      db(),
      me,
      reportSchema.parse({ applicationId: app.id, workedOn, hours: "5" }),
    );
    expect((await getMyRecord(db(), me)).totalCenti).toBe(0);
    expect(await errorCode(issueProjectCertificate(db(), me, p.projectId, "kk"))).toBe(
      "records.errors.NO_CONFIRMED_HOURS",
    );

    await confirmEntry(db(), owner, { entryId });
    expect((await getMyRecord(db(), me)).totalCenti).toBe(500);
    const first = await issueProjectCertificate(db(), me, p.projectId, "kk");
    expect(first.payload).toMatchObject({
      project: { hours: "5.00", workedFrom: workedOn, workedTo: workedOn, roles: ["Волонтер на уборке"] },
    });

    await correctEntry(db(), owner, correctionSchema.parse({ entryId, workedOn, hours: "4,5", reason: "Ушел раньше" }));
    expect((await getMyRecord(db(), me)).totalCenti).toBe(450);
    const corrected = await issueProjectCertificate(db(), me, p.projectId, "kk");
    expect(corrected.code).not.toBe(first.code);
    expect(corrected.payload).toMatchObject({ project: { hours: "4.50" } });
  });

  it("pages through many projects while the totals cover all of them", async () => {
    const { org } = await organizer();
    const me = await volunteer();
    for (let i = 0; i < RECORD_PAGE_SIZE + 3; i++) {
      const p = await project(org.id, { ...past, title: `Жоба ${i}` });
      await hours(me.id, p.projectId, `2026-01-${String(1 + (i % 28)).padStart(2, "0")}`, "1.00");
    }
    const one = await getMyRecord(db(), me, 1);
    const two = await getMyRecord(db(), me, 2);
    expect(one.items).toHaveLength(RECORD_PAGE_SIZE);
    expect(two.items).toHaveLength(3);
    expect(two.totalCenti).toBe((RECORD_PAGE_SIZE + 3) * 100);
    expect(new Set([...one.items, ...two.items].map((p) => p.projectId)).size).toBe(RECORD_PAGE_SIZE + 3);
  });
});

describe("certificates and the record as PDF", () => {
  it("renders a real PDF in Kazakh with the name, the project, the code and the hours, Kazakh letters intact", async () => {
    const { org } = await organizer();
    const me = await volunteer({ name: "Әлия Ғалымқызы Үсенова" });
    const title = "Әулие үңгіріне жол: Ұлытаудағы ағаш, Өскемендегі һауа, Қостанай";
    const p = await project(org.id, { ...past, title });
    await accepted(me.id, p.projectId, p.roleId);
    await hours(me.id, p.projectId, "2026-05-01", "7.50");

    const doc = await issueProjectCertificate(db(), me, p.projectId, "kk");
    expect(doc.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    const pdf = await renderDocumentPdf(doc, BASE_URL);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");

    const text = await pdfText(pdf);
    expect(text).toContain("Әлия Ғалымқызы Үсенова");
    expect(text).toContain(title);
    expect(text).toContain(groupCode(doc.code));
    expect(text).toContain("Волонтерлік қызмет туралы сертификат".toUpperCase());
    expect(text).toMatch(/Расталған сағаттар\s*7,5/);
    expect(text).toContain(`${BASE_URL}/kk/verify/${doc.code}`);
    for (const letter of KAZAKH_LETTERS) expect(text).toContain(letter);
  });

  it("renders the whole record in Russian with every project and the totals", async () => {
    const { org } = await organizer();
    const me = await volunteer({ name: "Данияр Өтепов" });
    const a = await project(org.id, { ...past, title: "Донорская акция в Кокшетау" });
    const b = await project(org.id, { ...past, title: "Субботник на набережной Есиля" });
    await hours(me.id, a.projectId, "2025-11-20", "4.00");
    await hours(me.id, b.projectId, "2026-04-22", "3.25");

    const doc = await issueVolunteerRecord(db(), me, "ru");
    const text = await pdfText(await renderDocumentPdf(doc, BASE_URL));
    expect(text).toContain("КНИЖКА ВОЛОНТЕРА");
    expect(text).toContain("Данияр Өтепов");
    expect(text).toMatch(/Всего подтвержденных часов\s*7,25/);
    expect(text).toContain("Донорская акция в Кокшетау");
    expect(text).toContain("Субботник на набережной Есиля");
    expect(text).toContain(groupCode(doc.code));
    expect(text).toContain("Учитываются только часы, подтвержденные организатором.");
    expect(doc.payload).toMatchObject({
      kind: "VOLUNTEER_RECORD",
      totalHours: "7.25",
      years: [
        { year: 2026, hours: "3.25" },
        { year: 2025, hours: "4.00" },
      ],
    });
  });

  it("lists every project of a long record, page after page", async () => {
    const project = (i: number) => ({
      title:
        i % 4 === 0
          ? `Проект №${i}: доставка продуктовых наборов одиноким пожилым людям Караганды и помощь с отоплением домов зимой`
          : `Проект №${i}: субботник`,
      organizer: "Жастар орталығы",
      organizerForm: "REGISTERED",
      region: "KARAGANDA",
      settlement: null,
      online: false,
      startsOn: "2026-01-10",
      endsOn: "2026-01-10",
      directions: ["SOCIAL"],
      socialSubtype: "ELDERLY",
      sdgs: [{ goal: 1, impact: "DIRECT" as const }],
      roles: ["Помощник"],
      hours: "1.00",
      workedFrom: "2026-01-10",
      workedTo: "2026-01-10",
    });
    const payload = {
      format: 1 as const,
      kind: "VOLUNTEER_RECORD" as const,
      volunteer: { name: "Данияр Өтепов" },
      totalHours: "45.00",
      workedFrom: "2026-01-10",
      workedTo: "2026-01-10",
      years: [{ year: 2026, hours: "45.00" }],
      projects: Array.from({ length: 45 }, (_, i) => project(i)),
    };
    const text = await pdfText(
      await renderDocumentPdf({ code: newVerificationCode(), locale: "ru", issuedAt: new Date(), payload }, BASE_URL),
    );
    for (let i = 0; i < 45; i++) expect(text).toContain(`Проект №${i}:`);
    const pages = Number(/Страница 1 из (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Страница ${pages} из ${pages}`);
  });

  it("keeps every letter copyable in documents rendered one after another", async () => {
    // fontkit caches glyphs; DejaVu builds "ы" from "ь" and Cyrillic "С" from Latin "C", and a
    // cache filled while subsetting used to leave such letters out of later documents' text.
    const { org } = await organizer();
    const me = await volunteer({ name: "Ғалымқызы Қырмызы" });
    const p = await project(org.id, { ...past, title: "Ыстық ас: құрылыс, сертификат, борьба" });
    await hours(me.id, p.projectId, "2026-05-01", "2.00");
    const texts: string[] = [];
    for (const locale of ["kk", "ru", "en", "kk"] as const) {
      const doc = await issueProjectCertificate(db(), me, p.projectId, locale);
      const text = await pdfText(await renderDocumentPdf(doc, BASE_URL));
      expect(text).toContain("Ыстық ас: құрылыс, сертификат, борьба");
      expect(text).toContain(groupCode(doc.code));
      texts.push(text);
    }
    expect(texts[1]).toContain("Настоящий сертификат выдан");
    expect(texts[2]).toContain("CERTIFICATE OF VOLUNTEER SERVICE");
  });

  it("reuses the document while its content is unchanged, and issues a new one when it changes", async () => {
    const { org } = await organizer();
    const me = await volunteer();
    const p = await project(org.id, past);
    await hours(me.id, p.projectId, "2026-05-01", "2.00");

    const first = await issueProjectCertificate(db(), me, p.projectId, "ru");
    const again = await issueProjectCertificate(db(), me, p.projectId, "ru");
    expect(again.code).toBe(first.code);
    expect(again.reused).toBe(true);
    expect(await db().issuedDocument.count()).toBe(1);

    const english = await issueProjectCertificate(db(), me, p.projectId, "en");
    expect(english.code).not.toBe(first.code);

    await hours(me.id, p.projectId, "2026-05-02", "3.00");
    const more = await issueProjectCertificate(db(), me, p.projectId, "ru");
    expect(more.code).not.toBe(first.code);
    expect(more.payload).toMatchObject({ project: { hours: "5.00" } });
    expect(await db().issuedDocument.count()).toBe(3);
    // The earlier certificate stays genuine for what it said then.
    expect(await verifyDocument(db(), first.code)).toMatchObject({
      status: "GENUINE",
      payload: { project: { hours: "2.00" } },
    });
  });

  it("refuses a certificate for someone else's project, or without confirmed hours", async () => {
    const { org } = await organizer();
    const me = await volunteer();
    const intruder = await volunteer({ name: "Бөгде Адам" });
    const p = await project(org.id, past);
    await hours(me.id, p.projectId, "2026-05-01", "4.00");
    const pendingOnly = await project(org.id, past);
    await hours(me.id, pendingOnly.projectId, "2026-05-01", "4.00", "PENDING");

    expect(await errorCode(issueProjectCertificate(db(), intruder, p.projectId, "kk"))).toBe(
      "records.errors.NO_CONFIRMED_HOURS",
    );
    expect(await errorCode(issueProjectCertificate(db(), me, pendingOnly.projectId, "kk"))).toBe(
      "records.errors.NO_CONFIRMED_HOURS",
    );
    expect(await errorCode(issueProjectCertificate(db(), me, "no-such-project", "kk"))).toBe(
      "records.errors.NO_CONFIRMED_HOURS",
    );
    expect(await errorCode(issueVolunteerRecord(db(), intruder, "kk"))).toBe("records.errors.NO_CONFIRMED_HOURS");
    expect(await db().issuedDocument.count()).toBe(0);
  });
});

describe("the public verification", () => {
  it("confirms a genuine document and shows only what it certifies", async () => {
    const { org } = await organizer();
    const user = await createVolunteer(db(), {
      passwordHash: NO_PASSWORD,
      name: "Айгерім Сейітова",
      email: "aigerim.private@example.kz",
      birthDate: new Date("2001-08-15T00:00:00Z"),
    });
    const me = await viewerOf(user.id);
    await db().volunteerProfile.update({ where: { userId: me.id }, data: { phone: "+7 701 555 44 33" } });
    const p = await project(org.id, { ...past, title: "Есіл жағалауын тазалау" });
    const other = await project(org.id, { ...past, title: "Басқа жоба" });
    await hours(me.id, p.projectId, "2026-05-01", "6.00");
    await hours(me.id, other.projectId, "2026-05-03", "2.00");
    const doc = await issueProjectCertificate(db(), me, p.projectId, "kk");

    const result = await verifyDocument(db(), doc.code);
    expect(result).toMatchObject({
      status: "GENUINE",
      kind: "PROJECT_CERTIFICATE",
      payload: { volunteer: { name: "Айгерім Сейітова" }, project: { title: "Есіл жағалауын тазалау", hours: "6.00" } },
    });
    const shown = JSON.stringify(result);
    for (const secret of ["aigerim.private@example.kz", "2001-08-15", "+7 701 555 44 33", "Басқа жоба", me.id])
      expect(shown).not.toContain(secret);

    // Typed by hand: lower case, spaces, dashes.
    expect((await verifyDocument(db(), ` ${groupCode(doc.code).toLowerCase()} `)).status).toBe("GENUINE");
  });

  it("says when a document was altered, is unknown or was revoked", async () => {
    const { org } = await organizer();
    const me = await volunteer();
    const p = await project(org.id, past);
    await hours(me.id, p.projectId, "2026-05-01", "6.00");
    const doc = await issueProjectCertificate(db(), me, p.projectId, "ru");

    await db()
      .$executeRaw`UPDATE "IssuedDocument" SET payload = jsonb_set(payload, '{project,hours}', '"60.00"') WHERE code = ${doc.code}`;
    const altered = await verifyDocument(db(), doc.code);
    expect(altered.status).toBe("ALTERED");
    expect(JSON.stringify(altered)).not.toContain("60.00");

    expect((await verifyDocument(db(), newVerificationCode())).status).toBe("NOT_FOUND");
    expect((await verifyDocument(db(), "not a code")).status).toBe("NOT_FOUND");

    await db().issuedDocument.update({ where: { code: doc.code }, data: { revokedAt: new Date() } });
    expect((await verifyDocument(db(), doc.code)).status).toBe("REVOKED");
  });
});

describe("download my data", () => {
  it("contains everything about me and nothing about anyone else", async () => {
    const { org, owner } = await organizer();
    const me = await volunteer({ name: "Мирас Қасымов" });
    const someone = await volunteer({ name: "Бөтен Адамов" });
    await db().volunteerProfile.update({
      where: { userId: me.id },
      data: { phone: "+7 702 111 22 33", skills: ["алғашқы көмек"] },
    });
    const p = await project(org.id, { ...past, title: "Тарихи мұра" });
    const mine = await accepted(me.id, p.projectId, p.roleId, "Тарихты жақсы көремін");
    await accepted(someone.id, p.projectId, p.roleId, "Бөтен мотивация");
    await db().applicationEvent.create({
      data: {
        applicationId: mine.id,
        fromStatus: "SUBMITTED",
        toStatus: "ACCEPTED",
        actorId: owner.id,
        note: "Қош келдіңіз",
      },
    });
    await hours(me.id, p.projectId, "2026-05-01", "3.50", "CONFIRMED", { note: "Мұражайда" });
    await hours(someone.id, p.projectId, "2026-05-01", "8.00");
    await db().notification.create({
      data: {
        userId: me.id,
        type: "APPLICATION_ACCEPTED",
        data: { projectId: p.projectId, projectTitle: "Тарихи мұра", roleTitle: "Гид" },
      },
    });
    await db().notification.create({
      data: {
        userId: someone.id,
        type: "APPLICATION_ACCEPTED",
        data: { projectId: p.projectId, projectTitle: "Бөтен хабар", roleTitle: "Гид" },
      },
    });
    await issueProjectCertificate(db(), me, p.projectId, "kk");

    const data = await exportMyData(db(), me);
    expect(data.account).toMatchObject({ id: me.id, email: me.email, name: "Мирас Қасымов" });
    expect(data.volunteerProfile).toMatchObject({ phone: "+7 702 111 22 33", skills: ["алғашқы көмек"] });
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({
      motivation: "Тарихты жақсы көремін",
      status: "ACCEPTED",
      history: [{ from: "SUBMITTED", to: "ACCEPTED", by: "organizer", note: "Қош келдіңіз" }],
    });
    expect(data.hours).toEqual([
      expect.objectContaining({ hours: "3.50", status: "CONFIRMED", note: "Мұражайда", workedOn: "2026-05-01" }),
    ]);
    expect(data.notifications).toHaveLength(1);
    expect(data.issuedDocuments).toHaveLength(1);

    const json = JSON.stringify(data);
    for (const foreign of [
      someone.email,
      "Бөтен Адамов",
      "Бөтен мотивация",
      "8.00",
      "Бөтен хабар",
      owner.email,
      owner.name,
    ])
      expect(json).not.toContain(foreign);
    expect(json).not.toMatch(/passwordHash|argon2/);

    // An organizer's "new application from …" notification names someone else: left out.
    await notify(db(), {
      userId: owner.id,
      type: "APPLICATION_RECEIVED",
      data: { projectId: p.projectId, projectTitle: "Тарихи мұра", roleTitle: "Гид", volunteerName: "Мирас Қасымов" },
    });
    const ownerData = await exportMyData(db(), owner);
    expect(ownerData.notifications).toHaveLength(1);
    expect(JSON.stringify(ownerData)).not.toContain("Мирас Қасымов");
  });
});
