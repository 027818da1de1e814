import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode } from "./helpers";
import { actAs, redirectOf, resetActor } from "./action-harness";
import { organizer, volunteer } from "./applications-fixtures";
import { applyWith, inDays, many, signupOf, slotted } from "./shifts-fixtures";
import { decide } from "../../src/modules/applications/mutations";
import { invariantViolations } from "../../src/modules/applications/invariants";
import { cancelSlotSignup, editSlot } from "../../src/modules/shifts/mutations";
import { editSlotFormAction } from "../../src/modules/shifts/actions";
import { editSlotSchema } from "../../src/modules/shifts/schema";
import { utcToZoned } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";

// Editing a slot (decision 0032): its times and places, on the server, under the same locks as
// every path that moves places. The form is a plain post, called here as the browser calls it.
vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
vi.mock("next-intl/server", async () => (await import("./action-harness")).intlModule());
vi.mock("next/navigation", async () => (await import("./action-harness")).navigationModule());

beforeEach(() => resetActor());
afterEach(async () => {
  expect(await invariantViolations(db())).toEqual([]);
});

type Slotted = Awaited<ReturnType<typeof slotted>>;

/** The slot as it is now, in the form's words (Kazakhstan time). */
async function formOf(slotId: string) {
  const slot = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });
  const start = utcToZoned(slot.startsAt);
  return { slotId, date: start.date, start: start.time, end: utcToZoned(slot.endsAt).time, capacity: slot.capacity };
}

const edit = (who: Viewer, input: Record<string, unknown>) => editSlot(db(), who, editSlotSchema.parse(input));

async function statuses(slotId: string) {
  const rows = await db().slotSignup.groupBy({ by: ["status"], _count: true, where: { slotId } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count]));
}

describe("editing a slot's places", () => {
  it("never below the places taken; more places go to the waiting line in its order, who are told", async () => {
    const s = await slotted({ capacity: 2 });
    const slotId = s.slotIds[0]!;
    const volunteers = await many(5);
    for (const v of volunteers) await applyWith(v, s.roleId, [slotId]);
    expect(await statuses(slotId)).toEqual({ CONFIRMED: 2, WAITLISTED: 3 });

    const form = await formOf(slotId);
    expect(await errorCode(edit(s.owner, { ...form, capacity: 1 }))).toBe("shifts.errors.PLACES_TAKEN");
    expect((await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } })).capacity).toBe(2);

    // Two more places: the first two in line (the third and fourth to sign up) get them.
    expect(await edit(s.coordinator, { ...form, capacity: 4 })).toEqual({ told: 0, promoted: 2 });
    for (const [i, status] of ["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"].entries())
      expect((await signupOf(slotId, volunteers[i]!)).status).toBe(status);
    const promotedTold = await db().notification.findMany({ where: { type: "SLOT_PROMOTED" } });
    expect(promotedTold.map((n) => n.userId).sort()).toEqual([volunteers[2]!.id, volunteers[3]!.id].sort());
    // Only places changed: nobody is told of a change of times.
    expect(await db().notification.count({ where: { type: "SLOT_CHANGED" } })).toBe(0);

    // Down to exactly the places taken is allowed; the slot is then full.
    expect(await edit(s.owner, { ...form, capacity: 4 })).toEqual({ told: 0, promoted: 0 });
    const slot = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect([slot.capacity, slot.acceptedCount]).toEqual([4, 4]);
  });

  it('a place freed by "I can\'t come" after lowering goes to the line as before', async () => {
    const s = await slotted({ capacity: 3 });
    const slotId = s.slotIds[0]!;
    const [a, b, c] = await many(3);
    await applyWith(a!, s.roleId, [slotId]);
    await applyWith(b!, s.roleId, [slotId]);
    // Lowered to the two taken, so the third waits.
    await edit(s.owner, { ...(await formOf(slotId)), capacity: 2 });
    await applyWith(c!, s.roleId, [slotId]);
    expect((await signupOf(slotId, c!)).status).toBe("WAITLISTED");
    await cancelSlotSignup(db(), a!, (await signupOf(slotId, a!)).id);
    expect((await signupOf(slotId, c!)).status).toBe("CONFIRMED");
  });
});

describe("editing a slot's times", () => {
  it("moves every sign-up's times with the slot and tells everyone signed up, old and new times", async () => {
    const s = await slotted({ capacity: 1, mode: "REVIEW" });
    const slotId = s.slotIds[0]!;
    const [held, waiting, pending, gone] = await many(4);
    for (const v of [held!, waiting!, pending!, gone!]) await applyWith(v, s.roleId, [slotId]);
    const appOf = async (v: Viewer) => (await signupOf(slotId, v)).applicationId;
    await decide(db(), s.owner, { applicationIds: [await appOf(held!)], decision: "ACCEPT" });
    await decide(db(), s.owner, { applicationIds: [await appOf(waiting!)], decision: "ACCEPT" });
    await decide(db(), s.owner, { applicationIds: [await appOf(gone!)], decision: "REJECT" });
    expect(
      await Promise.all([held, waiting, pending, gone].map(async (v) => (await signupOf(slotId, v!)).status)),
    ).toEqual(["CONFIRMED", "WAITLISTED", "PENDING", "CANCELLED"]);
    const before = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });

    const date = inDays(11);
    expect(await edit(s.owner, { slotId, date, start: "15:00", end: "18:30", capacity: 1 })).toEqual({
      told: 3,
      promoted: 0,
    });
    const after = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect(utcToZoned(after.startsAt)).toEqual({ date, time: "15:00" });
    expect(utcToZoned(after.endsAt)).toEqual({ date, time: "18:30" });
    // Every sign-up, the cancelled one too, carries the new times (the invariant check says so too).
    const signups = await db().slotSignup.findMany({ where: { slotId } });
    expect(signups).toHaveLength(4);
    for (const g of signups) expect([g.startsAt, g.endsAt]).toEqual([after.startsAt, after.endsAt]);

    const told = await db().notification.findMany({ where: { type: "SLOT_CHANGED" } });
    expect(told.map((n) => n.userId).sort()).toEqual([held!.id, waiting!.id, pending!.id].sort());
    const heldNotice = told.find((n) => n.userId === held!.id)!;
    expect(heldNotice.data).toMatchObject({
      slotId,
      signupId: (await signupOf(slotId, held!)).id,
      startsAt: after.startsAt.toISOString(),
      endsAt: after.endsAt.toISOString(),
      previousStartsAt: before.startsAt.toISOString(),
      previousEndsAt: before.endsAt.toISOString(),
    });
  });

  it("refuses the whole edit when a confirmed volunteer would then hold two slots at once", async () => {
    const first = await slotted({ capacity: 5, days: [10] });
    const second = await slotted({ capacity: 5, days: [12] });
    const v = await volunteer();
    const bystander = await volunteer();
    await applyWith(v, first.roleId, [first.slotIds[0]!]);
    await applyWith(v, second.roleId, [second.slotIds[0]!]);
    await applyWith(bystander, second.roleId, [second.slotIds[0]!]);
    const slotId = second.slotIds[0]!;
    const before = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });

    // Onto the day of the first project's slot (10:00–14:00), overlapping it, with more places.
    const moved = { slotId, date: inDays(10), start: "13:00", end: "16:00", capacity: 9 };
    expect(await errorCode(edit(second.owner, moved))).toBe("shifts.errors.EDIT_OVERLAP");
    const after = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });
    expect([after.startsAt, after.endsAt, after.capacity]).toEqual([before.startsAt, before.endsAt, 5]);
    expect((await signupOf(slotId, bystander)).startsAt).toEqual(before.startsAt);
    expect(await db().notification.count({ where: { type: "SLOT_CHANGED" } })).toBe(0);

    // Just after the first slot ends, it is fine.
    expect(await edit(second.owner, { ...moved, start: "14:00", end: "16:00" })).toMatchObject({ told: 2 });
  });

  it("refuses a slot that has begun, times in the past, after the project or of another slot", async () => {
    const s = await slotted({ capacity: 2, days: [10, 12] });
    const [slotId, otherId] = s.slotIds as [string, string];
    const form = await formOf(slotId);
    expect(await errorCode(edit(s.owner, { ...form, date: inDays(-1) }))).toBe("shifts.errors.IN_THE_PAST");
    expect(await errorCode(edit(s.owner, { ...form, date: inDays(90) }))).toBe("shifts.errors.OUTSIDE_PROJECT");
    const other = await formOf(otherId);
    expect(await errorCode(edit(s.owner, { ...other, slotId }))).toBe("shifts.errors.SAME_TIMES");
    // A slot that began an hour ago (no sign-ups, whose times would need moving too).
    await db().roleSlot.update({
      where: { id: slotId },
      data: { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await errorCode(edit(s.owner, form))).toBe("shifts.errors.SLOT_STARTED");
    // The end before the start is refused by the form's schema, as when adding.
    const backwards = editSlotSchema.safeParse({ ...other, start: "14:00", end: "10:00" });
    expect(backwards.success ? null : backwards.error.issues[0]).toMatchObject({
      path: ["end"],
      message: "shifts.validation.endBeforeStart",
    });
  });
});

describe("who may edit a slot, and hostile input", () => {
  it("another organizer's slot, a volunteer or an unknown id is NOT_FOUND and changes nothing", async () => {
    const s = await slotted({ capacity: 2 });
    const stranger = await organizer();
    const v = await volunteer();
    const form = await formOf(s.slotIds[0]!);
    for (const who of [stranger.owner, stranger.coordinator, v])
      expect(await errorCode(edit(who, { ...form, capacity: 50, start: "11:00" }))).toBe("NOT_FOUND");
    expect(await errorCode(edit(s.owner, { ...form, slotId: "nope" }))).toBe("NOT_FOUND");
    expect(await formOf(s.slotIds[0]!)).toEqual(form);
  });

  it("the schema refuses negative, zero, huge or non-numeric places, bad dates and times", () => {
    const ok = { slotId: "s1", date: inDays(3), start: "10:00", end: "12:00", capacity: "4" };
    expect(editSlotSchema.safeParse(ok).success).toBe(true);
    const bad: [Record<string, unknown>, string][] = [
      [{ capacity: "-3" }, "capacity"],
      [{ capacity: "0" }, "capacity"],
      [{ capacity: "10001" }, "capacity"],
      [{ capacity: "1e20" }, "capacity"],
      [{ capacity: "2.5" }, "capacity"],
      [{ capacity: "four" }, "capacity"],
      [{ date: "2026-02-30" }, "date"],
      [{ date: "' OR 1=1 --" }, "date"],
      [{ date: "" }, "date"],
      [{ start: "25:00" }, "start"],
      [{ end: "10:00<script>" }, "end"],
      [{ slotId: "x".repeat(41) }, "slotId"],
    ];
    for (const [change, field] of bad) {
      const r = editSlotSchema.safeParse({ ...ok, ...change });
      expect(r.success, JSON.stringify(change)).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual([field]);
    }
  });

  it("the plain form post: a refusal comes back with the form open, what was typed and the field", async () => {
    const s = await slotted({ capacity: 2 });
    const slotId = s.slotIds[0]!;
    const [a, b] = await many(2);
    await applyWith(a!, s.roleId, [slotId]);
    await applyWith(b!, s.roleId, [slotId]);
    const post = async (values: Record<string, string>) => {
      const f = new FormData();
      const all = { slug: "org", projectId: s.projectId, roleId: s.roleId, slotId, ...values };
      for (const [k, v] of Object.entries(all)) f.set(k, v);
      return new URL(await redirectOf(editSlotFormAction(f)), "https://asar.test");
    };
    const page = `/en/organizers/org/projects/${s.projectId}/roles/${s.roleId}/slots`;
    const form = await formOf(slotId);
    const typed = { date: form.date, start: form.start, end: form.end };

    expect((await post({ ...typed, capacity: "1" })).pathname).toBe("/en/sign-in");

    await actAs(s.owner.id);
    const taken = await post({ ...typed, capacity: "1" });
    expect(taken.pathname).toBe(page);
    expect(Object.fromEntries(taken.searchParams)).toEqual({
      edit: slotId,
      error: "shifts.errors.PLACES_TAKEN",
      field: "capacity",
      ...typed,
      capacity: "1",
    });
    expect(taken.hash).toBe(`#slot-${slotId}`);

    const invalid = await post({ ...typed, capacity: "-5" });
    expect([invalid.searchParams.get("error"), invalid.searchParams.get("field")]).toEqual([
      "shifts.validation.capacity",
      "capacity",
    ]);
    const backwards = await post({ ...typed, start: "14:00", end: "09:00", capacity: "3" });
    expect([backwards.searchParams.get("field"), backwards.searchParams.get("end")]).toEqual(["end", "09:00"]);

    const saved = await post({ ...typed, start: "09:00", capacity: "3" });
    expect(`${saved.pathname}${saved.search}${saved.hash}`).toBe(`${page}?done=edited&n=2#slot-${slotId}`);
    expect((await formOf(slotId)).start).toBe("09:00");

    // Another organizer posting this slot's id gets the page's "not found", and nothing moves.
    await actAs((await organizer()).owner.id);
    const foreign = await post({ ...typed, start: "08:00", capacity: "50" });
    expect(foreign.searchParams.get("error")).toBe("errors.NOT_FOUND");
    expect(await formOf(slotId)).toMatchObject({ start: "09:00", capacity: 3 });
  });
});

describe("editing places while volunteers sign up and give up", () => {
  it("60 sign-ups, cancellations and places lowered and raised at once: the slot holds exactly its places", async () => {
    const s: Slotted = await slotted({ capacity: 10 });
    const slotId = s.slotIds[0]!;
    const early = await many(6);
    for (const v of early) await applyWith(v, s.roleId, [slotId]);
    const volunteers = await many(60);
    const form = await formOf(slotId);
    const places = [4, 25, 8, 30, 3, 18, 12, 40, 6, 20];
    const ops: Promise<unknown>[] = [
      ...volunteers.map((v) => applyWith(v, s.roleId, [slotId])),
      ...early.slice(0, 3).map(async (v) => cancelSlotSignup(db(), v, (await signupOf(slotId, v)).id)),
      ...places.map((capacity, i) =>
        new Promise((r) => setTimeout(r, i * 15)).then(() =>
          edit(i % 2 ? s.coordinator : s.owner, { ...form, capacity }).catch((e: { code?: string }) => {
            // Lowering below the places taken at that moment is refused, never half done.
            if (e.code !== "shifts.errors.PLACES_TAKEN") throw e;
          }),
        ),
      ),
    ];
    const settled = await Promise.allSettled(ops);
    expect(settled.filter((r) => r.status === "rejected")).toEqual([]);

    const slot = await db().roleSlot.findUniqueOrThrow({ where: { id: slotId } });
    const { CONFIRMED = 0, WAITLISTED = 0, CANCELLED = 0 } = await statuses(slotId);
    // 63 still signed up, more than any number of places tried: every place is taken.
    expect(CONFIRMED).toBe(slot.capacity);
    expect(slot.acceptedCount).toBe(slot.capacity);
    expect(CONFIRMED + WAITLISTED).toBe(63);
    expect(CANCELLED).toBe(3);

    // Room for everyone: the whole line is promoted, first come first served.
    expect(await edit(s.owner, { ...form, capacity: 100 })).toMatchObject({ promoted: 63 - slot.capacity });
    expect(await statuses(slotId)).toEqual({ CONFIRMED: 63, CANCELLED: 3 });
    expect(await db().notification.count({ where: { type: "SLOT_PROMOTED" } })).toBeGreaterThanOrEqual(
      63 - slot.capacity,
    );
  }, 120_000);
});
