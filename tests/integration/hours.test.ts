import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { createUser } from "../../prisma/seed/factories";
import { utcToZoned } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";
import { markAttendance } from "../../src/modules/hours/attendance";
import { confirmBulk, confirmForVolunteer } from "../../src/modules/hours/confirmation";
import { correctEntry } from "../../src/modules/hours/corrections";
import { confirmEntry, disputeEntry, reportHours } from "../../src/modules/hours/self-reports";
import { getProjectHours, listMyHours } from "../../src/modules/hours/queries";
import { getMyRecord } from "../../src/modules/records/queries";

const DAY = 86_400_000;
/** The Kazakhstan calendar date `offset` days from now. */
const kzDate = (offset: number) => utcToZoned(new Date(Date.now() + offset * DAY)).date;
const YESTERDAY = kzDate(-1);
const refused = (reason: string) => `hours.errors.${reason}`;
/** The confirmed hours the volunteer's record shows. */
const recordHours = async (v: Viewer) => (await getMyRecord(db(), v)).totalCenti / 100;

/** A project that started three days ago and runs three more days, with one role. */
async function runningProject(organizerId: string, title = "Есіл жағалауын тазалау") {
  return project(organizerId, {
    title,
    startsAt: new Date(Date.now() - 3 * DAY),
    endsAt: new Date(Date.now() + 3 * DAY),
    primaryDirection: "ENVIRONMENTAL",
    secondaryDirection: "PUBLIC_SPACES",
  });
}

async function accept(p: { projectId: string; roleId: string }, v: Viewer) {
  const app = await db().application.create({
    data: { roleId: p.roleId, projectId: p.projectId, volunteerId: v.id, status: "ACCEPTED", decidedAt: new Date() },
    select: { id: true },
  });
  return app.id;
}

const bulk = (projectId: string, applicationIds: string[], hours: number, workedOn = YESTERDAY) => ({
  projectId,
  applicationIds,
  workedOn,
  hours,
  note: "",
});
const person = (applicationId: string, hours: number, workedOn = YESTERDAY, note = "") => ({
  applicationId,
  workedOn,
  hours,
  note,
});

/** Everything a refused call must leave as it was. */
async function snapshot() {
  const [entries, audit, notifications, applications] = await Promise.all([
    db().hoursEntry.findMany({ orderBy: { id: "asc" } }),
    db().auditLog.count(),
    db().notification.count(),
    db().application.findMany({ orderBy: { id: "asc" }, select: { id: true, attendance: true } }),
  ]);
  return JSON.stringify({ entries, audit, notifications, applications });
}

describe("the organizer confirms hours", () => {
  it("confirms one date and amount for a role in bulk, skipping the no-show, with totals, notifications and audit", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id);
    const [a, b, c] = [
      await volunteer({ name: "Айгерім" }),
      await volunteer({ name: "Бауыржан" }),
      await volunteer({ name: "Дина" }),
    ];
    const [appA, appB, appC] = [await accept(p, a), await accept(p, b), await accept(p, c)];

    const marked = await markAttendance(db(), owner, {
      projectId: p.projectId,
      applicationIds: [appC],
      attendance: "NO_SHOW",
    });
    expect(marked.changed).toEqual([appC]);

    const result = await confirmBulk(db(), owner, bulk(p.projectId, [appA, appB, appC], 4.5));
    expect(result.confirmed.sort()).toEqual([appA, appB].sort());
    expect(result.noShow).toEqual([appC]);

    const entries = await db().hoursEntry.findMany({ where: { projectId: p.projectId } });
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e).toMatchObject({
        status: "CONFIRMED",
        source: "ORGANIZER",
        confirmedById: owner.id,
        enteredById: owner.id,
      });
      expect(e.hours.toNumber()).toBe(4.5);
      expect(e.workedOn.toISOString().slice(0, 10)).toBe(YESTERDAY);
    }
    // Confirming hours says they came.
    const apps = await db().application.findMany({
      where: { projectId: p.projectId },
      select: { id: true, attendance: true },
    });
    expect(Object.fromEntries(apps.map((x) => [x.id, x.attendance]))).toEqual({
      [appA]: "ATTENDED",
      [appB]: "ATTENDED",
      [appC]: "NO_SHOW",
    });

    const page = (await getProjectHours(db(), owner, p.projectId, { page: 1 }))!;
    expect(page.roles[0]).toMatchObject({ accepted: 3, attended: 2, noShow: 1, confirmedHours: 9, pending: 0 });
    expect(page.totals.confirmedHours).toBe(9);
    expect(Object.fromEntries(page.rows.map((r) => [r.volunteerName, r.confirmedHours]))).toEqual({
      Айгерім: 4.5,
      Бауыржан: 4.5,
      Дина: 0,
    });

    for (const v of [a, b]) {
      const n = await db().notification.findFirstOrThrow({ where: { userId: v.id, type: "HOURS_CONFIRMED" } });
      expect(n.data).toMatchObject({ projectId: p.projectId, hours: 4.5, workedOn: YESTERDAY });
    }
    expect(await db().notification.count({ where: { userId: c.id, type: "HOURS_CONFIRMED" } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "hours.confirm", actorId: owner.id } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "application.attendance", actorId: owner.id } })).toBe(3);

    // The same day twice is refused per person, not doubled.
    const again = await confirmBulk(db(), owner, bulk(p.projectId, [appA, appB], 4.5));
    expect(again.confirmed).toEqual([]);
    expect(again.alreadyRecorded.sort()).toEqual([appA, appB].sort());
    expect(await db().hoursEntry.count()).toBe(2);
  });

  it("lets a coordinator confirm one volunteer and mark attendance once the activity has started", async () => {
    const { org, coordinator } = await organizer();
    const v = await volunteer();
    const running = await runningProject(org.id);
    const app = await accept(running, v);
    const { entryId } = await confirmForVolunteer(db(), coordinator, person(app, 7.75));
    expect((await db().hoursEntry.findUniqueOrThrow({ where: { id: entryId } })).confirmedById).toBe(coordinator.id);

    const future = await project(org.id);
    const futureApp = await accept(future, v);
    expect(
      await errorCode(
        markAttendance(db(), coordinator, {
          projectId: future.projectId,
          applicationIds: [futureApp],
          attendance: "ATTENDED",
        }),
      ),
    ).toBe(refused("NOT_STARTED"));
    expect(await errorCode(reportHours(db(), v, person(futureApp, 2)))).toBe(refused("NOT_STARTED"));
  });
});

describe("a volunteer's report", () => {
  it("goes pending → confirmed, and only then counts", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id, "Қарттарға көмек");
    const v = await volunteer();
    const app = await accept(p, v);

    const { entryId } = await reportHours(db(), v, person(app, 3.5, YESTERDAY, "Разносил продукты"));
    expect(await db().hoursEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({
      status: "PENDING",
      source: "SELF_REPORTED",
      enteredById: v.id,
      confirmedById: null,
      note: "Разносил продукты",
    });
    const mine = await listMyHours(db(), v);
    expect(mine.items[0]!.entries[0]).toMatchObject({ id: entryId, status: "PENDING", hours: 3.5 });
    expect(mine.confirmedHours).toBe(0);
    expect((await getMyRecord(db(), v)).items).toEqual([]);
    expect((await getProjectHours(db(), owner, p.projectId, { page: 1 }))!.roles[0]!.pending).toBe(1);

    await confirmEntry(db(), owner, { entryId });
    const confirmed = await db().hoursEntry.findUniqueOrThrow({ where: { id: entryId } });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", confirmedById: owner.id });
    expect(confirmed.confirmedAt).toBeInstanceOf(Date);
    expect((await db().application.findUniqueOrThrow({ where: { id: app } })).attendance).toBe("ATTENDED");

    const record = await getMyRecord(db(), v);
    expect(record.totalCenti).toBe(350);
    expect(record.items).toHaveLength(1);
    expect(record.items[0]).toMatchObject({
      projectId: p.projectId,
      title: "Қарттарға көмек",
      organizer: { name: expect.any(String) },
      roles: ["Волонтер на уборке"],
      directions: ["ENVIRONMENTAL", "PUBLIC_SPACES"],
      centi: 350,
      firstWorkedOn: YESTERDAY,
      lastWorkedOn: YESTERDAY,
    });
    expect(record.items[0]!.sdgs.length).toBeGreaterThan(0);
    expect((await listMyHours(db(), v)).confirmedHours).toBe(3.5);
    expect(await db().notification.count({ where: { userId: v.id, type: "HOURS_CONFIRMED" } })).toBe(1);
    expect(
      await db().auditLog.findMany({
        where: { entityId: entryId },
        orderBy: { id: "asc" },
        select: { action: true, actorId: true },
      }),
    ).toEqual([
      { action: "hours.report", actorId: v.id },
      { action: "hours.confirm", actorId: owner.id },
    ]);
    // Confirmed is final: it can be corrected, not confirmed or disputed again.
    expect(await errorCode(confirmEntry(db(), owner, { entryId }))).toBe(refused("NOT_PENDING"));
    expect(await errorCode(disputeEntry(db(), owner, { entryId, comment: "Ошибка" }))).toBe(refused("NOT_PENDING"));
  });

  it("can be disputed only with a comment, which the volunteer sees; a disputed report never counts", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id);
    const v = await volunteer();
    const app = await accept(p, v);
    const { entryId } = await reportHours(db(), v, person(app, 8));

    const before = await snapshot();
    expect(await errorCode(disputeEntry(db(), owner, { entryId, comment: "  " }))).toBe("hours.validation.explain");
    expect(await snapshot()).toBe(before);

    await disputeEntry(db(), owner, { entryId, comment: "Смена длилась 4 часа, а не 8" });
    expect(await db().hoursEntry.findUniqueOrThrow({ where: { id: entryId } })).toMatchObject({
      status: "DISPUTED",
      disputeComment: "Смена длилась 4 часа, а не 8",
      confirmedAt: null,
    });
    const n = await db().notification.findFirstOrThrow({ where: { userId: v.id, type: "HOURS_DISPUTED" } });
    expect(n.data).toMatchObject({ comment: "Смена длилась 4 часа, а не 8", hours: 8 });
    expect((await listMyHours(db(), v)).items[0]!.entries[0]).toMatchObject({
      status: "DISPUTED",
      disputeComment: "Смена длилась 4 часа, а не 8",
    });
    expect(await recordHours(v)).toBe(0);
    expect(
      await db().auditLog.count({ where: { action: "hours.dispute", entityId: entryId, actorId: owner.id } }),
    ).toBe(1);
    expect(await errorCode(confirmEntry(db(), owner, { entryId }))).toBe(refused("NOT_PENDING"));

    // A disputed report no longer holds the day: the volunteer may report it again.
    const again = await reportHours(db(), v, person(app, 4));
    expect((await db().hoursEntry.findUniqueOrThrow({ where: { id: again.entryId } })).status).toBe("PENDING");
  });

  it("is refused on someone else's application, twice for one day, and for a no-show", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id);
    const v = await volunteer();
    const other = await volunteer({ name: "Другой" });
    const app = await accept(p, v);
    await accept(p, other);
    expect(await errorCode(reportHours(db(), other, person(app, 2)))).toBe("NOT_FOUND");
    await reportHours(db(), v, person(app, 2));
    expect(await errorCode(reportHours(db(), v, person(app, 2)))).toBe(refused("ALREADY_RECORDED"));
    await markAttendance(db(), owner, { projectId: p.projectId, applicationIds: [app], attendance: "NO_SHOW" });
    expect(await errorCode(reportHours(db(), v, person(app, 2, kzDate(-2))))).toBe(refused("NO_SHOW"));
    expect(await db().hoursEntry.count()).toBe(1);
  });
});

describe("a correction", () => {
  it("is a new, visible confirmed entry; the old one becomes SUPERSEDED and is otherwise untouched", async () => {
    const { org, owner, coordinator } = await organizer();
    const p = await runningProject(org.id);
    const v = await volunteer();
    const app = await accept(p, v);
    const { entryId: oldId } = await confirmForVolunteer(db(), owner, person(app, 6));
    const old = await db().hoursEntry.findUniqueOrThrow({ where: { id: oldId } });

    const before = await snapshot();
    expect(
      await errorCode(correctEntry(db(), coordinator, { entryId: oldId, workedOn: YESTERDAY, hours: 5, reason: "" })),
    ).toBe("hours.validation.explain");
    expect(
      await errorCode(
        correctEntry(db(), coordinator, { entryId: oldId, workedOn: YESTERDAY, hours: 6, reason: "Без изменений" }),
      ),
    ).toBe(refused("NO_CHANGE"));
    expect(await snapshot()).toBe(before);

    const { entryId: newId } = await correctEntry(db(), coordinator, {
      entryId: oldId,
      workedOn: YESTERDAY,
      hours: 5,
      reason: "Ушел на час раньше",
    });
    const after = await db().hoursEntry.findUniqueOrThrow({ where: { id: oldId } });
    expect(after.status).toBe("SUPERSEDED");
    // Nothing else of the old entry changed: amount, date, who confirmed it and when.
    expect({ ...after, status: old.status }).toEqual(old);
    expect(await db().hoursEntry.findUniqueOrThrow({ where: { id: newId } })).toMatchObject({
      status: "CONFIRMED",
      supersedesId: oldId,
      note: "Ушел на час раньше",
      confirmedById: coordinator.id,
      applicationId: app,
      volunteerId: v.id,
    });

    // Both stay in the history, and only the correction counts.
    const mine = (await listMyHours(db(), v)).items[0]!;
    expect(mine.entries.map((e) => [e.id, e.status, e.hours])).toEqual(
      expect.arrayContaining([
        [oldId, "SUPERSEDED", 6],
        [newId, "CONFIRMED", 5],
      ]),
    );
    expect(mine.entries.find((e) => e.id === oldId)!.supersededById).toBe(newId);
    expect(mine.confirmedHours).toBe(5);
    expect(await recordHours(v)).toBe(5);
    expect((await getProjectHours(db(), owner, p.projectId, { page: 1 }))!.roles[0]!.confirmedHours).toBe(5);

    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "hours.correct", entityId: newId } });
    expect(entry.actorId).toBe(coordinator.id);
    expect(entry.data).toMatchObject({
      supersedes: oldId,
      from: { hours: 6 },
      to: { hours: 5 },
      reason: "Ушел на час раньше",
    });
    expect(await db().notification.count({ where: { userId: v.id, type: "HOURS_CONFIRMED" } })).toBe(2);

    // A superseded entry cannot be corrected again; the correction can.
    expect(
      await errorCode(correctEntry(db(), owner, { entryId: oldId, workedOn: YESTERDAY, hours: 4, reason: "Еще раз" })),
    ).toBe(refused("NOT_CONFIRMED"));
    await correctEntry(db(), owner, { entryId: newId, workedOn: YESTERDAY, hours: 5.5, reason: "Уточнили по журналу" });
    expect(await recordHours(v)).toBe(5.5);
  });
});

describe("the bounds, on the server", () => {
  it("refuses 13 hours, a 17-hour day across two projects, a future date and a date outside the project, changing nothing", async () => {
    const { org, owner } = await organizer();
    const other = await organizer();
    const p1 = await runningProject(org.id);
    const p2 = await runningProject(other.org.id, "Второй проект");
    const v = await volunteer();
    const app1 = await accept(p1, v);
    const app2 = await accept(p2, v);
    await confirmForVolunteer(db(), owner, person(app1, 10));

    const before = await snapshot();
    expect(await errorCode(confirmForVolunteer(db(), owner, person(app1, 13, kzDate(-2))))).toBe(
      refused("HOURS_OVER_ENTRY_LIMIT"),
    );
    expect(await errorCode(confirmBulk(db(), owner, bulk(p1.projectId, [app1], 13, kzDate(-2))))).toBe(
      refused("HOURS_OVER_ENTRY_LIMIT"),
    );
    expect(await errorCode(confirmForVolunteer(db(), other.owner, person(app2, 7)))).toBe(refused("DAY_LIMIT"));
    expect(await errorCode(reportHours(db(), v, person(app2, 7)))).toBe(refused("DAY_LIMIT"));
    expect((await confirmBulk(db(), other.owner, bulk(p2.projectId, [app2], 7))).dayLimit).toEqual([app2]);
    expect(await errorCode(confirmForVolunteer(db(), owner, person(app1, 2, kzDate(1))))).toBe(
      refused("DATE_IN_FUTURE"),
    );
    expect(await errorCode(reportHours(db(), v, person(app1, 2, kzDate(1))))).toBe(refused("DATE_IN_FUTURE"));
    expect(await errorCode(confirmForVolunteer(db(), owner, person(app1, 2, kzDate(-6))))).toBe(
      refused("DATE_OUTSIDE_PROJECT"),
    );
    expect(await errorCode(reportHours(db(), v, person(app1, 2, kzDate(-6))))).toBe(refused("DATE_OUTSIDE_PROJECT"));
    expect(await snapshot()).toBe(before);

    // Six more hours fit the day exactly.
    await confirmForVolunteer(db(), other.owner, person(app2, 6));
    expect(await recordHours(v)).toBe(16);
  });

  it("holds the day limit when two organizers confirm the same person at the same moment", async () => {
    const a = await organizer();
    const b = await organizer();
    const p1 = await runningProject(a.org.id);
    const p2 = await runningProject(b.org.id);
    const v = await volunteer();
    const [app1, app2] = [await accept(p1, v), await accept(p2, v)];
    const results = await Promise.allSettled([
      confirmForVolunteer(db(), a.owner, person(app1, 10)),
      confirmForVolunteer(db(), b.owner, person(app2, 10)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failure.reason as { code: string }).code).toBe(refused("DAY_LIMIT"));
    expect(await recordHours(v)).toBe(10);
  });
});

describe("who may confirm", () => {
  it("refuses a coordinator of another organizer, a volunteer of another application and regional staff, changing nothing", async () => {
    const { org, owner } = await organizer();
    const stranger = await organizer();
    const p = await runningProject(org.id);
    const v = await volunteer();
    const otherVolunteer = await volunteer({ name: "Чужой" });
    const app = await accept(p, v);
    await accept(p, otherVolunteer);
    const { entryId: pendingId } = await reportHours(db(), v, person(app, 3, kzDate(-2)));
    const { entryId: confirmedId } = await confirmForVolunteer(db(), owner, person(app, 4));
    const staffUser = await createUser(db(), { passwordHash: NO_PASSWORD, name: "Ерлан" });
    await db().staffAssignment.create({ data: { userId: staffUser.id, regionCode: "ASTANA" } });
    const staff = await viewerOf(staffUser.id);

    const before = await snapshot();
    for (const intruder of [stranger.coordinator, otherVolunteer, staff]) {
      expect(await getProjectHours(db(), intruder, p.projectId, { page: 1 })).toBeNull();
      expect(await errorCode(confirmBulk(db(), intruder, bulk(p.projectId, [app], 2, kzDate(-3))))).toBe("NOT_FOUND");
      expect(await errorCode(confirmForVolunteer(db(), intruder, person(app, 2, kzDate(-3))))).toBe("NOT_FOUND");
      expect(await errorCode(confirmEntry(db(), intruder, { entryId: pendingId }))).toBe("NOT_FOUND");
      expect(await errorCode(disputeEntry(db(), intruder, { entryId: pendingId, comment: "Не подтверждаю" }))).toBe(
        "NOT_FOUND",
      );
      expect(
        await errorCode(
          correctEntry(db(), intruder, { entryId: confirmedId, workedOn: YESTERDAY, hours: 1, reason: "Подмена" }),
        ),
      ).toBe("NOT_FOUND");
      expect(
        await errorCode(
          markAttendance(db(), intruder, { projectId: p.projectId, applicationIds: [app], attendance: "NO_SHOW" }),
        ),
      ).toBe("NOT_FOUND");
    }
    // A volunteer cannot confirm their own report either.
    expect(await errorCode(confirmEntry(db(), v, { entryId: pendingId }))).toBe("NOT_FOUND");
    expect(await snapshot()).toBe(before);
  });
});

describe("attendance", () => {
  it("gives a no-show no hours, and keeps a volunteer with confirmed hours from becoming a no-show", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id);
    const [v1, v2] = [await volunteer(), await volunteer({ name: "Второй" })];
    const [app1, app2] = [await accept(p, v1), await accept(p, v2)];
    const { entryId: pendingId } = await reportHours(db(), v1, person(app1, 3));

    await markAttendance(db(), owner, { projectId: p.projectId, applicationIds: [app1], attendance: "NO_SHOW" });
    const before = await snapshot();
    expect(await errorCode(confirmForVolunteer(db(), owner, person(app1, 3, kzDate(-2))))).toBe(refused("NO_SHOW"));
    expect(await errorCode(confirmEntry(db(), owner, { entryId: pendingId }))).toBe(refused("NO_SHOW"));
    expect((await confirmBulk(db(), owner, bulk(p.projectId, [app1], 3, kzDate(-2)))).noShow).toEqual([app1]);
    expect(await snapshot()).toBe(before);

    await confirmForVolunteer(db(), owner, person(app2, 5));
    const r = await markAttendance(db(), owner, {
      projectId: p.projectId,
      applicationIds: [app1, app2],
      attendance: "NO_SHOW",
    });
    expect(r).toMatchObject({ changed: [], unchanged: [app1], hasHours: [app2] });
    expect((await db().application.findUniqueOrThrow({ where: { id: app2 } })).attendance).toBe("ATTENDED");

    // A no-show marked by mistake can be marked attended and then get hours.
    await markAttendance(db(), owner, { projectId: p.projectId, applicationIds: [app1], attendance: "ATTENDED" });
    await confirmEntry(db(), owner, { entryId: pendingId });
    const audits = await db().auditLog.findMany({
      where: { action: "application.attendance", entityId: app1 },
      orderBy: { id: "asc" },
      select: { actorId: true, data: true, createdAt: true },
    });
    expect(audits.map((x) => (x.data as { to: string }).to)).toEqual(["NO_SHOW", "ATTENDED"]);
    expect(audits.every((x) => x.actorId === owner.id && x.createdAt instanceof Date)).toBe(true);
  });

  it("leaves deleted volunteers out of the list, the totals and the confirmations", async () => {
    const { org, owner } = await organizer();
    const p = await runningProject(org.id);
    const [kept, gone] = [await volunteer({ name: "Остался" }), await volunteer({ name: "Удален" })];
    const [keptApp, goneApp] = [await accept(p, kept), await accept(p, gone)];
    await db().user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });

    const page = (await getProjectHours(db(), owner, p.projectId, { page: 1 }))!;
    expect(page.rows.map((r) => r.volunteerName)).toEqual(["Остался"]);
    expect(page.roles[0]!.accepted).toBe(1);
    const result = await confirmBulk(db(), owner, bulk(p.projectId, [keptApp, goneApp], 2));
    expect(result).toMatchObject({ confirmed: [keptApp], skipped: [goneApp] });
    expect(await errorCode(confirmForVolunteer(db(), owner, person(goneApp, 2)))).toBe("NOT_FOUND");
    expect(await db().hoursEntry.count({ where: { volunteerId: gone.id } })).toBe(0);
  });
});
