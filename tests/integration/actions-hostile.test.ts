import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./helpers";
import { actAs, actor, resetActor } from "./action-harness";
import { applyInput, NO_PASSWORD, project, volunteer } from "./applications-fixtures";
import { createOrganizer } from "../../prisma/seed/factories";
import { apply } from "../../src/modules/applications/mutations";
import { applyAction, decideAction, withdrawAction } from "../../src/modules/applications/actions";
import { cancelProjectAction, submitProjectAction, updateProjectAction } from "../../src/modules/projects/actions";
import { markAllReadAction } from "../../src/modules/notifications/actions";
import { deleteAccountAction } from "../../src/modules/records/actions";
import { confirmBulkAction } from "../../src/modules/hours/actions";
import type { UpdateProjectInput } from "../../src/modules/projects/schema";

// Server actions are public endpoints: anyone can POST anything to them. Here they get what a
// hostile client would send, through the real action client, schema and mutation.
vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

/** Two organizers with a project each; a volunteer has applied to B's. */
async function twoTenants() {
  const a = await createOrganizer(db(), {
    name: "A",
    regionCode: "ASTANA",
    verified: true,
    ownerPasswordHash: NO_PASSWORD,
  });
  const b = await createOrganizer(db(), {
    name: "B",
    regionCode: "ASTANA",
    verified: true,
    ownerPasswordHash: NO_PASSWORD,
  });
  const ofA = await project(a.id);
  const ofB = await project(b.id);
  const draftOfB = await project(b.id, { status: "DRAFT" });
  const applicant = await volunteer({ name: "Дана" });
  const application = await apply(db(), applicant, applyInput(ofB.roleId));
  return { a, b, ofA, ofB, draftOfB, applicant, applicationId: application.id };
}

/** What a hostile call could have changed. */
async function snapshot() {
  return {
    applications: await db().application.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    projects: await db().project.findMany({ select: { id: true, status: true, title: true }, orderBy: { id: "asc" } }),
    audit: await db().auditLog.count(),
    hours: await db().hoursEntry.count(),
  };
}

/** A refusal the person can read: a message key, no stack, no zod prose, no SQL. */
function expectClear(result: unknown) {
  const text = JSON.stringify(result);
  expect(text).not.toMatch(/stack|Error:|at \/|prisma|SELECT|Expected|Invalid input/i);
}

describe("server actions under hostile input", () => {
  it("answer wrong types, missing fields, huge strings and non-objects with validation errors, and change nothing", async () => {
    const { a, ofA } = await twoTenants();
    const before = await snapshot();

    await actAs(a.ownerId);
    const calls = {
      wrongTypes: await decideAction({ applicationIds: "all", decision: 42 } as never),
      missing: await cancelProjectAction({ projectId: ofA.projectId } as never),
      hugeId: await submitProjectAction({ projectId: "x".repeat(200_000) }),
      halfAProject: await updateProjectAction({ projectId: ofA.projectId, title: "Новое" } as never),
      notAnObject: await confirmBulkAction('DROP TABLE "Application"; --' as never),
      nothing: await confirmBulkAction(undefined as never),
      anArray: await decideAction([ofA.roleId] as never),
    };
    expect(calls.wrongTypes).toEqual({
      validationErrors: {
        applicationIds: { _errors: ["validation.invalid"] },
        decision: { _errors: ["validation.invalid"] },
      },
    });
    expect(calls.missing).toEqual({ validationErrors: { reason: { _errors: ["validation.invalid"] } } });
    expect(calls.hugeId).toEqual({ validationErrors: { projectId: { _errors: ["validation.invalid"] } } });
    expect(calls.halfAProject.validationErrors).toMatchObject({
      description: { _errors: ["validation.invalid"] },
      roles: { _errors: ["validation.invalid"] },
    });
    for (const r of [calls.notAnObject, calls.nothing, calls.anArray])
      expect(r).toEqual({ validationErrors: { _errors: ["validation.invalid"] } });
    for (const r of Object.values(calls)) expectClear(r);

    const applicant = await volunteer({ name: "Ерлан" });
    await actAs(applicant.id);
    const tooLong = await applyAction({ roleId: ofA.roleId, motivation: "ы".repeat(1_000_000) });
    expect(tooLong).toEqual({ validationErrors: { motivation: { _errors: ["validation.tooLong"] } } });
    expect(await applyAction({} as never)).toEqual({
      validationErrors: { roleId: { _errors: ["validation.invalid"] } },
    });

    expect(await snapshot()).toEqual(before);
    // Nothing was revalidated either: no page was told it changed.
    expect(actor.revalidated).toEqual([]);
  });

  it("refuse another organizer's projects and applications as not found, and change nothing", async () => {
    const { a, ofB, draftOfB, applicationId } = await twoTenants();
    const before = await snapshot();

    await actAs(a.ownerId);
    const validProject: Omit<UpdateProjectInput, "projectId"> = {
      title: "Чужой проект, переименованный",
      description: "Попытка изменить проект другой организации через подделанный запрос к действию.",
      language: "ru",
      compositions: ["GENERAL"],
      primaryDirection: "ENVIRONMENTAL",
      scope: "LOCAL",
      duration: "ONE_TIME",
      regionCode: "ASTANA",
      settlement: "Астана",
      startDate: "2027-05-15",
      startTime: "10:00",
      endDate: "2027-05-15",
      endTime: "14:00",
      contactName: "Айгерім",
      sdgs: [],
      roles: [{ title: "Волонтер", capacity: 5, minAge: 14, mode: "REVIEW", skills: "" }],
    };
    const notFound = { serverError: { message: "errors.NOT_FOUND" } };
    expect(await updateProjectAction({ ...validProject, projectId: ofB.projectId })).toEqual(notFound);
    expect(await submitProjectAction({ projectId: draftOfB.projectId })).toEqual(notFound);
    expect(await cancelProjectAction({ projectId: ofB.projectId, reason: "Отменяем чужое" })).toEqual(notFound);
    expect(await decideAction({ applicationIds: [applicationId], decision: "REJECT" })).toEqual(notFound);

    // Another volunteer cannot withdraw Дана's application.
    await actAs((await volunteer({ name: "Ерлан" })).id);
    expect(await withdrawAction({ applicationId })).toEqual(notFound);

    expect(await snapshot()).toEqual(before);
    expect((await db().application.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("SUBMITTED");
  });

  it("answer UNAUTHENTICATED to a call without a session, before reading the input or the database", async () => {
    const { ofB, applicationId } = await twoTenants();
    const before = await snapshot();
    await actAs(null);
    actor.dbReads = 0;

    const unauthenticated = { serverError: { message: "errors.UNAUTHENTICATED" } };
    expect(await applyAction({ roleId: ofB.roleId, motivation: "" })).toEqual(unauthenticated);
    expect(await withdrawAction({ applicationId })).toEqual(unauthenticated);
    // Garbage too: the schema is not even consulted, so nothing about it leaks to a stranger.
    expect(await decideAction({ applicationIds: "all" } as never)).toEqual(unauthenticated);
    expect(await markAllReadAction()).toEqual(unauthenticated);
    expect(await deleteAccountAction({ email: "someone@example.kz" })).toEqual(unauthenticated);
    expect(actor.dbReads).toBe(0);

    expect(await snapshot()).toEqual(before);
  });

  it("take the body scripts/bench.ts posts to applyAction: one object, and it creates an application", async () => {
    const { ofA } = await twoTenants();
    const person = await volunteer({ name: "Алия" });
    await actAs(person.id);
    // The bench sends `[{ roleId, motivation }]`: Next.js spreads the array into the arguments.
    const body = JSON.parse(JSON.stringify([{ roleId: ofA.roleId, motivation: "Хочу помочь." }])) as [never];
    const result = await applyAction(...body);
    expect(result).toMatchObject({ data: { status: "SUBMITTED" } });
    expect(await db().application.count({ where: { volunteerId: person.id, roleId: ofA.roleId } })).toBe(1);
    // Sent for review: nothing on the project page changed, so Next is not asked to render it again.
    expect(actor.revalidated).toEqual([]);
    // The harness saw the action reach the database (the UNAUTHENTICATED test relies on it).
    expect(actor.dbReads).toBeGreaterThan(0);
  });

  it("a place taken at once (first come) has the project page rendered again with one place fewer", async () => {
    const { a } = await twoTenants();
    const firstCome = await project(a.id, { role: { mode: "FIRST_COME", capacity: 2 } });
    const person = await volunteer({ name: "Ерлан" });
    await actAs(person.id);
    expect(await applyAction({ roleId: firstCome.roleId, motivation: "" })).toMatchObject({
      data: { status: "ACCEPTED" },
    });
    expect(actor.revalidated).toContain("/[locale]/projects/[id]|page");
    // The same volunteer again: refused, nothing changed, nothing to render.
    resetActor();
    await actAs(person.id);
    expect(await applyAction({ roleId: firstCome.roleId, motivation: "" })).toMatchObject({
      serverError: { message: "applications.errors.ALREADY_APPLIED" },
    });
    expect(actor.revalidated).toEqual([]);
  });
});
