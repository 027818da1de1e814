import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, errorCode, viewerOf } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { createUser } from "../../prisma/seed/factories";
import type { Viewer } from "../../src/modules/accounts/viewer";
import {
  replyToTestimonial,
  reportTestimonial,
  setTestimonialHidden,
  writeTestimonial,
} from "../../src/modules/testimonials/mutations";
import { listTestimonials, testimonialOpportunities, testimonialQueue } from "../../src/modules/testimonials/queries";
import { replyTestimonialAction, writeTestimonialAction } from "../../src/modules/testimonials/actions";
import { exportMyData } from "../../src/modules/records/export";
import { deleteAccount } from "../../src/modules/records/mutations";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());

const DAY = 86_400_000;
const ENDED = { startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - 9 * DAY) };
const refused = (code: string) => `testimonials.errors.${code}`;

beforeEach(() => resetActor());

/** An application of the volunteer on the project, in the given state. */
async function application(
  p: { projectId: string; roleId: string },
  v: Viewer,
  opts: { status?: "ACCEPTED" | "WAITLISTED" | "REJECTED"; attendance?: "ATTENDED" | "NO_SHOW" | null } = {},
) {
  const app = await db().application.create({
    data: {
      roleId: p.roleId,
      projectId: p.projectId,
      volunteerId: v.id,
      status: opts.status ?? "ACCEPTED",
      attendance: opts.attendance === undefined ? "ATTENDED" : opts.attendance,
      waitlistedAt: opts.status === "WAITLISTED" ? new Date() : null,
    },
    select: { id: true },
  });
  return app.id;
}

async function staffOf(region: "ASTANA" | "ATYRAU") {
  const user = await createUser(db(), { passwordHash: NO_PASSWORD, name: "Staff" });
  await db().staffAssignment.create({ data: { userId: user.id, regionCode: region } });
  return viewerOf(user.id);
}

const said = (rating: number, body = "Хорошо организовано, спасибо команде!") => ({ rating, body });
const notices = (userId: string, type: string) => db().notification.count({ where: { userId, type: type as never } });

describe("writing a testimonial", () => {
  it("is for volunteers who took part in a project that ended, once per application", async () => {
    const { org, owner, coordinator } = await organizer();
    const p = await project(org.id, ENDED);
    const [there, hoursOnly, noShow, unmarked, waitlisted, stranger] = await Promise.all(
      ["Айгерім Сейітова", "Бауыржан Ахметов", "Дина", "Ерлан", "Жанар", "Зарина"].map((name) => volunteer({ name })),
    );
    const appThere = await application(p, there!);
    const appHours = await application(p, hoursOnly!, { attendance: null });
    await db().hoursEntry.create({
      data: {
        applicationId: appHours,
        projectId: p.projectId,
        volunteerId: hoursOnly!.id,
        workedOn: new Date(ENDED.startsAt.toISOString().slice(0, 10)),
        hours: 4,
        source: "ORGANIZER",
        status: "CONFIRMED",
        confirmedById: owner.id,
        confirmedAt: new Date(),
      },
    });
    const appNoShow = await application(p, noShow!, { attendance: "NO_SHOW" });
    const appUnmarked = await application(p, unmarked!, { attendance: null });
    const appWaitlisted = await application(p, waitlisted!, { status: "WAITLISTED", attendance: null });

    expect(await errorCode(writeTestimonial(db(), noShow!, { applicationId: appNoShow, ...said(1) }))).toBe(
      refused("NOT_ATTENDED"),
    );
    expect(await errorCode(writeTestimonial(db(), unmarked!, { applicationId: appUnmarked, ...said(2) }))).toBe(
      refused("NOT_ATTENDED"),
    );
    expect(await errorCode(writeTestimonial(db(), waitlisted!, { applicationId: appWaitlisted, ...said(2) }))).toBe(
      refused("NOT_ACCEPTED"),
    );
    // Someone else's application is no one's to write on.
    expect(await errorCode(writeTestimonial(db(), stranger!, { applicationId: appThere, ...said(1) }))).toBe(
      "NOT_FOUND",
    );
    expect(await testimonialOpportunities(db(), there!, p.projectId)).toHaveLength(1);
    expect(await testimonialOpportunities(db(), noShow!, p.projectId)).toEqual([]);

    await writeTestimonial(db(), there!, { applicationId: appThere, ...said(5) });
    await writeTestimonial(db(), hoursOnly!, { applicationId: appHours, ...said(4) });
    expect(await errorCode(writeTestimonial(db(), there!, { applicationId: appThere, ...said(1) }))).toBe(
      refused("ALREADY_WRITTEN"),
    );
    expect(await testimonialOpportunities(db(), there!, p.projectId)).toEqual([]);
    // Every member of the organizer hears of each one.
    expect(await notices(owner.id, "TESTIMONIAL_RECEIVED")).toBe(2);
    expect(await notices(coordinator.id, "TESTIMONIAL_RECEIVED")).toBe(2);

    const list = await listTestimonials(db(), { projectId: p.projectId });
    expect(list.items.map((t) => [t.authorName, t.rating])).toEqual([
      ["Бауыржан А.", 4],
      ["Айгерім С.", 5],
    ]);
  });

  it("waits for the project's end, and two submits at once make one", async () => {
    const { org } = await organizer();
    const running = await project(org.id, { startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() + DAY) });
    const ended = await project(org.id, ENDED);
    const v = await volunteer();
    const early = await application(running, v);
    expect(await errorCode(writeTestimonial(db(), v, { applicationId: early, ...said(5) }))).toBe(refused("NOT_ENDED"));

    const app = await application(ended, v);
    const results = await Promise.allSettled([
      writeTestimonial(db(), v, { applicationId: app, ...said(5) }),
      writeTestimonial(db(), v, { applicationId: app, ...said(3) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe(refused("ALREADY_WRITTEN"));
    expect(await db().testimonial.count({ where: { applicationId: app } })).toBe(1);
  });

  it("refuses hostile input through the action with our message keys, and strangers without a session", async () => {
    const { org } = await organizer();
    const p = await project(org.id, ENDED);
    const v = await volunteer();
    const app = await application(p, v);
    expect(await writeTestimonialAction({ applicationId: app, rating: 5, body: "Отлично было!" })).toEqual({
      serverError: { message: "errors.UNAUTHENTICATED" },
    });
    await actAs(v.id);
    const bad = await writeTestimonialAction({ applicationId: app, rating: 6, body: "x".repeat(1001) });
    expect(bad?.validationErrors).toEqual({
      rating: { _errors: ["testimonials.validation.rating"] },
      body: { _errors: ["validation.tooLong"] },
    });
    expect(await db().testimonial.count()).toBe(0);
    expect(await writeTestimonialAction({ applicationId: app, rating: "4", body: "Отлично было, приду ещё!" })).toEqual(
      { data: undefined },
    );
    expect((await db().testimonial.findFirstOrThrow()).rating).toBe(4);
  });
});

describe("the organizer's reply", () => {
  it("is written once by any member; two at once make one; another organizer's member gets a 404", async () => {
    const { org, owner, coordinator } = await organizer();
    const other = await organizer();
    const p = await project(org.id, ENDED);
    const v = await volunteer();
    const { id } = await writeTestimonial(db(), v, { applicationId: await application(p, v), ...said(4) });

    expect(await errorCode(replyToTestimonial(db(), other.owner, { testimonialId: id, reply: "Чужой ответ" }))).toBe(
      "NOT_FOUND",
    );
    const results = await Promise.allSettled([
      replyToTestimonial(db(), owner, { testimonialId: id, reply: "Спасибо, Айгерім!" }),
      replyToTestimonial(db(), coordinator, { testimonialId: id, reply: "Рады были видеть!" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.code).toBe(
      refused("ALREADY_REPLIED"),
    );
    const stored = await db().testimonial.findUniqueOrThrow({ where: { id } });
    expect(["Спасибо, Айгерім!", "Рады были видеть!"]).toContain(stored.reply);
    expect(await notices(v.id, "TESTIMONIAL_REPLIED")).toBe(1);

    // Through the action: translated refusal for a third try.
    await actAs(owner.id);
    const again = await replyTestimonialAction({ testimonialId: id, reply: "Ещё один ответ" });
    expect(again?.serverError?.message).toBe(refused("ALREADY_REPLIED"));
    const list = await listTestimonials(db(), { projectId: p.projectId });
    expect(list.items[0]!.reply).toBe(stored.reply);
  });
});

describe("reports, hiding and the average", () => {
  it("averages from three visible ones; a hidden one is neither listed nor counted, on the project or organizer page", async () => {
    const { org } = await organizer();
    const p = await project(org.id, ENDED);
    const staff = await staffOf("ASTANA");
    const elsewhere = await staffOf("ATYRAU");
    const vs = await Promise.all(["Аня Б", "Бота К", "Вера Л"].map((name) => volunteer({ name })));
    const ids: string[] = [];
    for (const [i, v] of vs.entries())
      ids.push(
        (await writeTestimonial(db(), v, { applicationId: await application(p, v), ...said([5, 4, 2][i]!) })).id,
      );

    let list = await listTestimonials(db(), { projectId: p.projectId });
    expect([list.count, list.average]).toEqual([3, 3.7]);
    expect((await listTestimonials(db(), { organizerId: org.id })).average).toBe(3.7);

    // Reported by two people: staff are told once, and nobody reports twice.
    const [r1, r2] = await Promise.all([volunteer({ name: "Читатель" }), volunteer({ name: "Другой" })]);
    await reportTestimonial(db(), r1, { testimonialId: ids[2]!, reason: "Оскорбляет организатора" });
    await reportTestimonial(db(), r2, { testimonialId: ids[2]!, reason: "Неправда" });
    expect(await errorCode(reportTestimonial(db(), r1, { testimonialId: ids[2]!, reason: "Ещё раз" }))).toBe(
      refused("ALREADY_REPORTED"),
    );
    expect(await notices(staff.id, "TESTIMONIAL_REPORTED")).toBe(1);
    expect((await testimonialQueue(db(), staff, "reported")).items.map((t) => t.reports.length)).toEqual([2]);
    expect((await testimonialQueue(db(), elsewhere, "reported")).count).toBe(0);

    expect(await errorCode(setTestimonialHidden(db(), elsewhere, { testimonialId: ids[2]!, hidden: true }))).toBe(
      "NOT_FOUND",
    );
    await setTestimonialHidden(db(), staff, { testimonialId: ids[2]!, hidden: true });
    list = await listTestimonials(db(), { projectId: p.projectId });
    expect([list.count, list.average, list.items.map((t) => t.id)]).toEqual([2, null, [ids[1], ids[0]]]);
    expect((await listTestimonials(db(), { organizerId: org.id })).count).toBe(2);
    expect((await testimonialQueue(db(), staff, "reported")).count).toBe(0);
    expect((await testimonialQueue(db(), staff, "hidden")).items.map((t) => t.id)).toEqual([ids[2]]);
    expect(await db().auditLog.count({ where: { action: "testimonial.hide", entityId: ids[2]! } })).toBe(1);
    // A hidden one cannot be reported again.
    expect(await errorCode(reportTestimonial(db(), r1, { testimonialId: ids[2]!, reason: "Снова здесь?" }))).toBe(
      "NOT_FOUND",
    );

    await setTestimonialHidden(db(), staff, { testimonialId: ids[2]!, hidden: false });
    list = await listTestimonials(db(), { projectId: p.projectId });
    expect([list.count, list.average]).toEqual([3, 3.7]);
  });
});

describe("personal data", () => {
  it("are in the author's download, and deleting the account keeps the rating without the text or the name", async () => {
    const { org } = await organizer();
    const p = await project(org.id, ENDED);
    const user = await createUser(db(), {
      passwordHash: NO_PASSWORD,
      name: "Дәурен Жақсылықов",
      email: "dauren@example.kz",
    });
    const v = await viewerOf(user.id);
    const { id } = await writeTestimonial(db(), v, { applicationId: await application(p, v), ...said(5) });
    const data = await exportMyData(db(), v);
    expect(data.testimonials.map((t) => [t.id, t.rating, t.body, t.project.title])).toEqual([
      [id, 5, said(5).body, "Есіл жағалауын тазалау"],
    ]);

    await deleteAccount(db(), v, { email: "dauren@example.kz" });
    const stored = await db().testimonial.findUniqueOrThrow({ where: { id } });
    expect([stored.authorId, stored.body, stored.rating]).toEqual([null, "", 5]);
    const list = await listTestimonials(db(), { projectId: p.projectId });
    expect(list.items.map((t) => [t.authorName, t.body])).toEqual([["", ""]]);
  });
});
