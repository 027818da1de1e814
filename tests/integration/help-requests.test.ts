import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { APP_URL, sendAccountEmails, smtpForFile } from "./account-mail";
import { NO_PASSWORD } from "./applications-fixtures";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import { helpRequestSchema, type HelpRequestInput } from "../../src/modules/help/schema";
import {
  HELP_LIMITS,
  answerHelpRequest,
  assignHelpRequest,
  declineHelpRequest,
  markHelpRequestDuplicate,
  resolveHelpRequest,
  submitHelpRequest,
} from "../../src/modules/help/mutations";
import {
  helpQueue,
  helpRequestForStaff,
  organizerHelpRequests,
  trackHelpRequest,
} from "../../src/modules/help/queries";
import { erasePersonalData } from "../../src/modules/help/jobs";
import { helpRequestForProject } from "../../src/modules/help/queries";
import { helpRequestFigures } from "../../src/modules/help/statistics";
import { createProject } from "../../src/modules/projects/mutations";
import { projectSchema } from "../../src/modules/projects/schema";

const smtp = smtpForFile();

function form(fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  const all = {
    category: "ELDERLY",
    regionCode: "ATYRAU",
    settlement: "Атырау",
    address: "ул. Абая 12, кв. 5",
    neededOn: "",
    peopleNeeded: "2",
    description: "Пожилой соседке нужно купить продукты и лекарства, она не выходит из дома.",
    requesterName: "Гульнара",
    contactPhone: "8 (701) 123-45-67",
    contactEmail: "gulnara@example.kz",
    consentToShare: "on",
    fax: "",
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) f.set(k, v);
  return f;
}

const parsed = (fields: Record<string, string> = {}): HelpRequestInput => helpRequestSchema.parse(form(fields));

async function setup() {
  const staffUser = await createUser(db(), { name: "Айжан Staff", passwordHash: NO_PASSWORD, locale: "ru" });
  await db().staffAssignment.create({ data: { userId: staffUser.id, regionCode: "ATYRAU" } });
  const otherStaffUser = await createUser(db(), { name: "Other Staff", passwordHash: NO_PASSWORD });
  await db().staffAssignment.create({ data: { userId: otherStaffUser.id, regionCode: "ASTANA" } });
  const org = await createOrganizer(db(), {
    name: "Ынтымақ Атырау",
    regionCode: "ATYRAU",
    verified: true,
    ownerPasswordHash: NO_PASSWORD,
  });
  const staff = await viewerOf(staffUser.id);
  const otherStaff = await viewerOf(otherStaffUser.id);
  const owner = await viewerOf(org.ownerId);
  return { staff, otherStaff, org, owner };
}

const submit = (fields: Record<string, string> = {}, address = "198.51.100.7") =>
  submitHelpRequest(db(), parsed(fields), { address, locale: "ru" });

describe("the help form's input", () => {
  it("normalises the phone and refuses what is not a Kazakh mobile number, next to the field", () => {
    expect(parsed().contactPhone).toBe("+77011234567");
    for (const phone of ["+7 727 250 00 00", "+1 202 555 0100", "12345", "+7 701 123 45 6"]) {
      const r = helpRequestSchema.safeParse(form({ contactPhone: phone }));
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
        "contactPhone",
        "help.errors.phone",
      ]);
    }
  });

  it("needs a way to reach the person, the consent, and a sane count and date", () => {
    const issues = (fields: Record<string, string>) =>
      helpRequestSchema.safeParse(form(fields)).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];
    expect(issues({ contactPhone: "", contactEmail: "" })).toContain("contactPhone:help.errors.contact");
    expect(issues({ consentToShare: "" })).toContain("consentToShare:help.errors.consent");
    expect(issues({ peopleNeeded: "0" })).toContain("peopleNeeded:help.errors.people");
    expect(issues({ peopleNeeded: "9999999999" })).toContain("peopleNeeded:help.errors.people");
    expect(issues({ neededOn: "2020-01-01" })).toContain("neededOn:help.errors.dateInPast");
    expect(issues({ neededOn: "31.12.2026" })).toContain("neededOn:validation.date");
  });

  it("refuses hostile and oversized values with our messages, never zod's prose", () => {
    const hostile = {
      category: '\'; DROP TABLE "HelpRequest"; --',
      regionCode: "<script>",
      settlement: "x".repeat(100_000),
      description: "y".repeat(100_000),
      address: "z".repeat(10_000),
      contactEmail: "a@".repeat(5000),
      requesterName: "n".repeat(5000),
      fax: "http://spam.example",
    };
    const r = helpRequestSchema.safeParse(form(hostile));
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toMatchObject({
      category: "validation.required",
      regionCode: "validation.required",
      settlement: "validation.tooLong",
      description: "validation.tooLong",
      address: "validation.tooLong",
      contactEmail: "validation.tooLong",
      requesterName: "validation.tooLong",
      fax: "help.errors.rejected",
    });
    for (const m of Object.values(byField)) expect(m).toMatch(/^(validation|help)\./);
  });
});

describe("asking for help", () => {
  it("stores the request, tells the region's staff, and emails the person their tracking link", async () => {
    const { staff } = await setup();
    const { id, token } = await submit();
    const row = await db().helpRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "NEW", contactPhone: "+77011234567", regionCode: "ATYRAU", surge: false });
    expect(await db().notification.count({ where: { userId: staff.id, type: "HELP_REQUEST_RECEIVED" } })).toBe(1);
    // Another region's staff hear nothing.
    expect(await db().notification.count({ where: { type: "HELP_REQUEST_RECEIVED" } })).toBe(1);

    const [mail] = await sendAccountEmails(smtp());
    expect(mail!.to).toEqual(["gulnara@example.kz"]);
    expect(mail!.subject).toBe("Мы получили вашу просьбу о помощи");
    expect(mail!.text).toContain(`${APP_URL}/ru/help/${token}`);

    const tracked = await trackHelpRequest(db(), token);
    expect(tracked).toMatchObject({ status: "NEW", settlement: "Атырау", peopleNeeded: 2 });
    expect(tracked!.steps.map((s) => s.action)).toEqual(["help.submitted"]);
    // The tracking page never carries the contact or the address.
    expect(JSON.stringify(tracked)).not.toMatch(/Гульнара|7011234567|gulnara|Абая/);
    expect(await trackHelpRequest(db(), token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await trackHelpRequest(db(), "../../etc/passwd")).toBeNull();
  });

  it("limits one address, one contact, and flags a surge in a region once with an alert", async () => {
    const { staff } = await setup();
    for (let i = 0; i < HELP_LIMITS.perAddressPerHour; i++)
      await submit({ contactPhone: `+7 701 000 00 ${String(i).padStart(2, "0")}`, contactEmail: "" }, "203.0.113.9");
    expect(await errorCode(submit({ contactPhone: "+7 702 000 00 00", contactEmail: "" }, "203.0.113.9"))).toBe(
      "help.errors.tooManyFromAddress",
    );
    expect(await db().helpRequest.count()).toBe(HELP_LIMITS.perAddressPerHour);

    for (let i = 0; i < HELP_LIMITS.perContactPerDay; i++) await submit({}, `198.51.100.${i + 20}`);
    expect(await errorCode(submit({}, "198.51.100.99"))).toBe("help.errors.tooManyFromContact");

    // Fill the region's hour: what comes over the cap is kept, flagged, and alerts the staff once.
    const before = await db().helpRequest.count({ where: { regionCode: "ATYRAU" } });
    for (let i = before; i < HELP_LIMITS.regionPerHour + 3; i++)
      await submit({ contactPhone: "", contactEmail: `p${i}@example.kz` }, `192.0.2.${i % 250}`);
    expect(await db().helpRequest.count({ where: { regionCode: "ATYRAU", surge: true } })).toBe(3);
    expect(await db().notification.count({ where: { userId: staff.id, type: "HELP_REQUESTS_SURGE" } })).toBe(1);
  });
});

describe("triage", () => {
  it("goes from the front office to an organizer, who sees the contact only after taking it", async () => {
    const { staff, otherStaff, org, owner } = await setup();
    const { id, token } = await submit();
    // Another region's staff: the request does not exist for them.
    expect(await helpRequestForStaff(db(), otherStaff, id)).toBeNull();
    expect(await errorCode(assignHelpRequest(db(), otherStaff, { requestId: id, organizerId: org.id }))).toBe(
      "NOT_FOUND",
    );
    // An unverified organizer, or one of another region, cannot be given it.
    const pending = await createOrganizer(db(), { regionCode: "ATYRAU", ownerPasswordHash: NO_PASSWORD });
    const astana = await createOrganizer(db(), {
      regionCode: "ASTANA",
      verified: true,
      ownerPasswordHash: NO_PASSWORD,
    });
    for (const organizerId of [pending.id, astana.id])
      expect(await errorCode(assignHelpRequest(db(), staff, { requestId: id, organizerId }))).toBe(
        "help.errors.organizerNotEligible",
      );

    const queue = await helpQueue(db(), staff, { view: "open", page: 1 });
    expect(queue!.items.map((r) => r.id)).toEqual([id]);
    expect(await helpQueue(db(), owner, { view: "open", page: 1 })).toBeNull();

    await assignHelpRequest(db(), staff, { requestId: id, organizerId: org.id });
    expect(await db().notification.count({ where: { userId: owner.id, type: "HELP_REQUEST_ASSIGNED" } })).toBe(1);
    let mine = await organizerHelpRequests(db(), owner, org.slug);
    expect(mine!.items).toHaveLength(1);
    expect(mine!.items[0]!.contact).toBeNull();
    // Another organizer's member finds nothing, and cannot answer it.
    const stranger = await viewerOf(astana.ownerId);
    expect(await organizerHelpRequests(db(), stranger, org.slug)).toBeNull();
    expect(await errorCode(answerHelpRequest(db(), stranger, { requestId: id, answer: "ACCEPT" }))).toBe("NOT_FOUND");

    await answerHelpRequest(db(), owner, { requestId: id, answer: "ACCEPT" });
    mine = await organizerHelpRequests(db(), owner, org.slug);
    expect(mine!.items[0]!.contact).toMatchObject({ contactPhone: "+77011234567", address: "ул. Абая 12, кв. 5" });
    expect(await db().notification.count({ where: { userId: staff.id, type: "HELP_REQUEST_ANSWERED" } })).toBe(1);
    expect((await trackHelpRequest(db(), token))!.assignedOrganizer?.name).toBe("Ынтымақ Атырау");

    await resolveHelpRequest(db(), owner, { requestId: id });
    const closed = await db().helpRequest.findUniqueOrThrow({ where: { id } });
    expect(closed.status).toBe("RESOLVED");
    expect(closed.closedAt).not.toBeNull();
    expect(closed.firstActionAt).not.toBeNull();
    expect((await trackHelpRequest(db(), token))!.steps.map((s) => s.action)).toEqual([
      "help.submitted",
      "help.assigned",
      "help.accepted",
      "help.resolved",
    ]);
    const mails = await sendAccountEmails(smtp());
    expect(mails.map((m) => m.subject)).toEqual([
      "Мы получили вашу просьбу о помощи",
      "Волонтерская организация взяла вашу просьбу",
      "Ваша просьба о помощи решена",
    ]);
    expect(await errorCode(resolveHelpRequest(db(), owner, { requestId: id }))).toBe("help.errors.notOpen");
  });

  it("comes back to the front office when the organizer hands it back, and can be declined or merged", async () => {
    const { staff, org, owner } = await setup();
    const first = await submit();
    const second = await submit({ contactEmail: "other@example.kz", contactPhone: "" }, "198.51.100.8");
    await assignHelpRequest(db(), staff, { requestId: first.id, organizerId: org.id });
    await answerHelpRequest(db(), owner, { requestId: first.id, answer: "DECLINE", reason: "Нет свободных людей" });
    expect(await db().helpRequest.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "NEW",
      assignedOrganizerId: null,
    });
    // The organizer it was taken from cannot act on it any more.
    expect(await errorCode(answerHelpRequest(db(), owner, { requestId: first.id, answer: "ACCEPT" }))).toBe(
      "NOT_FOUND",
    );

    await markHelpRequestDuplicate(db(), staff, { requestId: second.id, duplicateOf: first.id });
    expect(await errorCode(markHelpRequestDuplicate(db(), staff, { requestId: first.id, duplicateOf: first.id }))).toBe(
      "help.errors.duplicateNotFound",
    );
    await declineHelpRequest(db(), staff, { requestId: first.id, reason: "Обратитесь в акимат: это их услуга." });
    const tracked = await trackHelpRequest(db(), first.token);
    expect(tracked).toMatchObject({ status: "DECLINED", outcomeReason: "Обратитесь в акимат: это их услуга." });
    expect((await trackHelpRequest(db(), second.token))!.status).toBe("DUPLICATE");
    const mails = await sendAccountEmails(smtp());
    expect(mails.find((m) => m.subject === "Ваша просьба о помощи отклонена")?.text).toContain(
      "Причина: Обратитесь в акимат: это их услуга.",
    );
  });

  it("lets one of two people acting at once move the request; the other is told, nothing is half-done", async () => {
    const { staff, org, owner } = await setup();
    for (let round = 0; round < 5; round++) {
      const { id } = await submit({ contactEmail: `race${round}@example.kz`, contactPhone: "" }, `10.0.0.${round}`);
      await assignHelpRequest(db(), staff, { requestId: id, organizerId: org.id });
      // The organizer accepts while the front office declines the same request.
      const results = await Promise.allSettled([
        answerHelpRequest(db(), owner, { requestId: id, answer: "ACCEPT" }),
        declineHelpRequest(db(), staff, { requestId: id, reason: "Решено по телефону" }),
      ]);
      const row = await db().helpRequest.findUniqueOrThrow({ where: { id } });
      const accepted = results[0].status === "fulfilled";
      const declined = results[1].status === "fulfilled";
      if (declined && accepted) {
        // Accepted first, then declined by the office: both steps are in the log, the outcome is final.
        expect(row.status).toBe("DECLINED");
      } else if (declined) expect(row.status).toBe("DECLINED");
      else {
        expect(accepted).toBe(true);
        expect(row).toMatchObject({ status: "IN_PROGRESS" });
        expect(row.acceptedAt).not.toBeNull();
      }
      const steps = await db().auditLog.count({
        where: { entityId: id, action: { in: ["help.accepted", "help.declined"] } },
      });
      expect(steps).toBe(Number(accepted) + Number(declined));
      for (const r of results)
        if (r.status === "rejected") expect(["CONFLICT", "help.errors.notOpen"]).toContain(r.reason.code);
    }
  });
});

describe("a request made into a project", () => {
  const project = (title: string) =>
    projectSchema.parse({
      title,
      description: "Покупаем продукты и лекарства пожилым жителям Атырау, которые не выходят из дома.",
      language: "ru",
      compositions: ["GENERAL"],
      primaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
      scope: "LOCAL",
      duration: "ONE_TIME",
      birgemiz: [],
      regionCode: "ATYRAU",
      settlement: "Атырау",
      startDate: "2027-05-15",
      startTime: "10:00",
      endDate: "2027-05-15",
      endTime: "14:00",
      contactName: "Айгерім",
      sdgs: [{ sdg: 3, impact: "DIRECT" }],
      roles: [{ title: "Волонтер", capacity: 2, minAge: 14, mode: "FIRST_COME", skills: "" }],
    });

  it("is linked once, only by the organizer that took it", async () => {
    const { staff, org, owner } = await setup();
    const { id, token } = await submit();
    await assignHelpRequest(db(), staff, { requestId: id, organizerId: org.id });
    // Offered but not taken yet: nothing to make a project of.
    expect(await helpRequestForProject(db(), owner, org.id, id)).toBeNull();
    await answerHelpRequest(db(), owner, { requestId: id, answer: "ACCEPT" });
    expect(await helpRequestForProject(db(), owner, org.id, id)).toMatchObject({
      category: "ELDERLY",
      peopleNeeded: 2,
    });

    const other = await createOrganizer(db(), { regionCode: "ATYRAU", verified: true, ownerPasswordHash: NO_PASSWORD });
    const otherOwner = await viewerOf(other.ownerId);
    expect(await helpRequestForProject(db(), otherOwner, org.id, id)).toBeNull();
    expect(await errorCode(createProject(db(), otherOwner, other.id, project("Чужой проект по просьбе"), id))).toBe(
      "help.errors.notOpen",
    );
    // The refused link left no project behind.
    expect(await db().project.count({ where: { organizerId: other.id } })).toBe(0);

    const made = await createProject(db(), owner, org.id, project("Продукты для пожилых: Атырау"), id);
    expect(await db().helpRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ projectId: made.id });
    expect(await errorCode(createProject(db(), owner, org.id, project("Второй раз"), id))).toBe("help.errors.notOpen");
    // The requester sees the project only once it is published.
    expect((await trackHelpRequest(db(), token))!.project).toBeNull();
    await db().project.update({ where: { id: made.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect((await trackHelpRequest(db(), token))!.project?.title).toBe("Продукты для пожилых: Атырау");
    expect((await trackHelpRequest(db(), token))!.steps.at(-1)!.action).toBe("help.converted");
  });
});

describe("scheduled work", () => {
  it("erases the contact and address 90 days after the request closed, and the emails with them", async () => {
    const { staff } = await setup();
    const closedLongAgo = await submit();
    const closedRecently = await submit({}, "198.51.100.9");
    for (const r of [closedLongAgo, closedRecently]) await resolveHelpRequest(db(), staff, { requestId: r.id });
    await db().helpRequest.update({
      where: { id: closedLongAgo.id },
      data: { closedAt: new Date(Date.now() - 91 * 86400_000) },
    });
    expect(await erasePersonalData(db())).toBe(1);
    expect(await erasePersonalData(db())).toBe(0);
    const erased = await db().helpRequest.findUniqueOrThrow({ where: { id: closedLongAgo.id } });
    expect(erased).toMatchObject({ contactPhone: null, contactEmail: null, address: null, requesterName: null });
    expect(erased.personalDataErasedAt).not.toBeNull();
    expect(await db().accountEmail.count({ where: { helpRequestId: closedLongAgo.id } })).toBe(0);
    expect(await db().accountEmail.count({ where: { helpRequestId: closedRecently.id } })).toBeGreaterThan(0);
    // The counts the statistics use stay; the tracking link still shows the outcome.
    expect((await trackHelpRequest(db(), closedLongAgo.token))!.status).toBe("RESOLVED");
  });
});

describe("figures for the regional report", () => {
  it("count requests by outcome and need, with the median time to a first step, for those who may see them", async () => {
    const { staff, otherStaff } = await setup();
    const a = await submit();
    const b = await submit({ category: "ANIMALS" }, "198.51.100.10");
    await submit({ category: "ANIMALS" }, "198.51.100.11");
    await declineHelpRequest(db(), staff, { requestId: a.id, reason: "Не волонтерская задача" });
    await resolveHelpRequest(db(), staff, { requestId: b.id });
    // First steps 2 and 6 hours after the request: the median is 4.
    for (const [id, hours] of [
      [a.id, 2],
      [b.id, 6],
    ] as const)
      await db()
        .$executeRaw`UPDATE "HelpRequest" SET "firstActionAt" = "createdAt" + make_interval(hours => ${hours}) WHERE id = ${id}`;
    const year = new Date().getUTCFullYear();
    const figures = await helpRequestFigures(db(), staff, "ATYRAU", { year, month: null });
    expect(figures).toEqual({
      total: 3,
      byStatus: { NEW: 1, DECLINED: 1, RESOLVED: 1 },
      byCategory: [
        { category: "ANIMALS", count: 2 },
        { category: "ELDERLY", count: 1 },
      ],
      medianHoursToFirstAction: 4,
    });
    // Another region's staff, and the national figures without being an admin: nothing.
    expect(await helpRequestFigures(db(), otherStaff, "ATYRAU", { year, month: null })).toBeNull();
    expect(await helpRequestFigures(db(), staff, "KZ", { year, month: null })).toBeNull();
    expect((await helpRequestFigures(db(), otherStaff, "ASTANA", { year, month: null }))!.total).toBe(0);
  });
});
