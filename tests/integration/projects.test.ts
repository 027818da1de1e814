import { describe, expect, it } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { addMember, createOrganizer, createUser, createVolunteer } from "../../prisma/seed/factories";
import { projectSchema, type ProjectInput } from "../../src/modules/projects/schema";
import { cancelProject, createProject, submitProject, updateProject } from "../../src/modules/projects/mutations";
import { getProjectForEdit, getProjectForView, listOrganizerProjects } from "../../src/modules/projects/queries";
import { decideProject } from "../../src/modules/moderation/mutations";
import { moderationCounts, moderationQueue } from "../../src/modules/moderation/queries";
import { appointStaff } from "../../src/modules/staff/mutations";

const raw = (over: Partial<ProjectInput> = {}): ProjectInput => ({
  title: "Taza Qazaqstan: Есіл жағалауын тазалау",
  description: "Собираем мусор на набережной Есиля, перчатки и мешки выдаем на месте. Приходите с друзьями.",
  language: "ru",
  compositions: ["GENERAL", "STUDENT"],
  primaryDirection: "ENVIRONMENTAL",
  scope: "LOCAL",
  duration: "ONE_TIME",
  birgemiz: ["TAZA_ALEM"],
  regionCode: "ASTANA",
  settlement: "Астана",
  startDate: "2027-05-15",
  startTime: "10:00",
  endDate: "2027-05-15",
  endTime: "14:00",
  contactName: "Айгерім",
  sdgs: [
    { sdg: 6, impact: "DIRECT" },
    { sdg: 15, impact: "DIRECT" },
  ],
  roles: [{ title: "Волонтер на уборке", capacity: 30, minAge: 14, mode: "FIRST_COME", skills: "" }],
  ...over,
});
const input = (over: Partial<ProjectInput> = {}) => projectSchema.parse(raw(over));

async function setup() {
  const org = await createOrganizer(db(), { name: "Astana Jastary", regionCode: "ASTANA", verified: true });
  const owner = await viewerOf(org.ownerId);
  const admin = await viewerOf((await createUser(db(), { isAdmin: true })).id);
  const staff = await createUser(db());
  await appointStaff(db(), admin, { email: staff.email, regionCode: "ASTANA" });
  const otherStaff = await createUser(db());
  await appointStaff(db(), admin, { email: otherStaff.email, regionCode: "AKTOBE" });
  return { org, owner, admin, staff: await viewerOf(staff.id), otherStaff: await viewerOf(otherStaff.id) };
}

describe("posting and moderating a project", () => {
  it("draft → submitted → published, in Kazakhstan's time, with an audit trail", async () => {
    const { org, owner, staff } = await setup();
    const { id } = await createProject(db(), owner, org.id, input());
    const draft = await db().project.findUniqueOrThrow({ where: { id }, include: { roles: true, sdgs: true } });
    expect(draft.status).toBe("DRAFT");
    expect(draft.startsAt.toISOString()).toBe("2027-05-15T05:00:00.000Z");
    expect(draft.sdgs.map((s) => s.sdg).sort()).toEqual([15, 6]);

    expect(await getProjectForView(db(), null, id)).toBeNull();
    await submitProject(db(), owner, id);
    expect((await moderationCounts(db(), staff))?.projects).toBe(1);
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    expect((await db().project.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    expect(await getProjectForView(db(), null, id)).not.toBeNull();
    const log = await db().auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["project.create", "project.submit", "project.approve"]);
    expect(log[2]?.actorId).toBe(staff.id);
    expect(await db().notification.count({ where: { userId: org.ownerId, type: "PROJECT_APPROVED" } })).toBe(1);
  });

  it("staff of another region neither see nor decide the project", async () => {
    const { org, owner, otherStaff, admin } = await setup();
    const { id } = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, id);
    expect((await moderationQueue(db(), otherStaff))?.projects).toEqual([]);
    // Asking for the other region's queue by name gives nothing either.
    expect(await moderationQueue(db(), otherStaff, "ASTANA")).toEqual({ organizers: [], projects: [] });
    expect((await moderationQueue(db(), admin, "ASTANA"))?.projects.map((p) => p.id)).toEqual([id]);
    expect(await getProjectForView(db(), otherStaff, id)).toBeNull();
    expect(await errorCode(decideProject(db(), otherStaff, { projectId: id, decision: "APPROVE" }))).toBe("NOT_FOUND");
    expect((await db().project.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("an unverified organizer's project cannot be published", async () => {
    const { staff } = await setup();
    const org = await createOrganizer(db(), { regionCode: "ASTANA", verified: false });
    const owner = await viewerOf(org.ownerId);
    const { id } = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, id);
    expect(await errorCode(decideProject(db(), staff, { projectId: id, decision: "APPROVE" }))).toBe(
      "moderation.errors.ORGANIZER_NOT_VERIFIED",
    );
  });

  it("rejection carries the law's ground and a comment; changes requested go back to the organizer", async () => {
    const { org, owner, staff } = await setup();
    const a = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, a.id);
    await decideProject(db(), staff, {
      projectId: a.id,
      decision: "REJECT",
      ground: "PAID_WORK",
      comment: "Это оплачиваемая работа промоутером",
    });
    const rejected = await db().project.findUniqueOrThrow({ where: { id: a.id } });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionGround: "PAID_WORK", reviewedById: staff.id });

    const b = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, b.id);
    await decideProject(db(), staff, { projectId: b.id, decision: "REQUEST_CHANGES", comment: "Укажите место сбора" });
    await submitProject(db(), owner, b.id);
    expect((await db().project.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("SUBMITTED");
  });

  it("a substantive edit of a published project goes back to moderation; capacity and dates do not", async () => {
    const { org, owner, staff } = await setup();
    const { id } = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, id);
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    const roleId = (await db().projectRole.findFirstOrThrow({ where: { projectId: id } })).id;

    const moved = await updateProject(
      db(),
      owner,
      id,
      input({
        endTime: "16:00",
        roles: [{ id: roleId, title: "Волонтер на уборке", capacity: 50, minAge: 14, mode: "FIRST_COME", skills: "" }],
      }),
    );
    expect(moved.backToModeration).toBe(false);
    expect((await db().project.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");

    const renamed = await updateProject(
      db(),
      owner,
      id,
      input({
        title: "Совсем другой проект по уборке",
        roles: [{ id: roleId, title: "Волонтер", capacity: 50, minAge: 14, mode: "FIRST_COME", skills: "" }],
      }),
    );
    expect(renamed.backToModeration).toBe(true);
    expect((await db().project.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("a coordinator of another organizer cannot edit, submit or cancel the project", async () => {
    const { org, owner } = await setup();
    const { id } = await createProject(db(), owner, org.id, input());
    const other = await createOrganizer(db(), { regionCode: "ASTANA" });
    const coordinator = await createUser(db());
    await addMember(db(), other.id, coordinator.id);
    const v = await viewerOf(coordinator.id);
    expect(await errorCode(updateProject(db(), v, id, input({ title: "Hijacked project title" })))).toBe("NOT_FOUND");
    expect(await errorCode(submitProject(db(), v, id))).toBe("NOT_FOUND");
    expect(await errorCode(cancelProject(db(), v, { projectId: id, reason: "because I can" }))).toBe("NOT_FOUND");
    expect(await errorCode(createProject(db(), v, org.id, input()))).toBe("NOT_FOUND");
    // Nor read it: the draft, its form and the organizer's project list answer 404.
    expect(await getProjectForView(db(), v, id)).toBeNull();
    expect(await getProjectForEdit(db(), v, id)).toBeNull();
    expect(await listOrganizerProjects(db(), v, org.slug)).toBeNull();
    expect(await db().project.count({ where: { organizerId: org.id } })).toBe(1);
    expect((await db().project.findUniqueOrThrow({ where: { id } })).title).toBe(
      "Taza Qazaqstan: Есіл жағалауын тазалау",
    );
  });

  it("cancelling tells every accepted and waitlisted volunteer", async () => {
    const { org, owner, staff } = await setup();
    const { id } = await createProject(db(), owner, org.id, input());
    await submitProject(db(), owner, id);
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    const role = await db().projectRole.findFirstOrThrow({ where: { projectId: id } });
    const a = await createVolunteer(db());
    const b = await createVolunteer(db());
    await db().application.create({ data: { roleId: role.id, projectId: id, volunteerId: a.id, status: "ACCEPTED" } });
    await db().application.create({
      data: { roleId: role.id, projectId: id, volunteerId: b.id, status: "WAITLISTED", waitlistedAt: new Date() },
    });

    const { told } = await cancelProject(db(), owner, { projectId: id, reason: "Штормовое предупреждение" });
    expect(told).toBe(2);
    expect(await db().notification.count({ where: { type: "PROJECT_CANCELLED", userId: { in: [a.id, b.id] } } })).toBe(
      2,
    );
    expect(await db().application.count({ where: { projectId: id, status: "CANCELLED" } })).toBe(2);
  });

  it("validates dates, places and the social subtype", () => {
    const bad = projectSchema.safeParse({
      ...raw(),
      endDate: "2027-05-14",
      primaryDirection: "SOCIAL",
      socialSubtype: "",
      isOnline: false,
      settlement: "",
    });
    const paths = bad.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["endDate", "socialSubtype", "settlement"]));
  });
});

describe("editing a published project", () => {
  async function published(over: Partial<ProjectInput> = {}) {
    const { org, owner, staff } = await setup();
    const { id } = await createProject(
      db(),
      owner,
      org.id,
      input({
        roles: [
          {
            title: "Волонтер на уборке",
            description: "Собирать мусор",
            capacity: 30,
            minAge: 18,
            mode: "FIRST_COME",
            skills: "",
          },
        ],
        ...over,
      }),
    );
    await submitProject(db(), owner, id);
    await decideProject(db(), staff, { projectId: id, decision: "APPROVE" });
    const role = await db().projectRole.findFirstOrThrow({ where: { projectId: id } });
    const sameRole = {
      id: role.id,
      title: role.title,
      description: role.description,
      capacity: role.capacity,
      minAge: role.minAge,
      mode: role.mode,
      skills: "",
    };
    return { id, owner, staff, sameRole };
  }
  const statusOf = async (id: string) => (await db().project.findUniqueOrThrow({ where: { id } })).status;

  it.each([
    ["the region", { regionCode: "AKMOLA", settlement: "Косшы" }, {}, ["regionCode", "settlement"]],
    ["a role's title", {}, { title: "Охранник склада" }, ["roles.title"]],
    ["a role's description", {}, { description: "Переносить тяжелые мешки с цементом" }, ["roles.description"]],
    ["the minimum age, 18 → 14", {}, { minAge: 14 }, ["roles.minAge"]],
    ["the contact phone", { contactPhone: "+7 700 000 00 00" }, {}, ["contactPhone"]],
  ] as const)("changing %s sends it back to moderation", async (_, project, role, changed) => {
    const { id, owner, sameRole } = await published();
    const result = await updateProject(db(), owner, id, input({ ...project, roles: [{ ...sameRole, ...role }] }));
    expect(result.backToModeration).toBe(true);
    expect(await statusOf(id)).toBe("SUBMITTED");
    const log = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "project.update_remoderate" } });
    expect(log.data).toEqual({ changed: [...changed] });
  });

  it("a new role goes to moderation; more places, later dates, a higher age limit or a removed role do not", async () => {
    const { id, owner, sameRole } = await published({
      roles: [
        {
          title: "Волонтер на уборке",
          description: "Собирать мусор",
          capacity: 30,
          minAge: 18,
          mode: "FIRST_COME",
          skills: "",
        },
        { title: "Фотограф", capacity: 2, minAge: 16, mode: "REVIEW", skills: "" },
      ],
    });
    const calm = await updateProject(
      db(),
      owner,
      id,
      input({ startDate: "2027-05-16", endDate: "2027-05-16", roles: [{ ...sameRole, capacity: 60, minAge: 21 }] }),
    );
    expect(calm.backToModeration).toBe(false);
    expect(await statusOf(id)).toBe("PUBLISHED");

    const added = await updateProject(
      db(),
      owner,
      id,
      input({
        roles: [
          { ...sameRole, minAge: 21 },
          { title: "Повар", capacity: 3, minAge: 18, mode: "REVIEW", skills: "" },
        ],
      }),
    );
    expect(added.backToModeration).toBe(true);
    expect(await statusOf(id)).toBe("SUBMITTED");
  });
});
