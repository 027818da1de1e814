import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { applyInput, organizer, project, volunteer } from "./applications-fixtures";
import { apply, decide, withdraw } from "../../src/modules/applications/mutations";

describe("capacity under concurrency", () => {
  it("200 volunteers applying at once to a 10-place first-come role: 10 accepted, 190 waitlisted in arrival order", async () => {
    const { org } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 10, mode: "FIRST_COME" } });
    const volunteers = await Promise.all(Array.from({ length: 200 }, (_, i) => volunteer({ name: `Волонтер ${i}` })));

    const results = await Promise.all(volunteers.map((v) => apply(db(), v, applyInput(roleId))));

    expect(results.filter((r) => r.status === "ACCEPTED")).toHaveLength(10);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(190);
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(10);
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(10);

    // Arrival order is the order in which applications got through the role's lock, which is
    // the order of their first history entries (a sequence). Every accepted one arrived before
    // every waitlisted one, and the waiting line (waitlistedAt, then id) keeps that order.
    const firstEvent = new Map(
      (
        await db().applicationEvent.findMany({
          where: { application: { roleId } },
          select: { id: true, applicationId: true },
        })
      ).map((e) => [e.applicationId, e.id]),
    );
    const accepted = await db().application.findMany({ where: { roleId, status: "ACCEPTED" }, select: { id: true } });
    const line = await db().application.findMany({
      where: { roleId, status: "WAITLISTED" },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const lastAccepted = Math.max(...accepted.map((a) => Number(firstEvent.get(a.id))));
    const lineArrivals = line.map((a) => Number(firstEvent.get(a.id)));
    expect(Math.min(...lineArrivals)).toBeGreaterThan(lastAccepted);
    expect(lineArrivals).toEqual([...lineArrivals].sort((a, b) => a - b));
    expect(await db().notification.count({ where: { type: "APPLICATION_WAITLISTED" } })).toBe(190);
  });

  it("the same application submitted 5 times at once is one application", async () => {
    const { org } = await organizer();
    const first = await project(org.id, { role: { capacity: 10, mode: "FIRST_COME" } });
    const review = await project(org.id, { role: { capacity: 10, mode: "REVIEW" } });
    const v = await volunteer();
    for (const { roleId } of [first, review]) {
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => apply(db(), v, applyInput(roleId))));
      expect(await db().application.count({ where: { roleId } })).toBe(1);
      const id = (await db().application.findFirstOrThrow({ where: { roleId } })).id;
      // Each attempt either got the one application back or was told it already exists.
      for (const r of results) {
        if (r.status === "fulfilled") expect(r.value.id).toBe(id);
        else expect((r.reason as { code?: string }).code).toBe("applications.errors.ALREADY_APPLIED");
      }
      expect(results.filter((r) => r.status === "fulfilled" && !r.value.duplicate)).toHaveLength(1);
      expect(await db().applicationEvent.count({ where: { applicationId: id } })).toBe(1);
    }
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: first.roleId } })).acceptedCount).toBe(1);
  });

  it("a withdrawal frees the place for the first in line, who is told", async () => {
    const { org } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 2, mode: "FIRST_COME" } });
    const [a, b, c, d] = [await volunteer(), await volunteer(), await volunteer(), await volunteer()];
    const ra = await apply(db(), a!, applyInput(roleId));
    await apply(db(), b!, applyInput(roleId));
    const rc = await apply(db(), c!, applyInput(roleId));
    const rd = await apply(db(), d!, applyInput(roleId));
    expect([ra.status, rc.status, rd.status]).toEqual(["ACCEPTED", "WAITLISTED", "WAITLISTED"]);

    const out = await withdraw(db(), a!, ra.id);
    expect(out.promoted).toEqual([rc.id]);
    const promoted = await db().application.findUniqueOrThrow({
      where: { id: rc.id },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(promoted.status).toBe("ACCEPTED");
    expect(promoted.events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, "WAITLISTED", c!.id],
      ["WAITLISTED", "ACCEPTED", null],
    ]);
    expect(await db().notification.count({ where: { userId: c!.id, type: "APPLICATION_PROMOTED" } })).toBe(1);
    expect((await db().application.findUniqueOrThrow({ where: { id: rd.id } })).status).toBe("WAITLISTED");
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(2);

    // Withdrawing a waitlisted application frees nothing; re-applying after a withdrawal joins the end of the line.
    await withdraw(db(), d!, rd.id);
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(2);
    const again = await apply(db(), a!, applyInput(roleId));
    expect(again).toMatchObject({ id: ra.id, status: "WAITLISTED" });
  });

  it("concurrent withdrawals each promote a different volunteer and never overfill", async () => {
    const { org } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 5, mode: "FIRST_COME" } });
    const vs = await Promise.all(Array.from({ length: 12 }, () => volunteer()));
    const applied: Awaited<ReturnType<typeof apply>>[] = [];
    for (const v of vs) applied.push(await apply(db(), v, applyInput(roleId)));
    await Promise.all(vs.slice(0, 5).map((v, i) => withdraw(db(), v, applied[i]!.id)));
    const accepted = await db().application.findMany({ where: { roleId, status: "ACCEPTED" }, select: { id: true } });
    expect(accepted.map((a) => a.id).sort()).toEqual(
      applied
        .slice(5, 10)
        .map((a) => a.id)
        .sort(),
    );
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(5);
  });

  it("two coordinators accepting 6 applications at the same moment fill a 3-place role, no more", async () => {
    const { org, owner, coordinator } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 3, mode: "REVIEW" } });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await apply(db(), await volunteer(), applyInput(roleId))).id);

    const [x, y] = await Promise.all([
      decide(db(), owner, { applicationIds: ids, decision: "ACCEPT" }),
      decide(db(), coordinator, { applicationIds: [...ids].reverse(), decision: "ACCEPT" }),
    ]);
    expect(x.changed.length + y.changed.length).toBe(3);
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(3);
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(3);
    // The one who came second hears which did not fit.
    expect([...x.full, ...y.full].length).toBeGreaterThanOrEqual(3);
    expect(await db().application.count({ where: { roleId, status: "SUBMITTED" } })).toBe(3);
  });
});
