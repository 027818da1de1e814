import { describe, expect, it } from "vitest";
import { db, viewerOf } from "./helpers";
import { createOrganizer, createProject as seedProject, createUser } from "../../prisma/seed/factories";
import { createProject, submitProject, updateProject } from "../../src/modules/projects/mutations";
import { getProjectForEdit } from "../../src/modules/projects/queries";
import { decideProject } from "../../src/modules/moderation/mutations";
import { nextInQueue, regionModerationTime } from "../../src/modules/moderation/queries";
import { appointStaff } from "../../src/modules/staff/mutations";
import { projectSchema } from "../../src/modules/projects/schema";

const HOUR = 3_600_000;

async function setup() {
  const org = await createOrganizer(db(), { name: "Astana Jastary", regionCode: "ASTANA", verified: true });
  const owner = await viewerOf(org.ownerId);
  const admin = await viewerOf((await createUser(db(), { isAdmin: true })).id);
  const staff = await createUser(db());
  await appointStaff(db(), admin, { email: staff.email, regionCode: "ASTANA" });
  return { org, owner, admin, staff: await viewerOf(staff.id) };
}

let n = 0;
async function draft(organizerId: string, regionCode: "ASTANA" | "AKTOBE" = "ASTANA") {
  n += 1;
  const title = `Проект ${n}`;
  const { id } = await seedProject(db(), {
    organizerId,
    title,
    description: "Описание проекта для проверки модерации, достаточно длинное.",
    primaryDirection: "SOCIAL",
    socialSubtype: "ELDERLY",
    regionCode,
    startsAt: new Date("2027-05-15T05:00:00Z"),
    endsAt: new Date("2027-05-15T09:00:00Z"),
    contactName: "Айгерім",
    roles: [{ title: "Волонтер", capacity: 5 }],
  });
  return { id, title };
}

/** A submission and a decision `waitHours` later, as the audit log records them. */
async function audited(projectId: string, regionCode: "ASTANA" | "AKTOBE", decidedAt: Date, waitHours: number) {
  await db().auditLog.createMany({
    data: [
      {
        action: "project.submit",
        entityType: "Project",
        entityId: projectId,
        regionCode,
        actorId: null,
        createdAt: new Date(decidedAt.getTime() - waitHours * HOUR),
      },
      {
        action: "project.approve",
        entityType: "Project",
        entityId: projectId,
        regionCode,
        actorId: null,
        createdAt: decidedAt,
      },
    ],
  });
}

describe("how long a region's moderation usually takes", () => {
  it("is the median from submission to decision of the region's audited decisions, shown from five on", async () => {
    const { org, owner, staff } = await setup();
    // A real journey leaves exactly the audit entries the figure reads.
    const { id } = await createProject(
      db(),
      owner,
      org.id,
      projectSchema.parse({
        title: "Есіл жағалауын тазалау",
        description: "Собираем мусор на набережной Есиля, перчатки и мешки выдаем на месте.",
        language: "ru",
        compositions: ["GENERAL"],
        primaryDirection: "ENVIRONMENTAL",
        scope: "LOCAL",
        duration: "ONE_TIME",
        birgemiz: [],
        regionCode: "ASTANA",
        settlement: "Астана",
        startDate: "2027-05-15",
        startTime: "10:00",
        endDate: "2027-05-15",
        endTime: "14:00",
        contactName: "Айгерім",
        sdgs: [],
        roles: [{ title: "Волонтер", capacity: 5, minAge: 14, mode: "FIRST_COME", skills: "" }],
      }),
    );
    await submitProject(db(), owner, id);
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    const one = await regionModerationTime(db(), "ASTANA");
    expect(one).toEqual({ decisions: 1, medianMs: null });

    // A substantive edit sends it back; the second decision counts from the resubmission.
    const edit = await getProjectForEdit(db(), owner, id);
    await updateProject(
      db(),
      owner,
      id,
      projectSchema.parse({ ...edit!.input, title: "Есіл жағалауы: көктемгі тазалау" }),
    );
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    expect((await regionModerationTime(db(), "ASTANA")).decisions).toBe(2);

    // Five more decisions of 10, 20, 30, 40 and 50 hours: with the two above (a moment each)
    // the seven waits have the median 20 hours.
    const now = new Date();
    for (const [i, hours] of [10, 20, 30, 40, 50].entries()) {
      const p = await draft(org.id);
      await audited(p.id, "ASTANA", new Date(now.getTime() - (i + 1) * HOUR), hours);
    }
    const time = await regionModerationTime(db(), "ASTANA");
    expect(time.decisions).toBe(7);
    expect(time.medianMs).toBeCloseTo(20 * HOUR, -3);

    // Another region's decisions and decisions older than a year do not count.
    const other = await createOrganizer(db(), { name: "Aqtobe", regionCode: "AKTOBE", verified: true });
    for (let i = 0; i < 6; i++) {
      const p = await draft(other.id, "AKTOBE");
      await audited(p.id, "AKTOBE", new Date(now.getTime() - HOUR), 500);
    }
    const old = await draft(org.id);
    await audited(old.id, "ASTANA", new Date(now.getTime() - 400 * 24 * HOUR), 1000);
    expect(await regionModerationTime(db(), "ASTANA")).toEqual(time);
    const aktobe = await regionModerationTime(db(), "AKTOBE");
    expect(aktobe.decisions).toBe(6);
    expect(aktobe.medianMs).toBeCloseTo(500 * HOUR, -3);
    expect(await regionModerationTime(db(), "ABAI")).toEqual({ decisions: 0, medianMs: null });
  });
});

describe("the next item of the moderator's queue", () => {
  it("is the oldest other submitted project of the moderator's regions, then an organizer to verify", async () => {
    const { org, staff } = await setup();
    const first = await draft(org.id);
    const second = await draft(org.id);
    const elsewhere = await createOrganizer(db(), { name: "Aqtobe", regionCode: "AKTOBE", verified: true });
    const foreign = await draft(elsewhere.id, "AKTOBE");
    const submitted = (id: string, at: string) =>
      db().project.update({ where: { id }, data: { status: "SUBMITTED", submittedAt: new Date(at) } });
    await submitted(foreign.id, "2026-01-01T00:00:00Z");
    await submitted(second.id, "2026-02-01T00:00:00Z");
    await submitted(first.id, "2026-03-01T00:00:00Z");

    expect(await nextInQueue(db(), staff, first.id)).toEqual({ kind: "project", id: second.id, title: second.title });
    expect(await nextInQueue(db(), staff, second.id)).toEqual({ kind: "project", id: first.id, title: first.title });

    await db().project.update({ where: { id: first.id }, data: { status: "PUBLISHED" } });
    expect(await nextInQueue(db(), staff, second.id)).toBeNull();
    const pending = await createOrganizer(db(), { name: "Жаңа ұйым", regionCode: "ASTANA" });
    expect(await nextInQueue(db(), staff, second.id)).toEqual({
      kind: "organizer",
      slug: pending.slug,
      name: "Жаңа ұйым",
    });
    // Someone who staffs no region has no queue.
    expect(await nextInQueue(db(), await viewerOf(org.ownerId), second.id)).toBeNull();
  });
});
