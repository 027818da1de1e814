import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { applyInput, bornYearsAgo, NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { createUser } from "../../prisma/seed/factories";
import { apply, decide, withdraw } from "../../src/modules/applications/mutations";
import {
  applyStateForRoles,
  exportAcceptedCsv,
  listMyApplications,
  listOrganizerApplications,
} from "../../src/modules/applications/queries";
import { organizerFilterSchema } from "../../src/modules/applications/schema";

const DAY = 86_400_000;
const refused = (reason: string) => `applications.errors.${reason}`;
const HEADERS = {
  role: "Роль",
  name: "ФИО",
  email: "Email",
  phone: "Телефон",
  age: "Возраст",
  region: "Регион",
  acceptedAt: "Принят",
};
const filter = (f: Record<string, string> = {}) => organizerFilterSchema.parse(f);

describe("eligibility, checked on the server", () => {
  it("refuses each ineligible application with its reason", async () => {
    const { org } = await organizer();
    const adult = await volunteer();
    const plain = await viewerOf((await createUser(db(), { passwordHash: NO_PASSWORD })).id);
    const open = await project(org.id);
    expect(await errorCode(apply(db(), plain, applyInput(open.roleId)))).toBe(refused("NOT_VOLUNTEER"));

    const draft = await project(org.id, { status: "DRAFT" });
    expect(await errorCode(apply(db(), adult, applyInput(draft.roleId)))).toBe(refused("PROJECT_NOT_OPEN"));
    const ended = await project(org.id, {
      startsAt: new Date(Date.now() - 3 * DAY),
      endsAt: new Date(Date.now() - DAY),
    });
    expect(await errorCode(apply(db(), adult, applyInput(ended.roleId)))).toBe(refused("PROJECT_ENDED"));

    const eighteenPlus = await project(org.id, { role: { minAge: 18 } });
    const sixteen = await volunteer({ age: 16, guardian: true });
    expect(await errorCode(apply(db(), sixteen, applyInput(eighteenPlus.roleId)))).toBe(refused("TOO_YOUNG"));

    // Minors without a guardian's recorded consent may not apply, even where their age fits.
    const noConsent = await volunteer({ age: 16, guardian: false });
    expect(await errorCode(apply(db(), noConsent, applyInput(open.roleId)))).toBe(refused("NO_GUARDIAN_CONSENT"));
    expect((await apply(db(), sixteen, applyInput(open.roleId))).status).toBe("SUBMITTED");

    await apply(db(), adult, applyInput(open.roleId));
    expect(await errorCode(apply(db(), adult, applyInput(open.roleId)))).toBe(refused("ALREADY_APPLIED"));
    expect(await db().application.count({ where: { roleId: open.roleId, volunteerId: adult.id } })).toBe(1);
  });

  it("always refuses minors on emergency, search-and-rescue, prisoner and hazardous work, whatever the role's minimum age", async () => {
    const { org } = await organizer();
    const minor = await volunteer({ age: 16, guardian: true });
    const adult = await volunteer({ age: 18 });
    const closed = [
      await project(org.id, { primaryDirection: "EMERGENCY", role: { minAge: 14 } }),
      await project(org.id, { primaryDirection: "SEARCH_RESCUE", role: { minAge: 14 } }),
      await project(org.id, { primaryDirection: "EDUCATIONAL", secondaryDirection: "EMERGENCY", role: { minAge: 14 } }),
      await project(org.id, { primaryDirection: "SOCIAL", socialSubtype: "PRISONERS", role: { minAge: 14 } }),
      await project(org.id, { primaryDirection: "ENVIRONMENTAL", hazardous: true, role: { minAge: 14 } }),
    ];
    for (const p of closed) {
      expect(await errorCode(apply(db(), minor, applyInput(p.roleId)))).toBe(refused("MINOR_FORBIDDEN"));
      expect((await apply(db(), adult, applyInput(p.roleId))).status).toBe("SUBMITTED");
    }
    expect(await db().application.count({ where: { volunteerId: minor.id } })).toBe(0);
  });

  it("requires the role's training, unexpired", async () => {
    const { org } = await organizer();
    const v = await volunteer();
    const { roleId, projectId } = await project(org.id, { requiredTraining: "FIRST_AID" });
    expect(await errorCode(apply(db(), v, applyInput(roleId)))).toBe(refused("TRAINING_REQUIRED"));
    const training = await db().training.findUniqueOrThrow({ where: { code: "FIRST_AID" } });
    await db().volunteerCertificate.create({
      data: {
        userId: v.id,
        trainingId: training.id,
        issuedOn: new Date("2020-01-01"),
        expiresOn: new Date("2022-01-01"),
      },
    });
    expect(await errorCode(apply(db(), v, applyInput(roleId)))).toBe(refused("TRAINING_EXPIRED"));
    expect((await applyStateForRoles(db(), v, projectId))[roleId]?.refusal).toBe("TRAINING_EXPIRED");
    await db().volunteerCertificate.updateMany({
      where: { userId: v.id },
      data: { expiresOn: new Date(Date.now() + 365 * DAY) },
    });
    expect((await applyStateForRoles(db(), v, projectId))[roleId]?.refusal).toBeNull();
    expect((await apply(db(), v, applyInput(roleId))).status).toBe("SUBMITTED");
    expect((await applyStateForRoles(db(), v, projectId))[roleId]).toMatchObject({
      refusal: "ALREADY_APPLIED",
      application: { status: "SUBMITTED" },
    });
  });

  it("tells the organizer's members of a new application", async () => {
    const { org, owner, coordinator } = await organizer();
    const { roleId } = await project(org.id);
    const v = await volunteer({ name: "Данияр Әлиев" });
    await apply(db(), v, applyInput(roleId));
    for (const member of [owner, coordinator]) {
      const n = await db().notification.findFirstOrThrow({
        where: { userId: member.id, type: "APPLICATION_RECEIVED" },
      });
      expect(n.data).toMatchObject({ roleTitle: "Волонтер на уборке", volunteerName: "Данияр Әлиев" });
    }
  });
});

describe("deciding", () => {
  it("accepts, rejects and waitlists in bulk with history and notifications; rejecting an accepted one frees its place", async () => {
    const { org, coordinator } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 2 } });
    const vs = [await volunteer(), await volunteer(), await volunteer()];
    const ids: string[] = [];
    for (const v of vs) ids.push((await apply(db(), v, applyInput(roleId))).id);

    const r = await decide(db(), coordinator, { applicationIds: ids, decision: "ACCEPT", note: "Ждем вас в 9:00" });
    expect(r.changed).toEqual(ids.slice(0, 2));
    expect(r.full).toEqual([ids[2]]);
    const event = await db().applicationEvent.findFirstOrThrow({
      where: { applicationId: ids[0], toStatus: "ACCEPTED" },
    });
    expect(event).toMatchObject({ fromStatus: "SUBMITTED", actorId: coordinator.id, note: "Ждем вас в 9:00" });
    expect(await db().notification.count({ where: { userId: vs[0]!.id, type: "APPLICATION_ACCEPTED" } })).toBe(1);

    await decide(db(), coordinator, { applicationIds: [ids[0]!], decision: "REJECT" });
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(1);
    expect(await db().notification.count({ where: { userId: vs[0]!.id, type: "APPLICATION_REJECTED" } })).toBe(1);
    // Review mode: the freed place waits for the organizer, nobody is promoted.
    expect((await db().application.findUniqueOrThrow({ where: { id: ids[2] } })).status).toBe("SUBMITTED");
    const w = await decide(db(), coordinator, { applicationIds: [ids[1]!, ids[2]!], decision: "WAITLIST" });
    expect(w.changed).toEqual([ids[1], ids[2]]);
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(0);
    expect(await db().notification.count({ where: { userId: vs[2]!.id, type: "APPLICATION_WAITLISTED" } })).toBe(1);
    expect(await db().auditLog.count({ where: { entityId: roleId, actorId: coordinator.id } })).toBe(3);
  });

  it("in first-come mode, waitlisting an accepted volunteer promotes the first in line", async () => {
    const { org, owner } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 1, mode: "FIRST_COME" } });
    const a = await apply(db(), await volunteer(), applyInput(roleId));
    const b = await apply(db(), await volunteer(), applyInput(roleId));
    const r = await decide(db(), owner, { applicationIds: [a.id], decision: "WAITLIST" });
    expect(r).toMatchObject({ changed: [a.id], promoted: [b.id] });
    expect((await db().application.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("ACCEPTED");
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(1);
  });

  it("only the volunteer withdraws their application", async () => {
    const { org, owner } = await organizer();
    const { roleId } = await project(org.id);
    const v = await volunteer();
    const other = await volunteer();
    const { id } = await apply(db(), v, applyInput(roleId));
    expect(await errorCode(withdraw(db(), other, id))).toBe("NOT_FOUND");
    expect(await errorCode(withdraw(db(), owner, id))).toBe("NOT_FOUND");
    await withdraw(db(), v, id);
    expect(await errorCode(withdraw(db(), v, id))).toBe(refused("NOT_WITHDRAWABLE"));
    const mine = await listMyApplications(db(), v);
    expect(mine.total).toBe(1);
    expect(mine.items[0]?.status).toBe("WITHDRAWN");
    expect(mine.items[0]?.events.map((e) => [e.toStatus, e.by])).toEqual([
      ["SUBMITTED", "YOU"],
      ["WITHDRAWN", "YOU"],
    ]);
    expect((await listMyApplications(db(), other)).total).toBe(0);
  });
});

describe("organizer access", () => {
  it("a coordinator of organizer A neither sees, decides nor exports organizer B's applications", async () => {
    const a = await organizer();
    const b = await organizer();
    const { roleId, projectId } = await project(b.org.id);
    const v = await volunteer();
    const { id } = await apply(db(), v, applyInput(roleId));

    expect(await listOrganizerApplications(db(), a.coordinator, b.org.slug, filter())).toBeNull();
    const own = await listOrganizerApplications(db(), a.coordinator, a.org.slug, filter({ project: projectId }));
    expect(own?.project).toBeNull();
    expect(own?.items).toEqual([]);
    expect(await errorCode(decide(db(), a.coordinator, { applicationIds: [id], decision: "ACCEPT" }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(decide(db(), v, { applicationIds: [id], decision: "ACCEPT" }))).toBe("NOT_FOUND");
    expect(await exportAcceptedCsv(db(), a.coordinator, projectId, HEADERS, (c) => c)).toBeNull();
    expect((await db().application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    const theirs = await listOrganizerApplications(db(), b.coordinator, b.org.slug, filter({ status: "SUBMITTED" }));
    expect(theirs?.items.map((i) => i.id)).toEqual([id]);
    expect(theirs?.counts).toEqual({ SUBMITTED: 1 });
    const admin = await viewerOf((await createUser(db(), { isAdmin: true, passwordHash: NO_PASSWORD })).id);
    expect((await decide(db(), admin, { applicationIds: [id], decision: "ACCEPT" })).changed).toEqual([id]);
  });

  it("filters by role and status", async () => {
    const { org, owner } = await organizer();
    const { roleId, projectId } = await project(org.id, { role: { capacity: 5 } });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await apply(db(), await volunteer(), applyInput(roleId))).id);
    await decide(db(), owner, { applicationIds: [ids[1]!], decision: "ACCEPT" });
    const accepted = await listOrganizerApplications(
      db(),
      owner,
      org.slug,
      filter({ project: projectId, role: roleId, status: "ACCEPTED" }),
    );
    expect(accepted?.items.map((i) => i.id)).toEqual([ids[1]]);
    expect(accepted?.counts).toEqual({ ACCEPTED: 1, SUBMITTED: 2 });
    expect(accepted?.total).toBe(1);
  });
});

describe("CSV export of accepted volunteers", () => {
  it("lists accepted volunteers only, escaped, with a BOM and no formulas", async () => {
    const { org, owner } = await organizer();
    const { roleId, projectId } = await project(org.id, { role: { capacity: 5, title: 'Регистрация, "вход"' } });
    const evil = await volunteer({ name: '=HYPERLINK("http://x")' });
    await db().volunteerProfile.update({
      where: { userId: evil.id },
      data: { phone: "+7 701 123 45 67", birthDate: bornYearsAgo(30) },
    });
    const kazakh = await volunteer({ name: "Әсем Құрманғали" });
    const waiting = await volunteer({ name: "Не принят" });
    const ids = [(await apply(db(), evil, applyInput(roleId))).id, (await apply(db(), kazakh, applyInput(roleId))).id];
    await apply(db(), waiting, applyInput(roleId));
    await decide(db(), owner, { applicationIds: ids, decision: "ACCEPT" });

    const out = await exportAcceptedCsv(db(), owner, projectId, HEADERS, (code) =>
      code === "ASTANA" ? "Астана" : code,
    );
    expect(out?.count).toBe(2);
    const csv = out!.csv;
    expect(csv.startsWith("\uFEFFРоль,ФИО,Email,Телефон,Возраст,Регион,Принят\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^"Регистрация, ""вход""","'=HYPERLINK\(""http:\/\/x""\)",user-[0-9a-f]+@test\.asar,'\+7 701 123 45 67,30,Астана,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(lines[2]).toContain(",Әсем Құрманғали,");
    expect(csv).not.toContain("Не принят");
  });
});
