import { describe, expect, it } from "vitest";
import { db, errorCode } from "./helpers";
import { organizer, project } from "./applications-fixtures";
import { addDays, utcToZoned, zonedToUtc } from "../../src/domain/time";
import { generateSlots, isoWeekday, type SlotPattern } from "../../src/domain/slot-pattern";
import {
  createFromTemplate,
  deleteTemplate,
  duplicateProject,
  saveTemplate,
} from "../../src/modules/project-templates/mutations";
import { listTemplates } from "../../src/modules/project-templates/queries";

const today = () => utcToZoned(new Date()).date;

/**
 * Last winter's project: two roles, one with a weekly pattern (Saturdays 10:00–14:00 for four
 * weeks from the second day) and its slots, one without; skills, age, mode and a training.
 */
async function winterProject(organizerId: string) {
  const start = addDays(today(), -100);
  const p = await project(organizerId, {
    title: "Адреса заботы",
    startsAt: zonedToUtc(start, "09:00"),
    endsAt: zonedToUtc(addDays(start, 30), "18:00"),
    status: "COMPLETED",
    role: { title: "Водитель", capacity: 4, minAge: 18, skills: ["вождение"], mode: "FIRST_COME" },
  });
  const training = await db().training.findFirstOrThrow({ select: { id: true, code: true } });
  const pattern: SlotPattern = {
    from: addDays(start, 1),
    weekdays: [6],
    start: "10:00",
    end: "14:00",
    weeks: 4,
    capacity: 3,
  };
  await db().projectRole.update({
    where: { id: p.roleId },
    data: { slotPattern: pattern, requiredTrainingId: training.id },
  });
  await db().roleSlot.createMany({
    data: generateSlots(pattern).map((s) => ({ ...s, roleId: p.roleId, projectId: p.projectId, checkInSecret: "old" })),
  });
  await db().projectRole.create({
    data: { projectId: p.projectId, title: "Упаковщик", capacity: 10, position: 1, description: "Собирает наборы" },
  });
  return { ...p, start, pattern, training };
}

async function copyOf(projectId: string) {
  return db().project.findUniqueOrThrow({
    where: { id: projectId },
    include: {
      sdgs: { orderBy: { sdg: "asc" } },
      roles: {
        orderBy: { position: "asc" },
        include: { slots: { orderBy: { startsAt: "asc" } }, requiredTraining: true },
      },
    },
  });
}

describe("duplicating a project", () => {
  it("makes a draft with the texts, classification and roles, and the slots generated again at the new dates", async () => {
    const { org, coordinator } = await organizer();
    const source = await winterProject(org.id);
    const newStart = addDays(today(), 40);
    const { id } = await duplicateProject(db(), coordinator, { projectId: source.projectId, startDate: newStart });

    const [before, after] = [await copyOf(source.projectId), await copyOf(id)];
    expect(after.status).toBe("DRAFT");
    expect(after.createdById).toBe(coordinator.id);
    for (const key of ["title", "description", "primaryDirection", "regionCode", "settlement", "contactName"] as const)
      expect(after[key]).toEqual(before[key]);
    expect(after.sdgs.map((s) => [s.sdg, s.impact])).toEqual(before.sdgs.map((s) => [s.sdg, s.impact]));
    // The same times of day and the same length, from the new date.
    expect(after.startsAt).toEqual(zonedToUtc(newStart, "09:00"));
    expect(after.endsAt).toEqual(zonedToUtc(addDays(newStart, 30), "18:00"));

    expect(after.roles.map((r) => [r.title, r.capacity, r.minAge, r.skills, r.mode, r.acceptedCount])).toEqual([
      ["Водитель", 4, 18, ["вождение"], "FIRST_COME", 0],
      ["Упаковщик", 10, 14, [], "REVIEW", 0],
    ]);
    expect(after.roles[0]!.requiredTraining?.code).toBe(source.training.code);
    const [driver, packer] = after.roles;
    expect(driver!.slotPattern).toEqual({ ...source.pattern, from: addDays(newStart, 1) });
    expect(packer!.slotPattern).toBeNull();
    expect(packer!.slots).toEqual([]);

    // Four Saturdays from the day after the new start, 10:00–14:00 in Kazakhstan, 3 places each.
    expect(driver!.slots).toHaveLength(4);
    for (const slot of driver!.slots) {
      const local = utcToZoned(slot.startsAt);
      expect(isoWeekday(local.date)).toBe(6);
      expect([local.time, utcToZoned(slot.endsAt).time, slot.capacity, slot.acceptedCount]).toEqual([
        "10:00",
        "14:00",
        3,
        0,
      ]);
      expect(slot.startsAt > after.startsAt && slot.startsAt < after.endsAt).toBe(true);
      expect(slot.checkInSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(new Set(driver!.slots.map((s) => s.checkInSecret)).size).toBe(4);
    // The source keeps its own.
    expect(before.roles[0]!.slots.every((s) => s.checkInSecret === "old")).toBe(true);
    expect(await db().auditLog.count({ where: { action: "project.duplicate", entityId: id } })).toBe(1);
  });

  it("refuses another organizer's project as missing, and a start in the past", async () => {
    const { org, owner } = await organizer();
    const other = await organizer();
    const source = await winterProject(org.id);
    expect(
      await errorCode(duplicateProject(db(), other.owner, { projectId: source.projectId, startDate: today() })),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(duplicateProject(db(), owner, { projectId: source.projectId, startDate: addDays(today(), -1) })),
    ).toBe("projectTemplates.validation.startInPast");
    expect(await db().project.count()).toBe(1);
  });
});

describe("templates", () => {
  it("are saved, listed, used for a new draft the same way as a duplicate, and deleted", async () => {
    const { org, owner, coordinator } = await organizer();
    const source = await winterProject(org.id);
    const saved = await saveTemplate(db(), coordinator, { projectId: source.projectId, name: "Зимняя забота" });
    const list = await listTemplates(db(), owner, org.slug);
    expect(list?.templates.map((t) => [t.name, t.title, t.roles, t.lengthDays])).toEqual([
      ["Зимняя забота", "Адреса заботы", 2, 30],
    ]);

    const newStart = addDays(today(), 7);
    const { id } = await createFromTemplate(db(), owner, { templateId: saved.id, startDate: newStart });
    const made = await copyOf(id);
    expect([made.status, made.title, made.startsAt]).toEqual(["DRAFT", "Адреса заботы", zonedToUtc(newStart, "09:00")]);
    expect(made.roles[0]!.slots.map((s) => s.startsAt)).toEqual(
      generateSlots({ ...source.pattern, from: addDays(newStart, 1) }).map((s) => s.startsAt),
    );

    await deleteTemplate(db(), coordinator, { templateId: saved.id });
    expect((await listTemplates(db(), owner, org.slug))?.templates).toEqual([]);
    expect(await db().project.count({ where: { id } })).toBe(1);
  });

  it("of another organizer are a 404 everywhere", async () => {
    const { org, coordinator } = await organizer();
    const other = await organizer();
    const source = await winterProject(org.id);
    const saved = await saveTemplate(db(), coordinator, { projectId: source.projectId, name: "Зимняя забота" });
    const date = addDays(today(), 7);
    expect(await errorCode(createFromTemplate(db(), other.owner, { templateId: saved.id, startDate: date }))).toBe(
      "NOT_FOUND",
    );
    expect(await errorCode(deleteTemplate(db(), other.coordinator, { templateId: saved.id }))).toBe("NOT_FOUND");
    expect(await errorCode(saveTemplate(db(), other.owner, { projectId: source.projectId, name: "Моё" }))).toBe(
      "NOT_FOUND",
    );
    expect(await listTemplates(db(), other.owner, org.slug)).toBeNull();
    expect(await db().projectTemplate.count()).toBe(1);
    expect(await db().project.count()).toBe(1);
  });

  it("that no longer parse are refused with a message rather than a broken project", async () => {
    const { org, owner } = await organizer();
    const template = await db().projectTemplate.create({
      data: { organizerId: org.id, name: "Old", data: { version: 0 } },
    });
    expect(
      await errorCode(createFromTemplate(db(), owner, { templateId: template.id, startDate: addDays(today(), 3) })),
    ).toBe("projectTemplates.errors.BROKEN");
    expect(await db().project.count()).toBe(0);
  });
});
