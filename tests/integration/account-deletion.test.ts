import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { accepted, hours } from "./records-fixtures";
import { createUser, createVolunteer } from "../../prisma/seed/factories";
import { deleteAccount, deletedEmail } from "../../src/modules/records/mutations";
import { deleteAccountSchema } from "../../src/modules/records/schema";
import { issueProjectCertificate } from "../../src/modules/records/documents";
import { verifyDocument } from "../../src/modules/records/verify";
import { getMyRecord } from "../../src/modules/records/queries";
import { loadViewer } from "../../src/modules/accounts/queries";
import { checkCredentials } from "../../src/modules/accounts/sign-in";
import { apply } from "../../src/modules/applications/mutations";
import { exportAcceptedCsv, listOrganizerApplications } from "../../src/modules/applications/queries";
import { applySchema, organizerFilterSchema } from "../../src/modules/applications/schema";
import { listMembers } from "../../src/modules/organizers/members";
import { listStaff } from "../../src/modules/staff/queries";
import { notify } from "../../src/modules/notifications/notify";

const DAY = 86_400_000;
const past = {
  startsAt: new Date(Date.now() - 400 * DAY),
  endsAt: new Date(Date.now() - 399 * DAY),
  status: "COMPLETED" as const,
};
const HEADERS = {
  role: "Роль",
  name: "ФИО",
  email: "Email",
  phone: "Телефон",
  age: "Возраст",
  region: "Регион",
  acceptedAt: "Принят",
};
const confirm = (email: string) => deleteAccountSchema.parse({ email });

async function richVolunteer(password?: string) {
  const user = await createVolunteer(db(), {
    ...(password ? { password } : { passwordHash: NO_PASSWORD }),
    name: "Дәурен Жақсылықов",
    email: `dauren-${Math.random().toString(36).slice(2, 8)}@example.kz`,
    birthDate: new Date("2001-08-15T00:00:00Z"),
    gender: "MALE",
    regionCode: "KARAGANDA",
    settlement: "Теміртау",
    skills: ["алғашқы көмек"],
    interests: ["MEDICAL"],
    compositions: ["STUDENT"],
    guardian: { name: "Гүлнар Жақсылықова", contact: "+7 701 000 00 00" },
  });
  await db().volunteerProfile.update({
    where: { userId: user.id },
    data: {
      phone: "+7 705 123 45 67",
      about: "Студент, донор",
      employment: "UNIVERSITY_STUDENT",
      availability: ["WEEKENDS"],
      weeklyAvailability: ["SAT_MORNING"],
      travelRange: "ANYWHERE",
      callOutRegions: ["KARAGANDA"],
      findable: true,
    },
  });
  return viewerOf(user.id);
}

describe("deleting my account", () => {
  it("removes the personal data and keeps anonymized rows for the statistics", async () => {
    const { org } = await organizer();
    const me = await richVolunteer();
    const p = await project(org.id, past);
    const app = await accepted(me.id, p.projectId, p.roleId, "Мен донормын");
    await db().applicationEvent.create({
      data: { applicationId: app.id, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", note: "Дәурен, қош келдіңіз" },
    });
    await hours(me.id, p.projectId, "2025-10-01", "6.00", "CONFIRMED", { note: "Дәурен кешікті" });
    await hours(me.id, p.projectId, "2025-10-02", "2.50");
    await db().notification.create({
      data: { userId: me.id, type: "APPLICATION_ACCEPTED", data: { projectId: p.projectId } },
    });
    const training = await db().training.findFirstOrThrow();
    await db().volunteerCertificate.create({
      data: { userId: me.id, trainingId: training.id, issuedOn: new Date("2024-01-01") },
    });
    const doc = await issueProjectCertificate(db(), me, p.projectId, "kk");
    await db().auditLog.create({
      data: {
        actorId: me.id,
        action: "volunteer.guardian_consent",
        entityType: "User",
        entityId: me.id,
        data: { guardianName: "Гүлнар Жақсылықова" },
      },
    });
    const before = await db().user.findUniqueOrThrow({ where: { id: me.id }, select: { sessionVersion: true } });

    // The wrong email changes nothing and says so next to the field.
    const wrong = await deleteAccount(db(), me, confirm("someone@example.kz")).catch((e) => e);
    expect(wrong).toMatchObject({ code: "records.errors.EMAIL_MISMATCH", field: "email" });
    expect(await db().user.findUniqueOrThrow({ where: { id: me.id }, select: { deletedAt: true } })).toEqual({
      deletedAt: null,
    });

    await deleteAccount(db(), me, confirm(me.email.toUpperCase()));

    const user = await db().user.findUniqueOrThrow({ where: { id: me.id } });
    expect(user).toMatchObject({
      email: deletedEmail(me.id),
      name: "",
      isAdmin: false,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(user.deletedAt).toBeInstanceOf(Date);
    expect(user.passwordHash).not.toMatch(/argon2/);

    const profile = await db().volunteerProfile.findUniqueOrThrow({ where: { userId: me.id } });
    expect(profile).toMatchObject({
      gender: "MALE",
      regionCode: "KARAGANDA",
      settlement: null,
      phone: null,
      about: null,
      employment: null,
      skills: [],
      languages: [],
      interests: [],
      compositions: [],
      availability: [],
      weeklyAvailability: [],
      travelRange: "SETTLEMENT",
      callOutRegions: [],
      findable: false,
      guardianName: null,
      guardianContact: null,
      guardianConsentAt: null,
    });
    expect(profile.birthDate.toISOString().slice(0, 10)).toBe("2001-01-01");

    // Counts for statistics stay; what the person wrote, or what was written about them, goes.
    expect(
      await db().application.findMany({ where: { volunteerId: me.id }, select: { status: true, motivation: true } }),
    ).toEqual([{ status: "ACCEPTED", motivation: "" }]);
    expect(await db().applicationEvent.findMany({ where: { applicationId: app.id }, select: { note: true } })).toEqual([
      { note: null },
    ]);
    const entries = await db().hoursEntry.findMany({
      where: { volunteerId: me.id },
      select: { note: true, status: true },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.note === null && e.status === "CONFIRMED")).toBe(true);
    expect((await getMyRecord(db(), me)).totalCenti).toBe(850);

    expect(await db().notification.count({ where: { userId: me.id } })).toBe(0);
    expect(await db().volunteerCertificate.count({ where: { userId: me.id } })).toBe(0);
    expect(
      await db().issuedDocument.findUniqueOrThrow({ where: { code: doc.code }, select: { payload: true } }),
    ).toEqual({ payload: {} });
    expect((await verifyDocument(db(), doc.code)).status).toBe("REVOKED");

    const log = await db().auditLog.findMany({
      where: { entityType: "User", entityId: me.id },
      select: { action: true, data: true },
    });
    expect(log.find((l) => l.action === "user.delete")?.data).toMatchObject({
      applications: 1,
      hoursEntries: 2,
      documentsRevoked: 1,
    });
    const logText = JSON.stringify(log);
    for (const personal of [me.email, "Дәурен", "Гүлнар", "+7 705"]) expect(logText).not.toContain(personal);
  });

  it("ends every session and the account can no longer sign in", async () => {
    const password = "steppe-wind-2026";
    const me = await richVolunteer(password);
    const { sessionVersion } = await db().user.findUniqueOrThrow({
      where: { id: me.id },
      select: { sessionVersion: true },
    });
    expect(await loadViewer(db(), me.id, sessionVersion)).not.toBeNull();
    expect(await checkCredentials(db(), { email: me.email, password }, "198.51.100.1")).toMatchObject({ ok: true });

    await deleteAccount(db(), me, confirm(me.email));

    expect(await loadViewer(db(), me.id, sessionVersion)).toBeNull();
    expect(await loadViewer(db(), me.id, sessionVersion + 1)).toBeNull();
    expect(await checkCredentials(db(), { email: me.email, password }, "198.51.100.1")).toEqual({
      ok: false,
      error: "INVALID",
    });
    expect(await checkCredentials(db(), { email: deletedEmail(me.id), password }, "198.51.100.1")).toEqual({
      ok: false,
      error: "INVALID",
    });
    // A second deletion from the old session is refused.
    expect(await errorCode(deleteAccount(db(), me, confirm(me.email)))).toBe("UNAUTHENTICATED");
  });

  it("disappears from the organizer's applications list and CSV while the counts stay", async () => {
    const { org, owner } = await organizer();
    const me = await richVolunteer();
    const other = await volunteer({ name: "Сәуле Оспанова" });
    const done = await project(org.id, { ...past, title: "Өткен акция" });
    await accepted(me.id, done.projectId, done.roleId);
    await accepted(other.id, done.projectId, done.roleId);
    await hours(me.id, done.projectId, "2025-10-01", "4.00");
    await hours(other.id, done.projectId, "2025-10-01", "4.00");
    // An upcoming project: the place my application held goes back to the role.
    const upcoming = await project(org.id, { title: "Алдағы акция", role: { mode: "FIRST_COME", capacity: 5 } });
    await apply(db(), me, applySchema.parse({ roleId: upcoming.roleId, motivation: "" }));
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: upcoming.roleId } })).acceptedCount).toBe(1);
    await notify(db(), {
      userId: owner.id,
      type: "APPLICATION_RECEIVED",
      data: {
        projectId: done.projectId,
        projectTitle: "Өткен акция",
        roleTitle: "Гид",
        volunteerName: "Дәурен Жақсылықов",
      },
    });

    await deleteAccount(db(), me, confirm(me.email));

    const list = await listOrganizerApplications(
      db(),
      owner,
      org.slug,
      organizerFilterSchema.parse({ project: done.projectId }),
    );
    expect(list?.items.map((i) => i.volunteerName)).toEqual(["Сәуле Оспанова"]);
    expect(list?.counts).toEqual({ ACCEPTED: 1 });
    const csv = await exportAcceptedCsv(db(), owner, done.projectId, HEADERS, (c) => c);
    expect(csv?.count).toBe(1);
    expect(csv?.csv).toContain("Сәуле Оспанова");
    expect(csv?.csv).not.toContain("Дәурен");
    expect(csv?.csv).not.toContain(me.email);
    expect(
      JSON.stringify(await db().notification.findMany({ where: { userId: owner.id }, select: { data: true } })),
    ).not.toContain("Дәурен");

    // The rows behind the statistics are all still there.
    expect(await db().application.count({ where: { projectId: done.projectId } })).toBe(2);
    expect(await db().hoursEntry.count({ where: { projectId: done.projectId, status: "CONFIRMED" } })).toBe(2);
    expect(
      await db().application.findFirstOrThrow({
        where: { roleId: upcoming.roleId, volunteerId: me.id },
        select: { status: true },
      }),
    ).toEqual({ status: "WITHDRAWN" });
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: upcoming.roleId } })).acceptedCount).toBe(0);
  });

  it("refuses while I own an organizer; a coordinator leaves the team list", async () => {
    const { org, owner, coordinator } = await organizer();
    expect(await errorCode(deleteAccount(db(), owner, confirm(owner.email)))).toBe("records.errors.SOLE_OWNER");
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.id }, select: { deletedAt: true } })).toEqual({
      deletedAt: null,
    });
    expect(await db().organizerMember.count({ where: { organizerId: org.id } })).toBe(2);

    await deleteAccount(db(), coordinator, confirm(coordinator.email));
    const team = await listMembers(db(), owner, org.slug);
    expect(team?.members.map((m) => m.user.name)).toEqual(["Owner"]);
  });

  it("leaves the regional staff list", async () => {
    const admin = await viewerOf(
      (await createUser(db(), { passwordHash: NO_PASSWORD, isAdmin: true, name: "Админ" })).id,
    );
    const staff = await viewerOf((await createUser(db(), { passwordHash: NO_PASSWORD, name: "Өңір Қызметкері" })).id);
    await db().staffAssignment.create({ data: { userId: staff.id, regionCode: "ASTANA" } });
    expect((await listStaff(db(), admin)).map((s) => s.user.name)).toEqual(["Өңір Қызметкері"]);
    await deleteAccount(db(), staff, confirm(staff.email));
    expect(await listStaff(db(), admin)).toEqual([]);
  });
});
