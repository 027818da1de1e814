import { afterEach, describe, expect, it } from "vitest";
import { db, errorCode } from "./helpers";
import { organizer, volunteer } from "./applications-fixtures";
import { applyWith, inDays, many, signupOf, slotted } from "./shifts-fixtures";
import { decide, withdraw } from "../../src/modules/applications/mutations";
import { cancelProject } from "../../src/modules/projects/mutations";
import { invariantViolations } from "../../src/modules/applications/invariants";
import {
  addSlot,
  addSlotsFromPattern,
  askToCover,
  cancelSlotSignup,
  changeSlots,
  deleteSlot,
} from "../../src/modules/shifts/mutations";
import { createFeed, feedCalendar, revokeFeed, slotCalendar } from "../../src/modules/shifts/feed";
import { myCalendar, roleSlotsForOrganizer } from "../../src/modules/shifts/queries";
import { addSlotSchema, patternFormSchema } from "../../src/modules/shifts/schema";
import { addDays, utcToZoned } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";

// Slots hold places like roles do (decision 0032): after every test the one SQL check of the
// invariants (roles and slots) must come back empty.
afterEach(async () => {
  expect(await invariantViolations(db())).toEqual([]);
});

describe("places per slot under concurrency", () => {
  it("200 volunteers pick the same 5-place slot at once: exactly 5 hold it, 195 wait in line", async () => {
    const s = await slotted({ capacity: 5 });
    const volunteers = await many(200);
    const results = await Promise.allSettled(volunteers.map((v) => applyWith(v, s.roleId, [s.slotIds[0]!])));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const counts = await db().slotSignup.groupBy({ by: ["status"], _count: true, where: { slotId: s.slotIds[0] } });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count]))).toEqual({ CONFIRMED: 5, WAITLISTED: 195 });
    const slot = await db().roleSlot.findUniqueOrThrow({ where: { id: s.slotIds[0] } });
    expect(slot.acceptedCount).toBe(5);
  }, 120_000);

  it("cancel, sign-up, accept, withdraw and changing slots run against each other: counts stay exact", async () => {
    const s = await slotted({ capacity: 3, mode: "REVIEW", days: [10, 11] });
    const [a, b] = s.slotIds as [string, string];
    const holders = await many(3);
    const waiting = await many(6);
    // Three accepted and holding slot A; six submitted with picks of A (pending).
    for (const v of holders) await applyWith(v, s.roleId, [a]);
    await decide(db(), s.owner, {
      applicationIds: (await db().application.findMany({ where: { roleId: s.roleId } })).map((x) => x.id),
      decision: "ACCEPT",
    });
    for (const v of waiting) await applyWith(v, s.roleId, [a]);
    const pendingApps = await db().application.findMany({ where: { roleId: s.roleId, status: "SUBMITTED" } });
    const newcomers = await many(20);

    const ops: Promise<unknown>[] = [
      // The organizer accepts the six: slot A is full, they wait in its line.
      decide(db(), s.owner, { applicationIds: pendingApps.map((x) => x.id), decision: "ACCEPT" }),
      // Two holders can't come, one withdraws: their places go to the line.
      cancelSlotSignup(db(), holders[0]!, (await signupOf(a, holders[0]!)).id),
      cancelSlotSignup(db(), holders[1]!, (await signupOf(a, holders[1]!)).id),
      withdraw(db(), holders[2]!, (await signupOf(a, holders[2]!)).applicationId),
      // Twenty newcomers apply for both slots.
      ...newcomers.map((v) => applyWith(v, s.roleId, [a, b])),
    ];
    const settled = await Promise.allSettled(ops);
    expect(settled.filter((r) => r.status === "rejected")).toEqual([]);
    const slotA = await db().roleSlot.findUniqueOrThrow({ where: { id: a } });
    // Three places and six accepted in line: all three taken again, by the first in line.
    expect(slotA.acceptedCount).toBe(3);
    const confirmedA = await db().slotSignup.findMany({ where: { slotId: a, status: "CONFIRMED" } });
    expect(confirmedA.every((x) => waiting.some((v) => v.id === x.volunteerId))).toBe(true);
    // Newcomers are not accepted yet: their picks hold no place.
    expect(await db().slotSignup.count({ where: { slotId: b, status: "PENDING" } })).toBe(20);

    // Now accept everyone pending while some of the confirmed move to slot B.
    const submitted = await db().application.findMany({ where: { roleId: s.roleId, status: "SUBMITTED" } });
    const movers = confirmedA.slice(0, 2);
    const moverViewers = waiting.filter((v) => movers.some((m) => m.volunteerId === v.id));
    const second = await Promise.allSettled([
      decide(db(), s.owner, { applicationIds: submitted.map((x) => x.id), decision: "ACCEPT" }),
      ...moverViewers.map((v, i) =>
        changeSlots(db(), v, {
          applicationId: movers.find((m) => m.volunteerId === v.id)!.applicationId,
          slotIds: [b],
        }).then(() => i),
      ),
    ]);
    expect(second.filter((r) => r.status === "rejected")).toEqual([]);
    for (const id of [a, b]) {
      const slot = await db().roleSlot.findUniqueOrThrow({ where: { id } });
      expect(slot.acceptedCount).toBe(3);
    }
  }, 120_000);

  it("cancelling the project while volunteers pick slots leaves no sign-up open", async () => {
    const s = await slotted({ capacity: 10 });
    const volunteers = await many(40);
    const ops = volunteers.map((v) =>
      applyWith(v, s.roleId, [s.slotIds[0]!]).then(
        () => "ok",
        (e) => (e as { code?: string }).code,
      ),
    );
    await new Promise((r) => setTimeout(r, 20));
    await cancelProject(db(), s.owner, { projectId: s.projectId, reason: "Буран" });
    const outcomes = await Promise.all(ops);
    expect(outcomes.every((o) => o === "ok" || o === "applications.errors.PROJECT_NOT_OPEN")).toBe(true);
    expect(await db().slotSignup.count({ where: { slotId: s.slotIds[0], status: { not: "CANCELLED" } } })).toBe(0);
    expect((await db().roleSlot.findUniqueOrThrow({ where: { id: s.slotIds[0] } })).acceptedCount).toBe(0);
  }, 60_000);
});

describe("no two overlapping slots per volunteer", () => {
  it("refuses a slot overlapping one held in another project, in the volunteer's language", async () => {
    const first = await slotted({ capacity: 5 });
    const second = await slotted({ capacity: 5 });
    const v = await volunteer();
    await applyWith(v, first.roleId, [first.slotIds[0]!]);
    expect(await errorCode(applyWith(v, second.roleId, [second.slotIds[0]!]))).toBe("shifts.errors.OVERLAP");
    // Nothing of the refused application stays behind.
    expect(await db().application.count({ where: { roleId: second.roleId } })).toBe(0);
  });

  it("two overlapping slots of different projects picked at the same moment: one holds, the other is refused", async () => {
    for (let round = 0; round < 5; round++) {
      const first = await slotted({ capacity: 5 });
      const second = await slotted({ capacity: 5 });
      const v = await volunteer();
      const results = await Promise.all(
        [first, second].map((p) =>
          applyWith(v, p.roleId, [p.slotIds[0]!]).then(
            () => "ok",
            (e) => (e as { code?: string }).code ?? String(e),
          ),
        ),
      );
      expect(results.sort()).toEqual(["ok", "shifts.errors.OVERLAP"]);
      expect(await db().slotSignup.count({ where: { volunteerId: v.id, status: "CONFIRMED" } })).toBe(1);
    }
  }, 60_000);

  it("refuses two overlapping picks at once, and a database write that would overlap", async () => {
    const s = await slotted({ capacity: 5 });
    const v = await volunteer();
    await addSlot(
      db(),
      s.owner,
      addSlotSchema.parse({ roleId: s.roleId, date: inDays(10), start: "12:00", end: "16:00", capacity: 5 }),
    );
    const both = (await db().roleSlot.findMany({ where: { roleId: s.roleId } })).map((x) => x.id);
    expect(await errorCode(applyWith(v, s.roleId, both))).toBe("shifts.errors.PICKS_OVERLAP");
    await applyWith(v, s.roleId, [s.slotIds[0]!]);
    const other = both.find((id) => id !== s.slotIds[0])!;
    const app = await db().application.findFirstOrThrow({ where: { volunteerId: v.id } });
    // Even bypassing the code, the exclusion constraint refuses.
    await expect(
      db().slotSignup.create({
        data: {
          slotId: other,
          applicationId: app.id,
          volunteerId: v.id,
          status: "CONFIRMED",
          startsAt: new Date(),
          endsAt: new Date(),
        },
      }),
    ).rejects.toThrow();
  });
});

describe("waiting line and promotion", () => {
  it('"I can\'t come" frees the place for the first in line, who is told', async () => {
    const s = await slotted({ capacity: 1 });
    const [first, second, third] = await many(3);
    for (const v of [first!, second!, third!]) await applyWith(v, s.roleId, [s.slotIds[0]!]);
    expect((await signupOf(s.slotIds[0]!, second!)).status).toBe("WAITLISTED");
    const calendar = await myCalendar(db(), third!);
    expect(calendar.signups[0]).toMatchObject({ status: "WAITLISTED", position: 2 });

    const result = await cancelSlotSignup(db(), first!, (await signupOf(s.slotIds[0]!, first!)).id);
    expect(result.promoted).toHaveLength(1);
    expect((await signupOf(s.slotIds[0]!, second!)).status).toBe("CONFIRMED");
    expect((await signupOf(s.slotIds[0]!, first!)).status).toBe("CANCELLED");
    const told = await db().notification.findMany({ where: { userId: second!.id, type: "SLOT_PROMOTED" } });
    expect(told).toHaveLength(1);
    expect((await myCalendar(db(), third!)).signups[0]).toMatchObject({ status: "WAITLISTED", position: 1 });
    // Someone else's sign-up is not theirs to cancel.
    expect(await errorCode(cancelSlotSignup(db(), first!, (await signupOf(s.slotIds[0]!, third!)).id))).toBe(
      "NOT_FOUND",
    );
  });

  it("a review role: picks wait without places until accepted; rejecting frees, withdrawing promotes", async () => {
    const s = await slotted({ capacity: 1, mode: "REVIEW" });
    const [a, b, c] = await many(3);
    for (const v of [a!, b!, c!]) await applyWith(v, s.roleId, [s.slotIds[0]!]);
    expect((await signupOf(s.slotIds[0]!, a!)).status).toBe("PENDING");
    const appOf = async (v: Viewer) => (await signupOf(s.slotIds[0]!, v)).applicationId;
    await decide(db(), s.owner, { applicationIds: [await appOf(a!), await appOf(b!)], decision: "ACCEPT" });
    const statuses = [(await signupOf(s.slotIds[0]!, a!)).status, (await signupOf(s.slotIds[0]!, b!)).status].sort();
    expect(statuses).toEqual(["CONFIRMED", "WAITLISTED"]);
    await decide(db(), s.owner, { applicationIds: [await appOf(c!)], decision: "REJECT" });
    expect((await signupOf(s.slotIds[0]!, c!)).status).toBe("CANCELLED");
    const holder = (await signupOf(s.slotIds[0]!, a!)).status === "CONFIRMED" ? a! : b!;
    const next = holder === a ? b! : a!;
    await withdraw(db(), holder, await appOf(holder));
    expect((await signupOf(s.slotIds[0]!, next)).status).toBe("CONFIRMED");
  });

  it("a role with slots cannot be applied to without picking one, nor with another role's slot", async () => {
    const s = await slotted({ capacity: 2 });
    const other = await slotted({ capacity: 2, days: [20] });
    const v = await volunteer();
    expect(await errorCode(applyWith(v, s.roleId, []))).toBe("shifts.errors.PICK_A_SLOT");
    expect(await errorCode(applyWith(v, s.roleId, [other.slotIds[0]!]))).toBe("shifts.errors.SLOT_UNAVAILABLE");
    expect(await errorCode(applyWith(v, s.roleId, ["nope"]))).toBe("shifts.errors.SLOT_UNAVAILABLE");
  });
});

describe("the organizer's slots", () => {
  it("generates a weekly pattern once, deletes a slot telling who signed up, asks accepted volunteers to cover", async () => {
    const s = await slotted({ capacity: 1, days: [] });
    const from = inDays(2);
    const input = patternFormSchema.parse({
      roleId: s.roleId,
      from,
      weekdays: ["6"],
      start: "10:00",
      end: "14:00",
      weeks: "4",
      capacity: "1",
    });
    expect(await addSlotsFromPattern(db(), s.owner, input)).toEqual({ added: 4 });
    // The same pattern again adds nothing.
    expect(await addSlotsFromPattern(db(), s.coordinator, input)).toEqual({ added: 0 });
    const role = await db().projectRole.findUniqueOrThrow({ where: { id: s.roleId } });
    expect(role.slotPattern).toMatchObject({ weekdays: [6], weeks: 4 });
    const slots = await db().roleSlot.findMany({ where: { roleId: s.roleId }, orderBy: { startsAt: "asc" } });
    expect(slots.map((x) => utcToZoned(x.startsAt).time)).toEqual(["10:00", "10:00", "10:00", "10:00"]);

    const [a, b] = await many(2);
    await applyWith(a!, s.roleId, [slots[0]!.id]);
    await applyWith(b!, s.roleId, [slots[1]!.id]);
    const asked = await askToCover(db(), s.owner, slots[2]!.id);
    expect(asked).toEqual({ asked: 2 });
    expect(await errorCode(askToCover(db(), s.owner, slots[0]!.id))).toBe("shifts.errors.SLOT_FULL");
    expect(await db().notification.count({ where: { type: "SLOT_COVER_REQUEST" } })).toBe(2);

    expect(await deleteSlot(db(), s.owner, slots[0]!.id)).toEqual({ told: 1 });
    const told = await db().notification.findMany({ where: { type: "SLOT_CANCELLED" } });
    expect(told.map((n) => n.userId)).toEqual([a!.id]);
    const view = await roleSlotsForOrganizer(db(), s.owner, s.roleId);
    expect(view?.slots).toHaveLength(3);
  });

  it("another organizer's role, slot or project is NOT_FOUND; a volunteer cannot manage slots", async () => {
    const s = await slotted({ capacity: 2 });
    const stranger = await organizer();
    const v = await volunteer();
    for (const who of [stranger.owner, v]) {
      expect(
        await errorCode(
          addSlot(
            db(),
            who,
            addSlotSchema.parse({ roleId: s.roleId, date: inDays(12), start: "10:00", end: "12:00", capacity: 2 }),
          ),
        ),
      ).toBe("NOT_FOUND");
      expect(await errorCode(deleteSlot(db(), who, s.slotIds[0]!))).toBe("NOT_FOUND");
      expect(await errorCode(askToCover(db(), who, s.slotIds[0]!))).toBe("NOT_FOUND");
      expect(await roleSlotsForOrganizer(db(), who, s.roleId)).toBeNull();
    }
  });

  it("refuses slots in the past or after the project's end", async () => {
    const s = await slotted({ capacity: 2 });
    const add = (date: string) =>
      addSlot(
        db(),
        s.owner,
        addSlotSchema.parse({ roleId: s.roleId, date, start: "10:00", end: "12:00", capacity: 2 }),
      );
    expect(await errorCode(add(addDays(inDays(0), -2)))).toBe("shifts.errors.IN_THE_PAST");
    expect(await errorCode(add(inDays(90)))).toBe("shifts.errors.OUTSIDE_PROJECT");
  });
});

describe("calendars", () => {
  it("the personal feed shows its owner's slots only; a wrong, malformed or revoked token finds nothing", async () => {
    const s = await slotted({ capacity: 5 });
    const [mine, theirs] = await many(2);
    await applyWith(mine!, s.roleId, [s.slotIds[0]!]);
    await db().project.update({ where: { id: s.projectId }, data: { title: "Мой проект" } });
    const other = await slotted({ capacity: 5, days: [20] });
    await db().project.update({ where: { id: other.projectId }, data: { title: "Чужой проект" } });
    await applyWith(theirs!, other.roleId, [other.slotIds[0]!]);

    const { token } = await createFeed(db(), mine!);
    const ics = await feedCalendar(db(), token, "https://asar.kz");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("Мой проект");
    expect(ics).not.toContain("Чужой проект");
    // Only the hash is stored.
    expect(JSON.stringify(await db().calendarFeed.findMany())).not.toContain(token);

    // One character changed (the last one is "A" for one token in 16: then "E").
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "E" : "A"}`;
    for (const bad of ["x".repeat(43), altered, "", "' OR 1=1 --", "\u0000".repeat(43), token + "x"])
      expect(await feedCalendar(db(), bad, "https://asar.kz")).toBeNull();

    const { token: renewed } = await createFeed(db(), mine!);
    expect(await feedCalendar(db(), token, "https://asar.kz")).toBeNull();
    expect(await feedCalendar(db(), renewed, "https://asar.kz")).toContain("Мой проект");
    await revokeFeed(db(), mine!);
    expect(await feedCalendar(db(), renewed, "https://asar.kz")).toBeNull();

    // "I can't come" stays in the feed as cancelled, so phones remove it.
    const { token: again } = await createFeed(db(), mine!);
    await cancelSlotSignup(db(), mine!, (await signupOf(s.slotIds[0]!, mine!)).id);
    expect(await feedCalendar(db(), again, "https://asar.kz")).toContain("STATUS:CANCELLED");
  });

  it("each slot of a published project has its .ics; a draft's does not", async () => {
    const s = await slotted({ capacity: 5 });
    const ics = await slotCalendar(db(), s.slotIds[0]!, "https://asar.kz", "ru");
    expect(ics).toContain(`UID:slot-${s.slotIds[0]}@asar.kz`);
    expect(ics).toContain(`https://asar.kz/ru/projects/${s.projectId}`);
    await db().project.update({ where: { id: s.projectId }, data: { status: "DRAFT" } });
    expect(await slotCalendar(db(), s.slotIds[0]!, "https://asar.kz", "ru")).toBeNull();
  });
});
