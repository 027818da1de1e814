import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { organizer, project, volunteer } from "./applications-fixtures";
import { utcToZoned, zonedToUtc } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";
import { checkInCode, newCheckInSecret, type Occurrence } from "../../src/modules/check-in/code";
import { advanceCheckIn, scanState } from "../../src/modules/check-in/scan";
import { confirmProposed } from "../../src/modules/check-in/confirm";
import { getCheckInBoard, getPosterOccurrence, listProposedHours } from "../../src/modules/check-in/queries";
import { markNoShows } from "../../src/modules/check-in/jobs";
import { attendanceHistory } from "../../src/modules/check-in/history";
import { markAttendance } from "../../src/modules/hours/attendance";
import { confirmForVolunteer } from "../../src/modules/hours/confirmation";
import { getMyRecord } from "../../src/modules/records/queries";

const HOUR = 3_600_000;
const MIN = 60_000;
const DAY = 24 * HOUR;
const kzDate = (offset: number) => utcToZoned(new Date(Date.now() + offset * DAY)).date;
const YESTERDAY = kzDate(-1);
/** Yesterday 10:00–14:00 in Kazakhstan. */
const SLOT_START = zonedToUtc(YESTERDAY, "10:00");
const SLOT_END = zonedToUtc(YESTERDAY, "14:00");
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const refused = (reason: string) => `checkIn.errors.${reason}`;

/** A project that started three days ago and runs three more, with one role. */
async function runningProject(organizerId: string) {
  return project(organizerId, { startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() + 3 * DAY) });
}

async function slot(p: { projectId: string; roleId: string }, startsAt = SLOT_START, endsAt = SLOT_END) {
  return db().roleSlot.create({
    data: {
      roleId: p.roleId,
      projectId: p.projectId,
      startsAt,
      endsAt,
      capacity: 10,
      checkInSecret: newCheckInSecret(),
    },
    select: { id: true, checkInSecret: true, startsAt: true, endsAt: true },
  });
}

async function accept(p: { projectId: string; roleId: string }, v: Viewer) {
  return (
    await db().application.create({
      data: { roleId: p.roleId, projectId: p.projectId, volunteerId: v.id, status: "ACCEPTED", decidedAt: new Date() },
      select: { id: true },
    })
  ).id;
}

async function signUp(applicationId: string, s: { id: string; startsAt: Date; endsAt: Date }, v: Viewer) {
  await db().slotSignup.create({
    data: {
      slotId: s.id,
      applicationId,
      volunteerId: v.id,
      status: "CONFIRMED",
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    },
  });
}

const slotCode = (s: { id: string; checkInSecret: string }) =>
  checkInCode(s.checkInSecret, { kind: "slot", slotId: s.id });

/** An accepted volunteer with a confirmed place in a slot of a running project. */
async function slotSetup() {
  const { org, owner, coordinator } = await organizer();
  const p = await runningProject(org.id);
  const s = await slot(p);
  const v = await volunteer({ name: "Айгерім" });
  const app = await accept(p, v);
  await signUp(app, s, v);
  return { org, owner, coordinator, p, s, v, app, code: slotCode(s) };
}

const checkIns = () => db().checkIn.findMany({ orderBy: { checkedInAt: "asc" } });

describe("scanning a slot's code", () => {
  it("checks in from an hour before the start, checks out on the second scan, and says done on the third", async () => {
    const { v, app, code, owner, p } = await slotSetup();
    const opens = at(SLOT_START, -HOUR);

    expect((await scanState(db(), v, code, opens)).next).toBe("IN");
    const inView = await advanceCheckIn(db(), v, { code, step: "IN" }, opens);
    expect(inView.next).toBe("OUT");
    expect(inView.checkedInAt).toEqual(opens);
    const application = await db().application.findUniqueOrThrow({ where: { id: app } });
    expect(application.attendance).toBe("ATTENDED");
    expect((await db().slotSignup.findFirstOrThrow({ where: { applicationId: app } })).attendance).toBe("ATTENDED");

    // A double tap on "check in" changes nothing.
    await advanceCheckIn(db(), v, { code, step: "IN" }, at(opens, MIN));
    expect(await checkIns()).toHaveLength(1);

    // 10:00 − 1 h to 13:07: 4 h 7 min → 4 hours (nearest quarter).
    const out = at(SLOT_END, -53 * MIN);
    const outView = await advanceCheckIn(db(), v, { code, step: "OUT" }, out);
    expect(outView).toMatchObject({ done: true, next: null, proposedHours: 4 });
    const [row] = await checkIns();
    expect(row!.checkedOutAt).toEqual(out);
    expect(row!.proposedHours?.toNumber()).toBe(4);

    // The third scan: done, nothing changes.
    const third = await scanState(db(), v, code, at(out, 5 * MIN));
    expect(third).toMatchObject({ done: true, next: null, refusal: null });
    await advanceCheckIn(db(), v, { code, step: "OUT" }, at(out, 6 * MIN));
    expect((await checkIns())[0]!.checkedOutAt).toEqual(out);

    // The organizer's team hears of it once, with a link to the project's hours page.
    const told = await db().notification.findMany({ where: { type: "HOURS_PROPOSED" } });
    expect(told.map((n) => n.userId).sort()).toContain(owner.id);
    expect(told[0]!.data).toMatchObject({ projectId: p.projectId, hours: 4, workedOn: YESTERDAY });
  });

  it("refuses a minute before the window opens and a millisecond after it closes, changing nothing", async () => {
    const { v, code } = await slotSetup();
    expect((await scanState(db(), v, code, at(SLOT_START, -HOUR - 1))).refusal).toBe("TOO_EARLY");
    expect(await errorCode(advanceCheckIn(db(), v, { code, step: "IN" }, at(SLOT_START, -HOUR - MIN)))).toBe(
      refused("TOO_EARLY"),
    );
    expect(await errorCode(advanceCheckIn(db(), v, { code, step: "IN" }, at(SLOT_END, HOUR + 1)))).toBe(
      refused("TOO_LATE"),
    );
    // The last moment still counts.
    await advanceCheckIn(db(), v, { code, step: "IN" }, at(SLOT_END, HOUR));
    expect(await checkIns()).toHaveLength(1);
  });

  it("refuses last week's code today, a tampered code, another slot's code and someone without a place", async () => {
    const { p, v, s } = await slotSetup();
    const lastWeek = await slot(p, at(SLOT_START, -7 * DAY), at(SLOT_END, -7 * DAY));
    const app2 = (await db().application.findFirstOrThrow({ where: { volunteerId: v.id } })).id;
    await signUp(app2, lastWeek, v);
    // A photo of last week's poster, scanned during today's slot.
    expect(await errorCode(advanceCheckIn(db(), v, { code: slotCode(lastWeek), step: "IN" }, SLOT_START))).toBe(
      refused("TOO_LATE"),
    );
    // Last week's code with this week's slot id, or a changed letter: not a code at all.
    const forged = `s-${s.id}-${slotCode(lastWeek).split("-").at(-1)}`;
    expect((await scanState(db(), v, forged, SLOT_START)).refusal).toBe("INVALID");
    const tampered = slotCode(s).replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    expect((await scanState(db(), v, tampered, SLOT_START)).refusal).toBe("INVALID");
    expect((await scanState(db(), v, "s-nope", SLOT_START)).refusal).toBe("INVALID");
    // Another volunteer, not signed up for the slot.
    const other = await volunteer({ name: "Бауыржан" });
    expect(await errorCode(advanceCheckIn(db(), other, { code: slotCode(s), step: "IN" }, SLOT_START))).toBe(
      refused("NOT_YOURS"),
    );
    expect(await checkIns()).toHaveLength(0);
  });

  it("proposes quarter hours within the 12-hour entry and the 16-hour day", async () => {
    const { owner, p, v, code } = await slotSetup();
    // 12 hours already confirmed elsewhere that day leave 4.
    const { org: other, owner: otherOwner } = await organizer();
    const elsewhere = await runningProject(other.id);
    const otherApp = await accept(elsewhere, v);
    await confirmForVolunteer(db(), otherOwner, { applicationId: otherApp, workedOn: YESTERDAY, hours: 12, note: "" });

    await advanceCheckIn(db(), v, { code, step: "IN" }, at(SLOT_START, -HOUR));
    const view = await advanceCheckIn(db(), v, { code, step: "OUT" }, at(SLOT_END, 52 * MIN));
    // 5 h 52 min would round to 6; the day has 4 left.
    expect(view.proposedHours).toBe(4);
    expect((await listProposedHours(db(), owner, p.projectId))!.map((r) => r.hours)).toEqual([4]);
  });

  it("adds a second slot of the same place that day to the first proposal: one entry per day", async () => {
    const { owner, p, v, app, code } = await slotSetup();
    const afternoon = await slot(p, zonedToUtc(YESTERDAY, "15:00"), zonedToUtc(YESTERDAY, "17:00"));
    await signUp(app, afternoon, v);
    await advanceCheckIn(db(), v, { code, step: "IN" }, SLOT_START);
    await advanceCheckIn(db(), v, { code, step: "OUT" }, at(SLOT_START, 2 * HOUR + 7 * MIN)); // 2
    const code2 = slotCode(afternoon);
    await advanceCheckIn(db(), v, { code: code2, step: "IN" }, afternoon.startsAt);
    await advanceCheckIn(db(), v, { code: code2, step: "OUT" }, at(afternoon.startsAt, 98 * MIN)); // 1.75
    const proposals = await listProposedHours(db(), owner, p.projectId);
    expect(proposals!.map((r) => r.hours)).toEqual([3.75]);
    const result = await confirmProposed(db(), owner, {
      projectId: p.projectId,
      checkInIds: proposals!.map((r) => r.id),
    });
    expect(result.confirmed).toHaveLength(1);
    const entries = await db().hoursEntry.findMany({ where: { applicationId: app } });
    expect(entries.map((e) => [e.hours.toNumber(), e.status])).toEqual([[3.75, "CONFIRMED"]]);
  });
});

describe("a project day's code (roles without slots)", () => {
  it("is created lazily, works on its day only, and a past day's code is refused today", async () => {
    const { org, owner } = await organizer();
    const p = await project(org.id, {
      startsAt: zonedToUtc(kzDate(-2), "09:00"),
      endsAt: zonedToUtc(kzDate(2), "18:00"),
    });
    const v = await volunteer();
    await accept(p, v);
    expect((await db().project.findUniqueOrThrow({ where: { id: p.projectId } })).checkInSecret).toBeNull();
    const board = await getCheckInBoard(db(), owner, p.projectId);
    const secret = (await db().project.findUniqueOrThrow({ where: { id: p.projectId } })).checkInSecret!;
    expect(secret).toBeTruthy();
    // The page never shows the secret, only codes derived from it.
    expect(JSON.stringify(board)).not.toContain(secret);
    const day = (date: string): Occurrence => ({ kind: "day", projectId: p.projectId, date });
    const today = kzDate(0);
    expect(board!.today.map((o) => o.code)).toEqual([checkInCode(secret, day(today))]);

    const nineToday = zonedToUtc(today, "09:00");
    const yesterdaysCode = checkInCode(secret, day(kzDate(-1)));
    expect(await errorCode(advanceCheckIn(db(), v, { code: yesterdaysCode, step: "IN" }, nineToday))).toBe(
      refused("TOO_LATE"),
    );
    // Today's window: 08:00 to 19:00.
    expect((await scanState(db(), v, checkInCode(secret, day(today)), at(nineToday, -HOUR - 1))).refusal).toBe(
      "TOO_EARLY",
    );
    const view = await advanceCheckIn(db(), v, { code: checkInCode(secret, day(today)), step: "IN" }, nineToday);
    expect(view.next).toBe("OUT");
    // Another organizer's member cannot read the board or a poster of this project.
    const { owner: stranger } = await organizer();
    expect(await getCheckInBoard(db(), stranger, p.projectId)).toBeNull();
    expect(await getPosterOccurrence(db(), stranger, p.projectId, `day:${today}`)).toBeNull();
    expect(await getPosterOccurrence(db(), owner, p.projectId, `day:${today}`)).not.toBeNull();
  });
});

describe("the organizer confirms proposed hours", () => {
  it("creates each entry once under a concurrent double submit, and the record counts them", async () => {
    const { owner, coordinator, p, s } = await slotSetup();
    const others = [await volunteer({ name: "Бауыржан" }), await volunteer({ name: "Дина" })];
    for (const o of others) await signUp(await accept(p, o), s, o);
    const all = [...(await db().application.findMany({ select: { volunteerId: true } }))];
    for (const { volunteerId } of all) {
      const v = await viewerOf(volunteerId);
      await advanceCheckIn(db(), v, { code: slotCode(s), step: "IN" }, SLOT_START);
      await advanceCheckIn(db(), v, { code: slotCode(s), step: "OUT" }, at(SLOT_START, 3 * HOUR));
    }
    const ids = (await listProposedHours(db(), owner, p.projectId))!.map((r) => r.id);
    expect(ids).toHaveLength(3);
    // Three check-outs, one notice per member of the team (owner and coordinator) that day.
    expect(
      (await db().notification.findMany({ where: { type: "HOURS_PROPOSED" }, select: { userId: true } }))
        .map((n) => n.userId)
        .sort(),
    ).toEqual([owner.id, coordinator.id].sort());

    const results = await Promise.allSettled([
      confirmProposed(db(), owner, { projectId: p.projectId, checkInIds: ids }),
      confirmProposed(db(), coordinator, { projectId: p.projectId, checkInIds: ids }),
    ]);
    const confirmed = results.flatMap((r) => (r.status === "fulfilled" ? r.value.confirmed : []));
    expect(confirmed.sort()).toEqual([...ids].sort());
    const entries = await db().hoursEntry.findMany();
    expect(entries).toHaveLength(3);
    expect(entries.every((e) => e.status === "CONFIRMED" && e.hours.toNumber() === 3)).toBe(true);
    expect((await checkIns()).every((c) => c.hoursEntryId !== null)).toBe(true);
    expect(await listProposedHours(db(), owner, p.projectId)).toEqual([]);
    // A third submit finds nothing waiting.
    expect(await errorCode(confirmProposed(db(), owner, { projectId: p.projectId, checkInIds: ids }))).toBe(
      refused("NOTHING_TO_CONFIRM"),
    );
    const v = await viewerOf(all[0]!.volunteerId);
    expect((await getMyRecord(db(), v)).totalCenti).toBe(300);
  });

  it("is refused for another organizer's project", async () => {
    const { p, v, code } = await slotSetup();
    await advanceCheckIn(db(), v, { code, step: "IN" }, SLOT_START);
    await advanceCheckIn(db(), v, { code, step: "OUT" }, at(SLOT_START, HOUR));
    const id = (await checkIns())[0]!.id;
    const { owner: stranger } = await organizer();
    expect(await listProposedHours(db(), stranger, p.projectId)).toBeNull();
    expect(await errorCode(confirmProposed(db(), stranger, { projectId: p.projectId, checkInIds: [id] }))).toBe(
      "NOT_FOUND",
    );
    expect(await db().hoursEntry.count()).toBe(0);
  });
});

describe("no-shows", () => {
  it("marks accepted volunteers who neither checked in nor were marked present, once, after the window", async () => {
    const { owner, p, s, v: came, code } = await slotSetup();
    const missed = await volunteer({ name: "Бауыржан" });
    const missedApp = await accept(p, missed);
    await signUp(missedApp, s, missed);
    const byHand = await volunteer({ name: "Дина" });
    const byHandApp = await accept(p, byHand);
    await signUp(byHandApp, s, byHand);
    await advanceCheckIn(db(), came, { code, step: "IN" }, SLOT_START);
    await markAttendance(db(), owner, { projectId: p.projectId, applicationIds: [byHandApp], attendance: "ATTENDED" });
    // An event without slots that ended two hours ago, and one still running.
    const { org } = await organizer();
    const ended = await project(org.id, {
      startsAt: new Date(Date.now() - 6 * HOUR),
      endsAt: new Date(Date.now() - 2 * HOUR),
    });
    const eventNoShow = await accept(ended, await volunteer({ name: "Ерлан" }));
    const running = await runningProject(org.id);
    const notYet = await accept(running, await volunteer({ name: "Жанар" }));

    // Before the slot's window closes nothing is marked.
    expect(await markNoShows(db(), at(SLOT_END, HOUR - MIN))).toMatchObject({ signups: 0, slotApplications: 0 });
    const first = await markNoShows(db());
    expect(first).toEqual({ signups: 1, slotApplications: 1, eventApplications: 1 });
    const attendance = async (id: string) =>
      (await db().application.findUniqueOrThrow({ where: { id }, select: { attendance: true } })).attendance;
    expect(await attendance(missedApp)).toBe("NO_SHOW");
    expect(await attendance(eventNoShow)).toBe("NO_SHOW");
    expect(await attendance(byHandApp)).toBe("ATTENDED");
    expect(await attendance(notYet)).toBeNull();
    const signups = await db().slotSignup.findMany({ select: { applicationId: true, attendance: true } });
    expect(Object.fromEntries(signups.map((x) => [x.applicationId, x.attendance]))).toMatchObject({
      [missedApp]: "NO_SHOW",
      [byHandApp]: null,
    });
    // Idempotent: a second run (another instance, a retry) changes nothing.
    expect(await markNoShows(db())).toEqual({ signups: 0, slotApplications: 0, eventApplications: 0 });
  });
});

describe("an applicant's history", () => {
  it("is shown to the organizer on its own projects only", async () => {
    const { org, owner, v, code } = await slotSetup();
    await advanceCheckIn(db(), v, { code, step: "IN" }, SLOT_START);
    const past = await project(org.id, {
      startsAt: new Date(Date.now() - 6 * HOUR),
      endsAt: new Date(Date.now() - 2 * HOUR),
    });
    await accept(past, v);
    // Another organizer's project the volunteer missed.
    const { org: otherOrg, owner: otherOwner } = await organizer();
    const theirs = await project(otherOrg.id, {
      startsAt: new Date(Date.now() - 6 * HOUR),
      endsAt: new Date(Date.now() - 2 * HOUR),
    });
    await accept(theirs, v);
    await markNoShows(db());

    const mine = await attendanceHistory(db(), owner, org.id, [v.id]);
    expect(mine.get(v.id)).toEqual({ attended: 1, noShows: 1 });
    const theirView = await attendanceHistory(db(), otherOwner, otherOrg.id, [v.id]);
    expect(theirView.get(v.id)).toEqual({ attended: 0, noShows: 1 });
    // Asking about the first organizer's projects as the other organizer: nothing.
    expect((await attendanceHistory(db(), otherOwner, org.id, [v.id])).size).toBe(0);
  });
});
