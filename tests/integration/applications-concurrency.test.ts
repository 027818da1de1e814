import { afterEach, describe, expect, it } from "vitest";
import { db, errorCode } from "./helpers";
import { applyInput, organizer, project, volunteer } from "./applications-fixtures";
import { apply, decide, withdraw } from "../../src/modules/applications/mutations";
import { cancelProject, updateProject } from "../../src/modules/projects/mutations";
import { invariantViolations } from "../../src/modules/applications/invariants";
import { projectSchema, type ProjectInput } from "../../src/modules/projects/schema";
import { utcToZoned } from "../../src/domain/time";
import type { Viewer } from "../../src/modules/accounts/viewer";

// Everything that changes who holds a place, run against everything else that does (decision
// 0007). After each test the one SQL check of the invariants must come back empty.
afterEach(async () => {
  expect(await invariantViolations(db())).toEqual([]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The project as its edit form would send it back, with the roles' capacities changed. */
async function editInput(projectId: string, capacities: number[]) {
  const p = await db().project.findUniqueOrThrow({
    where: { id: projectId },
    include: { roles: { orderBy: { position: "asc" } }, sdgs: true },
  });
  const { date: startDate, time: startTime } = utcToZoned(p.startsAt);
  const { date: endDate, time: endTime } = utcToZoned(p.endsAt);
  const raw: ProjectInput = {
    title: p.title,
    description: p.description.padEnd(60, "."),
    language: "ru",
    compositions: ["GENERAL"],
    primaryDirection: p.primaryDirection,
    scope: "LOCAL",
    duration: "ONE_TIME",
    birgemiz: [],
    regionCode: p.regionCode,
    settlement: p.settlement ?? "Астана",
    startDate,
    startTime,
    endDate,
    endTime,
    contactName: p.contactName,
    sdgs: [{ sdg: 13, impact: "DIRECT" }],
    roles: p.roles.map((r, i) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      capacity: capacities[i] ?? r.capacity,
      minAge: r.minAge,
      mode: r.mode,
      skills: "",
    })),
  };
  return projectSchema.parse(raw);
}

async function many(n: number) {
  return Promise.all(Array.from({ length: n }, (_, i) => volunteer({ name: `Волонтер ${i}` })));
}

describe("cancelling while volunteers apply", () => {
  for (const delay of [0, 15, 60, 150]) {
    it(`100 apply to a 100-place first-come role, the owner cancels after ${delay} ms: nothing stays open, everyone is told once`, async () => {
      const { org, owner } = await organizer();
      const { projectId, roleId } = await project(org.id, { role: { capacity: 100, mode: "FIRST_COME" } });
      const volunteers = await many(100);

      const applying = volunteers.map((v) =>
        apply(db(), v, applyInput(roleId)).then(
          (r) => r.status,
          (e: { code?: string }) => e.code ?? String(e),
        ),
      );
      await sleep(delay);
      const { told } = await cancelProject(db(), owner, { projectId, reason: "Штормовое предупреждение" });
      const outcomes = await Promise.all(applying);

      // Each apply either got in before the cancellation (and was then cancelled) or was refused.
      for (const o of outcomes) expect(["ACCEPTED", "applications.errors.PROJECT_NOT_OPEN"]).toContain(o);
      const applications = await db().application.findMany({ where: { roleId }, select: { status: true } });
      expect(applications.every((a) => a.status === "CANCELLED")).toBe(true);
      expect(applications).toHaveLength(outcomes.filter((o) => o === "ACCEPTED").length);
      expect(told).toBe(applications.length);
      expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(0);
      expect(await db().notification.count({ where: { type: "PROJECT_CANCELLED" } })).toBe(applications.length);
    });
  }

  it("review-mode applications racing a cancellation are refused or cancelled, never left waiting", async () => {
    const { org, owner } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 5, mode: "REVIEW" } });
    const volunteers = await many(60);
    const applying = volunteers.map((v) =>
      apply(db(), v, applyInput(roleId)).then(
        (r) => r.status,
        (e: { code?: string }) => e.code ?? String(e),
      ),
    );
    await sleep(20);
    await cancelProject(db(), owner, { projectId, reason: "Отменено" });
    const outcomes = await Promise.all(applying);
    for (const o of outcomes) expect(["SUBMITTED", "applications.errors.PROJECT_NOT_OPEN"]).toContain(o);
    expect(await db().application.count({ where: { roleId, status: { not: "CANCELLED" } } })).toBe(0);
  });

  it("two cancellations at once: one wins, volunteers are told once", async () => {
    const { org, owner, coordinator } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 10, mode: "FIRST_COME" } });
    for (const v of await many(5)) await apply(db(), v, applyInput(roleId));
    const results = await Promise.allSettled([
      cancelProject(db(), owner, { projectId, reason: "Буря" }),
      cancelProject(db(), coordinator, { projectId, reason: "Буря" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { code?: string }).code).toBe("projects.errors.NOT_CANCELLABLE");
    expect(await db().notification.count({ where: { type: "PROJECT_CANCELLED" } })).toBe(5);
  });
});

describe("every change of places against every other", () => {
  it("apply, withdraw, decide, edit and finally cancel, all at once on two roles", async () => {
    const { org, owner, coordinator } = await organizer();
    const created = await project(org.id, { role: { capacity: 8, mode: "FIRST_COME" } });
    const { projectId } = created;
    // A second, review-mode role on the same project.
    const review = await db().projectRole.create({
      data: { projectId, title: "Координатор площадки", capacity: 6, mode: "REVIEW", minAge: 14, position: 1 },
    });
    const roles = [created.roleId, review.id];
    // The edits below change capacities only. The fixture's texts and goals differ from what the
    // edit form sends, which would send the project back to moderation (and refuse the applies
    // racing it, as designed): one edit first, then published again, so the race is the places'.
    await updateProject(db(), owner, projectId, await editInput(projectId, [8, 6]));
    await db().project.update({ where: { id: projectId }, data: { status: "PUBLISHED" } });
    const volunteers = await many(50);
    const settle = <T>(p: Promise<T>) =>
      p.then(
        () => "ok",
        (e: { code?: string }) => e.code ?? String(e),
      );

    // First wave: everyone applies, to alternating roles.
    const firstWave = volunteers.map((v, i) => settle(apply(db(), v, applyInput(roles[i % 2]!))));
    // Meanwhile: withdrawals, bulk decisions in both directions, capacity edits up and down.
    const chaos: Promise<string>[] = [];
    for (let round = 0; round < 6; round++) {
      await sleep(10);
      const apps = await db().application.findMany({ where: { projectId }, select: { id: true, volunteerId: true } });
      const pick = (k: number) => apps.filter((_, i) => (i + round) % k === 0).map((a) => a.id);
      if (pick(3).length)
        chaos.push(settle(decide(db(), coordinator, { applicationIds: pick(3), decision: "ACCEPT" })));
      if (pick(5).length)
        chaos.push(
          settle(decide(db(), owner, { applicationIds: pick(5), decision: round % 2 ? "REJECT" : "WAITLIST" })),
        );
      for (const a of apps.filter((_, i) => (i + round) % 7 === 0)) {
        const v = volunteers.find((x) => x.id === a.volunteerId) as Viewer;
        chaos.push(settle(withdraw(db(), v, a.id)));
      }
      chaos.push(
        settle(
          editInput(projectId, [4 + round, 10 - round]).then((input) => updateProject(db(), owner, projectId, input)),
        ),
      );
      expect(await invariantViolations(db())).toEqual([]);
    }
    const outcomes = [...(await Promise.all(firstWave)), ...(await Promise.all(chaos))];
    // Only expected refusals: nothing unexpected (a raw database error would show here).
    const allowed = new Set([
      "ok",
      "CONFLICT",
      "applications.errors.NOT_WITHDRAWABLE",
      "applications.errors.ALREADY_APPLIED",
      "projects.errors.CAPACITY_BELOW_ACCEPTED",
    ]);
    expect(outcomes.filter((o) => !allowed.has(o))).toEqual([]);
    expect(await invariantViolations(db())).toEqual([]);
    expect((await db().project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("PUBLISHED");

    // The end: a cancellation while the last applications and decisions are still arriving.
    const late = volunteers.slice(0, 20).map((v) => settle(apply(db(), v, applyInput(roles[0]!))));
    const lastDecisions = settle(
      db()
        .application.findMany({ where: { projectId }, select: { id: true } })
        .then((a) => decide(db(), coordinator, { applicationIds: a.map((x) => x.id), decision: "ACCEPT" })),
    );
    await cancelProject(db(), owner, { projectId, reason: "Отменено" });
    await Promise.all([...late, lastDecisions]);
    expect(
      await db().application.count({ where: { projectId, status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED"] } } }),
    ).toBe(0);
  });

  it("lowering a capacity while volunteers apply never drops below the places taken", async () => {
    const { org, owner } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 30, mode: "FIRST_COME" } });
    // As above: the first edit form sent back changes the fixture's texts and goals, which goes
    // to moderation (and, racing the applies, would refuse them as designed). Once, before.
    await updateProject(db(), owner, projectId, await editInput(projectId, [30]));
    await db().project.update({ where: { id: projectId }, data: { status: "PUBLISHED" } });
    const volunteers = await many(30);
    const applying = volunteers.map((v) => apply(db(), v, applyInput(roleId)));
    const edits: Promise<string>[] = [];
    for (const capacity of [25, 20, 15, 10]) {
      await sleep(5);
      edits.push(
        editInput(projectId, [capacity])
          .then((input) => updateProject(db(), owner, projectId, input))
          .then(
            (r) => (r.backToModeration ? "sent back to moderation" : "ok"),
            (e: { code?: string }) => e.code ?? String(e),
          ),
      );
    }
    await Promise.all(applying);
    for (const o of await Promise.all(edits)) expect(["ok", "projects.errors.CAPACITY_BELOW_ACCEPTED"]).toContain(o);
    const role = await db().projectRole.findUniqueOrThrow({ where: { id: roleId } });
    expect(role.acceptedCount).toBeLessThanOrEqual(role.capacity);
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(role.acceptedCount);
  });
});

describe("the database holds the invariant even against code that forgets", () => {
  it("refuses to write a role's place count directly", async () => {
    const { org } = await organizer();
    const { roleId } = await project(org.id, { role: { capacity: 10, mode: "FIRST_COME" } });
    expect(await errorCode(db().projectRole.update({ where: { id: roleId }, data: { acceptedCount: 3 } }))).toMatch(
      /ACCEPTED_COUNT_IS_DERIVED/,
    );
  });

  it("counts accepted applications whoever writes them, and refuses to overfill", async () => {
    const { org } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 2, mode: "REVIEW" } });
    const [a, b, c] = await many(3);
    for (const v of [a!, b!])
      await db().application.create({ data: { roleId, projectId, volunteerId: v.id, status: "ACCEPTED" } });
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(2);
    expect(
      await errorCode(db().application.create({ data: { roleId, projectId, volunteerId: c!.id, status: "ACCEPTED" } })),
    ).toMatch(/accepted_within_capacity/);
    await db().application.deleteMany({ where: { volunteerId: a!.id } });
    expect((await db().projectRole.findUniqueOrThrow({ where: { id: roleId } })).acceptedCount).toBe(1);
  });

  it("refuses an open application on a cancelled project, and a cancellation that leaves one open", async () => {
    const { org, owner } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 5, mode: "REVIEW" } });
    const [a, b] = await many(2);
    await apply(db(), a!, applyInput(roleId));
    // Setting the status alone, without ending the application, does not commit.
    expect(await errorCode(db().project.update({ where: { id: projectId }, data: { status: "CANCELLED" } }))).toMatch(
      /PROJECT_CLOSED_WITH_OPEN_APPLICATIONS/,
    );
    await cancelProject(db(), owner, { projectId, reason: "Отменено" });
    expect(
      await errorCode(
        db().application.create({ data: { roleId, projectId, volunteerId: b!.id, status: "SUBMITTED" } }),
      ),
    ).toMatch(/PROJECT_NOT_OPEN/);
    const ended = await db().application.findFirstOrThrow({ where: { volunteerId: a!.id } });
    expect(await errorCode(db().application.update({ where: { id: ended.id }, data: { status: "ACCEPTED" } }))).toMatch(
      /PROJECT_NOT_OPEN/,
    );
  });
});
