import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { actAs, actor } from "./action-harness";
import { NO_PASSWORD } from "./applications-fixtures";
import { callOutForm, kzDay, optedIn, parsed, regionTeam } from "./call-outs-fixtures";
import {
  openCallOutCount,
  organizerCallOutFormOptions,
  staffCallOuts,
} from "../../src/modules/call-outs/staff-queries";
import { createOrganizer, createVolunteer } from "../../prisma/seed/factories";
import { createCallOut } from "../../src/modules/call-outs/create";
import { createCallOutAction } from "../../src/modules/call-outs/actions";
import { loadMessages } from "../../src/i18n/messages";
import { LOCALES } from "../../src/domain/locales";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());

async function nothingCreated() {
  expect(await db().callOut.count()).toBe(0);
  expect(await db().project.count()).toBe(0);
  expect(await db().auditLog.count({ where: { action: "callOut.create" } })).toBe(0);
}

async function helpRequest(regionCode: "ATYRAU" | "AKTOBE", accepted?: { organizerId: string }) {
  return db().helpRequest.create({
    data: {
      trackingToken: crypto.randomBytes(24).toString("base64url"),
      locale: "ru",
      category: "EMERGENCY",
      regionCode,
      settlement: "Кульсары",
      description: "Вода подходит к домам, нужны люди с мешками.",
      peopleNeeded: 30,
      contactPhone: "+77011234567",
      consentToShare: true,
      ...(accepted
        ? {
            status: "IN_PROGRESS",
            assignedOrganizerId: accepted.organizerId,
            assignedAt: new Date(),
            acceptedAt: new Date(),
          }
        : {}),
    },
    select: { id: true },
  });
}

describe("creating a call-out", () => {
  it("lets a region's staff call out: a published project of the organizer with one first-come role, 18+ for an emergency", async () => {
    const { staff, organizer } = await regionTeam();
    const viewer = await viewerOf(staff.id);
    const { id, projectId } = await createCallOut(
      db(),
      viewer,
      parsed({ organizerId: organizer.id, minAge: "16", skills: "лопата, водитель", requiredTraining: "FIRST_AID" }),
    );
    const callOut = await db().callOut.findUniqueOrThrow({
      where: { id },
      include: { project: { include: { roles: true, sdgs: true } } },
    });
    expect(callOut).toMatchObject({
      status: "OPEN",
      regions: ["ATYRAU"],
      settlements: ["Кульсары"],
      peopleNeeded: 40,
      // The law: emergency work is for adults, whatever the form said.
      minAge: 18,
      skills: ["лопата", "водитель"],
      createdById: staff.id,
      fanOutDoneAt: null,
    });
    expect(callOut.answerBy < callOut.startsAt).toBe(true);
    // 09:00 in Kazakhstan (UTC+5).
    expect(callOut.startsAt.toISOString()).toBe(`${kzDay(3)}T04:00:00.000Z`);
    const p = callOut.project;
    expect(p).toMatchObject({
      id: projectId,
      organizerId: organizer.id,
      status: "PUBLISHED",
      primaryDirection: "EMERGENCY",
      hazardous: true,
      regionCode: "ATYRAU",
      settlement: "Кульсары",
      contactName: "Ержан Штаб",
      language: "ru",
      reviewedById: staff.id,
    });
    expect(p.publishedAt).not.toBeNull();
    expect(p.sdgs.length).toBeGreaterThan(0);
    expect(p.roles).toHaveLength(1);
    const training = await db().training.findUniqueOrThrow({ where: { code: "FIRST_AID" } });
    expect(p.roles[0]).toMatchObject({
      id: callOut.roleId,
      mode: "FIRST_COME",
      capacity: 40,
      minAge: 18,
      requiredTrainingId: training.id,
    });
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "callOut.create", entityId: id } });
    expect(entry).toMatchObject({ actorId: staff.id, regionCode: "ATYRAU" });
  });

  it("places a call-out without settlements in its first region's centre (a project is somewhere or online)", async () => {
    const { staff, organizer } = await regionTeam();
    const { projectId } = await createCallOut(
      db(),
      await viewerOf(staff.id),
      parsed({ organizerId: organizer.id, settlements: "" }),
    );
    const project = await db().project.findUniqueOrThrow({ where: { id: projectId } });
    expect(project).toMatchObject({ settlement: "Атырау", isOnline: false });
  });

  it("keeps a lower minimum age for a direction the law leaves open to minors", async () => {
    const { staff, organizer } = await regionTeam();
    const { id } = await createCallOut(
      db(),
      await viewerOf(staff.id),
      parsed({ organizerId: organizer.id, direction: "SOCIAL", minAge: "16" }),
    );
    const c = await db().callOut.findUniqueOrThrow({ where: { id }, include: { project: true } });
    expect(c.minAge).toBe(16);
    expect(c.project.hazardous).toBe(false);
  });

  it("lets the national admin call out several regions; refuses staff a region they do not staff", async () => {
    const { admin, staff, organizer } = await regionTeam();
    const both = parsed({ organizerId: organizer.id, regions: ["ATYRAU", "AKTOBE"] });
    expect(await errorCode(createCallOut(db(), await viewerOf(staff.id), both))).toBe(
      "callOuts.errors.REGION_NOT_STAFFED",
    );
    await nothingCreated();
    const { id } = await createCallOut(db(), await viewerOf(admin.id), both);
    expect((await db().callOut.findUniqueOrThrow({ where: { id } })).regions).toEqual(["ATYRAU", "AKTOBE"]);
  });

  it("refuses another region's staff, an organizer and a volunteer, and creates nothing", async () => {
    const { organizer } = await regionTeam("ATYRAU");
    const { staff: aktobeStaff } = await regionTeam("AKTOBE");
    const volunteer = await createVolunteer(db(), { passwordHash: NO_PASSWORD });
    const input = parsed({ organizerId: organizer.id });
    expect(await errorCode(createCallOut(db(), await viewerOf(aktobeStaff.id), input))).toBe(
      "callOuts.errors.REGION_NOT_STAFFED",
    );
    expect(await errorCode(createCallOut(db(), await viewerOf(organizer.ownerId), input))).toBe("FORBIDDEN");
    expect(await errorCode(createCallOut(db(), await viewerOf(volunteer.id), input))).toBe("FORBIDDEN");
    // Another region's request for help answers like a missing one.
    const request = await helpRequest("ATYRAU");
    expect(
      await errorCode(
        createCallOut(
          db(),
          await viewerOf(aktobeStaff.id),
          parsed({ organizerId: organizer.id, regions: ["AKTOBE"], helpRequestId: request.id }),
        ),
      ),
    ).toBe("NOT_FOUND");
    await nothingCreated();
  });

  it("takes only a verified organizer of one of the call-out's regions as coordinator", async () => {
    const { staff } = await regionTeam("ATYRAU");
    const viewer = await viewerOf(staff.id);
    const unverified = await createOrganizer(db(), { regionCode: "ATYRAU", ownerPasswordHash: NO_PASSWORD });
    const elsewhere = await createOrganizer(db(), {
      regionCode: "AKTOBE",
      verified: true,
      ownerPasswordHash: NO_PASSWORD,
    });
    for (const o of [unverified, elsewhere])
      expect(await errorCode(createCallOut(db(), viewer, parsed({ organizerId: o.id })))).toBe(
        "callOuts.errors.ORGANIZER_NOT_ELIGIBLE",
      );
    await nothingCreated();
  });

  it("starts from a request for help: staff of its region, or the organizer that accepted it for its region only", async () => {
    const { staff, organizer } = await regionTeam("ATYRAU");
    const other = await createOrganizer(db(), { regionCode: "ATYRAU", verified: true, ownerPasswordHash: NO_PASSWORD });
    const request = await helpRequest("ATYRAU", { organizerId: organizer.id });
    const byStaff = await createCallOut(
      db(),
      await viewerOf(staff.id),
      parsed({ organizerId: other.id, helpRequestId: request.id }),
    );
    expect((await db().callOut.findUniqueOrThrow({ where: { id: byStaff.id } })).helpRequestId).toBe(request.id);

    const owner = await viewerOf(organizer.ownerId);
    const mine = parsed({ organizerId: organizer.id, helpRequestId: request.id });
    expect(await errorCode(createCallOut(db(), owner, { ...mine, regions: ["ATYRAU", "AKTOBE"] }))).toBe(
      "callOuts.errors.REQUEST_REGION_ONLY",
    );
    expect(await errorCode(createCallOut(db(), owner, { ...mine, organizerId: other.id }))).toBe(
      "callOuts.errors.OWN_ORGANIZER_ONLY",
    );
    // The other organizer's owner did not accept it: as if it did not exist.
    expect(
      await errorCode(createCallOut(db(), await viewerOf(other.ownerId), { ...mine, organizerId: other.id })),
    ).toBe("NOT_FOUND");
    const byOrganizer = await createCallOut(db(), owner, mine);
    const c = await db().callOut.findUniqueOrThrow({ where: { id: byOrganizer.id }, include: { project: true } });
    expect(c.project.organizerId).toBe(organizer.id);
    expect(await db().callOut.count()).toBe(2);
  });

  it("gives an organizer the form only for a request it accepted, and its action lands on the project", async () => {
    const { organizer } = await regionTeam("ATYRAU");
    const other = await createOrganizer(db(), { regionCode: "ATYRAU", verified: true, ownerPasswordHash: NO_PASSWORD });
    const request = await helpRequest("ATYRAU", { organizerId: organizer.id });
    const offered = await helpRequest("ATYRAU");
    const slug = (await db().organizer.findUniqueOrThrow({ where: { id: organizer.id } })).slug;
    const otherSlug = (await db().organizer.findUniqueOrThrow({ where: { id: other.id } })).slug;
    const owner = await viewerOf(organizer.ownerId);

    const options = await organizerCallOutFormOptions(db(), owner, slug, request.id);
    expect(options?.regions).toEqual(["ATYRAU"]);
    expect(options?.organizers.map((o) => o.id)).toEqual([organizer.id]);
    expect(options?.prefill).toMatchObject({
      helpRequestId: request.id,
      organizerId: organizer.id,
      peopleNeeded: "30",
    });
    // Another organizer's owner, through either slug; a request not accepted; hostile ids: nothing.
    const stranger = await viewerOf(other.ownerId);
    expect(await organizerCallOutFormOptions(db(), stranger, slug, request.id)).toBeNull();
    expect(await organizerCallOutFormOptions(db(), stranger, otherSlug, request.id)).toBeNull();
    expect(await organizerCallOutFormOptions(db(), owner, slug, offered.id)).toBeNull();
    expect(await organizerCallOutFormOptions(db(), owner, slug, "x".repeat(500))).toBeNull();

    await actAs(organizer.ownerId);
    const result = await createCallOutAction(callOutForm({ organizerId: organizer.id, helpRequestId: request.id }));
    const created = await db().callOut.findFirstOrThrow({ where: { helpRequestId: request.id } });
    expect(result?.data).toEqual({ id: created.id, path: `/projects/${created.projectId}` });
  });

  it("refuses an answer deadline already past", async () => {
    const { staff, organizer } = await regionTeam();
    const input = parsed({
      organizerId: organizer.id,
      answerByDate: kzDay(-1),
      startDate: kzDay(0),
      endDate: kzDay(1),
    });
    expect(await errorCode(createCallOut(db(), await viewerOf(staff.id), input))).toBe(
      "callOuts.errors.ANSWER_BY_PAST",
    );
    await nothingCreated();
  });
});

describe("the create action under hostile input", () => {
  const messages = Promise.all(LOCALES.map((l) => loadMessages(l)));
  const translated = async (key: string) => {
    for (const m of await messages) {
      const value = key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], m);
      expect(typeof value, key).toBe("string");
    }
  };

  it("answers oversized, wrong and missing fields with translated errors next to them, and creates nothing", async () => {
    const { staff, organizer } = await regionTeam();
    await actAs(staff.id);
    const huge = "Ы".repeat(100_000);
    const cases: [Record<string, unknown>, string[]][] = [
      [
        {
          ...callOutForm({ organizerId: organizer.id }),
          title: huge,
          description: huge,
          settlements: huge,
          skills: huge,
        },
        ["title", "description", "settlements", "skills"],
      ],
      [
        { ...callOutForm({ organizerId: organizer.id }), peopleNeeded: "0", minAge: "12", regions: [] },
        ["peopleNeeded", "minAge", "regions"],
      ],
      [
        { ...callOutForm({ organizerId: organizer.id }), peopleNeeded: "10001", minAge: "100" },
        ["peopleNeeded", "minAge"],
      ],
      [
        { ...callOutForm({ organizerId: organizer.id }), regions: ["MOON"], direction: "<script>", startTime: "25:00" },
        ["regions", "direction", "startTime"],
      ],
      [
        { ...callOutForm({ organizerId: organizer.id }), endDate: kzDay(2), answerByDate: kzDay(4) },
        ["endDate", "answerByDate"],
      ],
      [{ ...callOutForm({ organizerId: "" }), title: "" }, ["organizerId", "title"]],
    ];
    for (const [input, fields] of cases) {
      const result = await createCallOutAction(input as never);
      const errors = result?.validationErrors as Record<string, { _errors?: string[] } | string[]> | undefined;
      expect(errors, JSON.stringify(result)).toBeDefined();
      for (const f of fields) {
        const e = errors?.[f];
        const key = Array.isArray(e)
          ? e[0]
          : (e?._errors?.[0] ?? (e as { 0?: { _errors?: string[] } })?.[0]?._errors?.[0]);
        expect(key, `${f}: ${JSON.stringify(e)}`).toBeTruthy();
        await translated(key!);
      }
    }
    for (const junk of [null, "x", 42, [], { title: { $ne: 1 } }])
      expect((await createCallOutAction(junk as never))?.validationErrors).toBeDefined();
    await nothingCreated();
  });

  it("creates through the action and says where to go next; refuses without a session", async () => {
    const { staff, organizer } = await regionTeam();
    await actAs(null);
    expect((await createCallOutAction(callOutForm({ organizerId: organizer.id }) as never))?.serverError?.message).toBe(
      "errors.UNAUTHENTICATED",
    );
    await actAs(staff.id);
    const result = await createCallOutAction(callOutForm({ organizerId: organizer.id }) as never);
    const id = result?.data?.id;
    expect(id).toBeTruthy();
    expect(result?.data?.path).toBe(`/moderation/call-outs/${id}`);
    expect(actor.revalidated).toContain("/[locale]/moderation/call-outs|page");
    expect(await db().callOut.count()).toBe(1);
  });
});

describe("the staff's list of call-outs", () => {
  it("shows a call-out to the staff of its regions and the admin, to no other region's staff, and to no volunteer", async () => {
    const atyrau = await regionTeam("ATYRAU");
    const aktobe = await regionTeam("AKTOBE");
    const { id } = await createCallOut(
      db(),
      await viewerOf(atyrau.staff.id),
      parsed({ organizerId: atyrau.organizer.id }),
    );
    const listed = async (userId: string) =>
      (await staffCallOuts(db(), await viewerOf(userId), 1))?.items.map((c) => c.id) ?? null;
    expect(await listed(atyrau.staff.id)).toContain(id);
    expect(await listed(atyrau.admin.id)).toContain(id);
    expect(await listed(aktobe.staff.id)).not.toContain(id);
    const volunteer = await optedIn(["ATYRAU"]);
    expect(await listed(volunteer.id)).toBeNull();
    expect(await openCallOutCount(db(), await viewerOf(volunteer.id))).toBeNull();
    const open = (userId: string) => viewerOf(userId).then((v) => openCallOutCount(db(), v));
    expect(await open(atyrau.staff.id)).toBeGreaterThanOrEqual(1);
    expect(await open(aktobe.staff.id)).toBe(
      await db().callOut.count({ where: { status: "OPEN", regions: { has: "AKTOBE" } } }),
    );
  });
});
