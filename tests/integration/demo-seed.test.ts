import { describe, expect, it } from "vitest";
import { db, viewerOf } from "./helpers";
import { seedDemo } from "../../prisma/seed/demo";
import { DEMO_CHECK_IN_PROJECT } from "../../prisma/seed/demo-check-in";
import { listProposedHours } from "../../src/modules/check-in/queries";
import { ageOn, ADULT_AGE, MIN_VOLUNTEER_AGE } from "../../src/domain/age";
import { isForbiddenForMinors } from "../../src/domain/classification";
import { isoDate, utcToZoned } from "../../src/domain/time";
import { isoWeekday } from "../../src/domain/slot-pattern";
import { invariantViolations } from "../../src/modules/applications/invariants";
import { getProjectHours, listMyHours } from "../../src/modules/hours/queries";
import { getMyRecord } from "../../src/modules/records/queries";
import { listMyApplications, listOrganizerApplications } from "../../src/modules/applications/queries";
import { unreadConversationCount } from "../../src/modules/messages/queries";
import { sendUnreadMessageEmails } from "../../src/modules/messages/jobs";

const DAY = 86_400_000;
const kzDate = (d: Date) => utcToZoned(d).date;
const userId = async (email: string) =>
  (await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;

/** The invariants the applications and hours mutations keep, checked over the whole dataset. */
async function expectInvariants(now: Date) {
  const roles = await db().$queryRaw<
    { id: string; capacity: number; acceptedCount: number; accepted: number; mode: string; waitlisted: number }[]
  >`
    SELECT r.id, r.capacity, r."acceptedCount", r.mode::text,
           count(a.*) FILTER (WHERE a.status = 'ACCEPTED')::int AS accepted,
           count(a.*) FILTER (WHERE a.status = 'WAITLISTED')::int AS waitlisted
      FROM "ProjectRole" r LEFT JOIN "Application" a ON a."roleId" = r.id GROUP BY r.id`;
  for (const r of roles) {
    expect(r.acceptedCount, `role ${r.id}`).toBe(r.accepted);
    expect(r.acceptedCount).toBeLessThanOrEqual(r.capacity);
    // In first-come mode a free place goes to the first in line: a waiting line means a full role.
    if (r.mode === "FIRST_COME" && r.waitlisted > 0) expect(r.acceptedCount).toBe(r.capacity);
  }

  const apps = await db().application.findMany({
    select: {
      id: true,
      status: true,
      attendance: true,
      createdAt: true,
      waitlistedAt: true,
      decidedAt: true,
      role: { select: { minAge: true, mode: true } },
      project: {
        select: {
          startsAt: true,
          publishedAt: true,
          status: true,
          primaryDirection: true,
          secondaryDirection: true,
          socialSubtype: true,
          hazardous: true,
        },
      },
      volunteer: { select: { createdAt: true, volunteer: { select: { birthDate: true, guardianConsentAt: true } } } },
      events: { orderBy: { id: "asc" }, select: { fromStatus: true, toStatus: true, createdAt: true } },
    },
  });
  expect(apps.length).toBeGreaterThan(300);
  for (const a of apps) {
    const profile = a.volunteer.volunteer!;
    const ageThen = ageOn(profile.birthDate, a.createdAt);
    // Applied after the account and the project existed, to a project that was open.
    expect(a.createdAt > a.volunteer.createdAt && a.createdAt > a.project.publishedAt!).toBe(true);
    expect(["PUBLISHED", "COMPLETED"]).toContain(a.project.status);
    // No minor on work closed to minors; minors only with a consent recorded by then; old enough for the role.
    if (isForbiddenForMinors(a.project)) expect(ageThen, `application ${a.id}`).toBeGreaterThanOrEqual(ADULT_AGE);
    if (ageThen < ADULT_AGE)
      expect(
        profile.guardianConsentAt !== null && profile.guardianConsentAt <= a.createdAt,
        `consent for ${a.id}`,
      ).toBe(true);
    const ageAtStart = ageOn(profile.birthDate, a.project.startsAt > a.createdAt ? a.project.startsAt : a.createdAt);
    expect(ageAtStart).toBeGreaterThanOrEqual(Math.max(a.role.minAge, MIN_VOLUNTEER_AGE));
    // The history starts with the application and ends in its status, in time order.
    expect(a.events[0]?.fromStatus).toBeNull();
    expect(a.events.at(-1)?.toStatus).toBe(a.status);
    for (let i = 1; i < a.events.length; i++) {
      expect(a.events[i]!.fromStatus).toBe(a.events[i - 1]!.toStatus);
      expect(a.events[i]!.createdAt >= a.events[i - 1]!.createdAt).toBe(true);
    }
    expect(a.status === "WAITLISTED").toBe(a.waitlistedAt !== null);
    if (a.attendance) expect(a.status).toBe("ACCEPTED");
    if (a.project.startsAt > now) expect(a.attendance).toBeNull();
  }

  const entries = await db().hoursEntry.findMany({
    select: {
      id: true,
      applicationId: true,
      status: true,
      source: true,
      hours: true,
      workedOn: true,
      volunteerId: true,
      projectId: true,
      confirmedAt: true,
      confirmedById: true,
      supersedesId: true,
      application: { select: { status: true, attendance: true, volunteerId: true, projectId: true } },
      project: {
        select: {
          startsAt: true,
          endsAt: true,
          organizer: { select: { members: { where: { role: "OWNER" }, select: { userId: true } } } },
        },
      },
    },
  });
  const today = kzDate(now);
  const counted = new Map<string, number>();
  const perPlaceDay = new Set<string>();
  for (const e of entries) {
    const day = isoDate(e.workedOn);
    expect(
      day >= kzDate(e.project.startsAt) && day <= kzDate(e.project.endsAt) && day <= today,
      `entry ${e.id} on ${day}`,
    ).toBe(true);
    expect(e.application?.volunteerId).toBe(e.volunteerId);
    expect(e.application?.projectId).toBe(e.projectId);
    if (e.status === "CONFIRMED") {
      expect(e.application).toMatchObject({ status: "ACCEPTED", attendance: "ATTENDED" });
      expect(e.source).toBe("ORGANIZER");
      expect(e.confirmedById).toBe(e.project.organizer.members[0]!.userId);
      expect(e.confirmedAt!.getTime()).toBeGreaterThan(e.workedOn.getTime());
      expect(e.confirmedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(e.hours.toNumber()).toBeGreaterThanOrEqual(2);
      expect(e.hours.toNumber()).toBeLessThanOrEqual(8);
    }
    if (e.status === "PENDING" || e.status === "CONFIRMED") {
      const key = `${e.volunteerId}:${day}`;
      counted.set(key, (counted.get(key) ?? 0) + e.hours.toNumber());
      expect(perPlaceDay.has(`${e.applicationId}:${day}`), `two counted entries for one place and day`).toBe(false);
      perPlaceDay.add(`${e.applicationId}:${day}`);
    }
    if (e.supersedesId) expect(entries.find((o) => o.id === e.supersedesId)?.status).toBe("SUPERSEDED");
  }
  for (const [key, hours] of counted) expect(hours, key).toBeLessThanOrEqual(16);
  expect(
    entries.filter((e) => e.status === "SUPERSEDED").every((s) => entries.some((e) => e.supersedesId === s.id)),
  ).toBe(true);

  // The demo's history is already emailed: the worker sends nothing when the app starts.
  expect(await db().notification.count({ where: { emailStatus: { notIn: ["SENT", "SKIPPED"] } } })).toBe(0);
}

describe("the demo dataset", () => {
  it("shows the platform in use and keeps every invariant the mutations keep", async () => {
    const now = new Date();
    await seedDemo(db(), 240, now);
    await expectInvariants(now);

    // Conversations on «Адреса заботы» (demo-messages.ts): one question waits for the team, which
    // was already emailed about it, so the unread job sends nothing right after seeding.
    const care = await db().project.findFirstOrThrow({
      where: { title: { startsWith: "«Адреса заботы»: помощь" } },
      select: { id: true, organizer: { select: { members: { where: { role: "OWNER" }, select: { userId: true } } } } },
    });
    expect(await db().conversation.count({ where: { application: { projectId: care.id } } })).toBe(3);
    const careOwner = await viewerOf(care.organizer.members[0]!.userId);
    expect(await unreadConversationCount(db(), careOwner)).toBe(1);
    expect(await sendUnreadMessageEmails(db(), now)).toBe(0);

    // Some twenty projects that are over, across regions, directions and kinds of organizer.
    const past = await db().project.findMany({
      where: { status: { in: ["PUBLISHED", "COMPLETED"] }, endsAt: { lt: now } },
      select: {
        regionCode: true,
        primaryDirection: true,
        startsAt: true,
        organizer: { select: { form: true } },
        _count: { select: { hours: { where: { status: "CONFIRMED" } } } },
      },
    });
    expect(past.length).toBeGreaterThanOrEqual(15);
    expect(past.every((p) => p._count.hours > 0 && p.startsAt.getTime() > now.getTime() - 400 * DAY)).toBe(true);
    const regions = new Set(past.map((p) => p.regionCode));
    expect(regions.has("ASTANA") && regions.has("AKTOBE") && regions.size >= 8).toBe(true);
    expect(new Set(past.map((p) => p.primaryDirection)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(past.map((p) => p.organizer.form))).toEqual(
      new Set(["REGISTERED", "INITIATIVE_GROUP", "INDIVIDUAL"]),
    );
    // Some volunteers came back for more.
    const regulars = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT "volunteerId" FROM "HoursEntry" WHERE status = 'CONFIRMED' GROUP BY 1 HAVING count(DISTINCT "projectId") >= 2) x`;
    expect(regulars[0]!.n).toBeGreaterThan(20);

    // Aigerim: three past projects with confirmed hours, one day still waiting for the organizer,
    // one accepted and one submitted application to Astana Jastary's upcoming projects.
    const aigerim = await viewerOf(await userId("aigerim@asar.demo"));
    const record = await getMyRecord(db(), aigerim);
    expect(record.projectCount).toBe(3);
    expect(record.totalCenti).toBeGreaterThan(1000);
    const myHours = await listMyHours(db(), aigerim, 1, now);
    expect(
      myHours.items.flatMap((i) => i.entries).filter((e) => e.status === "PENDING" && e.source === "SELF_REPORTED"),
    ).toHaveLength(1);
    const jastary = await db().organizer.findUniqueOrThrow({ where: { slug: "astana-jastary" }, select: { id: true } });
    const mine = await listMyApplications(db(), aigerim, 1);
    const upcoming = mine.items.filter((a) => a.project.startsAt > now);
    expect(upcoming.map((a) => a.status).sort()).toEqual(["ACCEPTED", "SUBMITTED"]);
    const upcomingOrganizers = await db().project.findMany({
      where: { id: { in: upcoming.map((a) => a.project.id) } },
      select: { organizerId: true },
    });
    expect(upcomingOrganizers.every((p) => p.organizerId === jastary.id)).toBe(true);
    const notes = await db().notification.findMany({
      where: { userId: aigerim.id },
      select: { type: true, emailStatus: true, readAt: true },
    });
    expect(new Set(notes.map((n) => n.type))).toEqual(new Set(["APPLICATION_ACCEPTED", "HOURS_CONFIRMED"]));
    expect(notes.length).toBeGreaterThanOrEqual(5);
    expect(notes.some((n) => n.readAt === null)).toBe(true);

    // "Addresses for Care" goes out on Saturdays: its first role has the weekly pattern's slots,
    // the first Saturday full with someone waiting (demo-shifts.ts, decision 0032).
    const careSlots = await db().roleSlot.findMany({
      where: { project: { title: { startsWith: "«Адреса заботы»: помощь" } } },
      orderBy: { startsAt: "asc" },
      select: {
        startsAt: true,
        capacity: true,
        acceptedCount: true,
        signups: { select: { status: true } },
      },
    });
    expect(careSlots.length).toBeGreaterThanOrEqual(8);
    expect(
      careSlots.every((s) => utcToZoned(s.startsAt).time === "10:00" && isoWeekday(kzDate(s.startsAt)) === 6),
    ).toBe(true);
    expect(careSlots[0]!.acceptedCount).toBe(careSlots[0]!.capacity);
    expect(careSlots[0]!.signups.filter((g) => g.status === "WAITLISTED")).toHaveLength(1);
    expect(careSlots[1]!.acceptedCount).toBeGreaterThan(0);
    expect((await invariantViolations(db())).filter((v) => v.rule.startsWith("slot"))).toEqual([]);

    // Daniyar, 16: one past project with confirmed hours, open to minors.
    const daniyarId = await userId("daniyar@asar.demo");
    const daniyarRecord = await getMyRecord(db(), await viewerOf(daniyarId));
    expect(daniyarRecord.projectCount).toBe(1);
    const daniyarProject = await db().project.findUniqueOrThrow({
      where: { id: daniyarRecord.items[0]!.projectId },
      select: { primaryDirection: true, secondaryDirection: true, socialSubtype: true, hazardous: true },
    });
    expect(isForbiddenForMinors(daniyarProject)).toBe(false);

    // Astana Jastary's owner: applications to decide, and a past project whose hours page shows
    // confirmed, pending, disputed and corrected entries.
    const owner = await viewerOf(await userId("jastary@asar.demo"));
    const dashboard = await listOrganizerApplications(db(), owner, "astana-jastary", { page: 1, status: "SUBMITTED" });
    expect(dashboard).not.toBeNull();
    const toDecide = await db().application.count({
      where: { status: "SUBMITTED", project: { organizerId: jastary.id, startsAt: { gt: now } } },
    });
    expect(toDecide).toBeGreaterThanOrEqual(10);
    const showcase = await db().hoursEntry.findFirstOrThrow({
      where: { volunteerId: aigerim.id, status: "PENDING" },
      select: { projectId: true },
    });
    const statuses = new Set<string>();
    const hoursPage = await getProjectHours(db(), owner, showcase.projectId, { page: 1 }, now);
    expect(hoursPage).not.toBeNull();
    for (const role of hoursPage!.roles) {
      const page = await getProjectHours(db(), owner, showcase.projectId, { role: role.id, page: 1 }, now);
      for (const row of page!.rows) for (const e of row.entries) statuses.add(e.status);
    }
    expect(statuses).toEqual(new Set(["CONFIRMED", "PENDING", "DISPUTED", "SUPERSEDED"]));
    expect(hoursPage!.totals.pending).toBeGreaterThanOrEqual(3);

    // Check-in by QR on last winter's «Адреса заботы»: check-ins behind confirmed hours, a missed
    // slot, and proposals waiting on the hours page (demo-check-in.ts).
    const winter = await db().project.findFirstOrThrow({
      where: { title: DEMO_CHECK_IN_PROJECT },
      select: { id: true },
    });
    const checkIns = await db().checkIn.findMany({
      where: { projectId: winter.id, hoursEntryId: { not: null } },
      select: { checkedOutAt: true, proposedHours: true, hoursEntryId: true },
    });
    const behind = await db().hoursEntry.findMany({
      where: { id: { in: checkIns.map((c) => c.hoursEntryId!) }, status: "CONFIRMED" },
      select: { id: true, hours: true },
    });
    expect(behind.length).toBeGreaterThanOrEqual(4);
    expect(behind).toHaveLength(checkIns.length);
    for (const c of checkIns)
      expect(behind.find((e) => e.id === c.hoursEntryId)!.hours.equals(c.proposedHours!)).toBe(true);
    expect((await listProposedHours(db(), owner, winter.id))!.length).toBeGreaterThanOrEqual(1);
    expect(await db().slotSignup.count({ where: { slot: { projectId: winter.id }, attendance: "NO_SHOW" } })).toBe(
      await db().roleSlot.count({ where: { projectId: winter.id } }),
    );

    // The spring flood in Atyrau region: requests through their whole lifecycle, triaged by the
    // region's staff, two made into Yntymak Atyrau's projects with confirmed hours.
    const requests = await db().helpRequest.findMany({
      where: { regionCode: "ATYRAU" },
      select: {
        id: true,
        status: true,
        category: true,
        createdAt: true,
        updatedAt: true,
        acceptedAt: true,
        firstActionAt: true,
        closedAt: true,
        outcomeReason: true,
        duplicateOfId: true,
        projectId: true,
        contactPhone: true,
        personalDataErasedAt: true,
      },
    });
    expect(requests.length).toBeGreaterThanOrEqual(25);
    const byStatus = (s: string) => requests.filter((r) => r.status === s);
    expect(byStatus("RESOLVED").length).toBeGreaterThan(requests.length / 2);
    expect(byStatus("DECLINED").length).toBeGreaterThanOrEqual(2);
    expect(byStatus("DECLINED").every((r) => r.outcomeReason)).toBe(true);
    expect(byStatus("DUPLICATE").length).toBeGreaterThanOrEqual(2);
    expect(byStatus("DUPLICATE").every((r) => requests.some((o) => o.id === r.duplicateOfId))).toBe(true);
    expect(byStatus("NEW").length + byStatus("IN_PROGRESS").length).toBeGreaterThanOrEqual(3);
    expect(new Set(requests.map((r) => r.category)).size).toBeGreaterThanOrEqual(5);
    for (const r of requests) {
      expect(r.createdAt <= now && (r.closedAt === null) === (r.status === "NEW" || r.status === "IN_PROGRESS")).toBe(
        true,
      );
      if (r.status !== "NEW") expect(r.firstActionAt!.getTime()).toBeGreaterThan(r.createdAt.getTime());
      // Closed more than 90 days ago: erased, as the nightly job does; otherwise the contact is there.
      const due = r.closedAt !== null && r.closedAt.getTime() < now.getTime() - 90 * DAY;
      expect(r.personalDataErasedAt !== null, `request ${r.id}`).toBe(due);
      expect(r.contactPhone === null).toBe(due);
    }
    // Every step is in the audit log the requester's timeline is read from.
    const steps = await db().auditLog.groupBy({
      by: ["action"],
      where: { entityType: "HelpRequest", entityId: { in: requests.map((r) => r.id) } },
      _count: { _all: true },
    });
    const stepCount = Object.fromEntries(steps.map((s) => [s.action, s._count._all]));
    expect(stepCount["help.submitted"]).toBe(requests.length);
    expect(stepCount["help.resolved"]).toBe(byStatus("RESOLVED").length);
    expect(stepCount["help.declined"]).toBe(byStatus("DECLINED").length);
    expect(stepCount["help.converted"]).toBe(2);
    const made = await db().project.findMany({
      where: { id: { in: requests.flatMap((r) => (r.projectId ? [r.projectId] : [])) } },
      select: {
        id: true,
        createdAt: true,
        organizer: { select: { slug: true } },
        _count: { select: { hours: { where: { status: "CONFIRMED" } } } },
      },
    });
    expect(made).toHaveLength(2);
    for (const p of made) {
      expect(p.organizer.slug).toBe("yntymak-atyrau");
      expect(p._count.hours).toBeGreaterThan(5);
      const from = requests.find((r) => r.projectId === p.id)!;
      expect(from.acceptedAt!.getTime()).toBeLessThan(p.createdAt.getTime());
    }
    const staffAtyrau = await viewerOf(await userId("staff.atyrau@asar.demo"));
    const { helpQueueCounts } = await import("../../src/modules/help/queries");
    expect(await helpQueueCounts(db(), staffAtyrau)).toEqual({
      open: byStatus("NEW").length + byStatus("IN_PROGRESS").length,
      overdue: 1,
    });

    // The front office's call-out for the dams: sent to Atyrau's opted-in adults, answered both
    // ways, closed, and backed by the dams project whose hours were confirmed.
    const callOut = await db().callOut.findFirstOrThrow({
      where: { regions: { has: "ATYRAU" } },
      include: {
        recipients: { include: { user: { select: { volunteer: true } } } },
        project: { select: { _count: { select: { hours: { where: { status: "CONFIRMED" } } } } } },
        updates: true,
      },
    });
    expect(callOut.status).toBe("CLOSED");
    expect(made.map((p) => p.id)).toContain(callOut.projectId);
    expect(callOut.project._count.hours).toBeGreaterThan(5);
    expect(callOut.updates).toHaveLength(1);
    const answers = (a: string | null) => callOut.recipients.filter((r) => r.answer === a).length;
    expect(answers("COMING")).toBeGreaterThanOrEqual(5);
    expect(answers("CANT")).toBeGreaterThanOrEqual(1);
    expect(answers(null)).toBeGreaterThanOrEqual(1);
    expect(callOut.recipientCount).toBe(callOut.recipients.length);
    const { ageOn } = await import("../../src/domain/age");
    for (const r of callOut.recipients) {
      expect(r.user.volunteer!.callOutRegions).toContain("ATYRAU");
      expect(ageOn(r.user.volunteer!.birthDate, callOut.startsAt)).toBeGreaterThanOrEqual(18);
    }

    // After the project: Astana Jastary's winter project shows its average from four testimonials,
    // one answered; the author of each took part; and its template makes next winter's slots.
    const { listTestimonials } = await import("../../src/modules/testimonials/queries");
    const lastWinter = await db().project.findFirstOrThrow({
      where: { organizerId: jastary.id, title: { startsWith: "«Адреса заботы»: зимний десант" } },
      select: { id: true },
    });
    const shown = await listTestimonials(db(), { projectId: lastWinter.id });
    expect(shown.count).toBe(4);
    expect(shown.average).toBe(4.5);
    expect(shown.items.filter((t) => t.reply)).toHaveLength(1);
    const testimonials = await db().testimonial.findMany({ select: { application: true } });
    expect(testimonials.length).toBeGreaterThanOrEqual(5);
    expect(
      testimonials.every((t) => t.application.status === "ACCEPTED" && t.application.attendance === "ATTENDED"),
    ).toBe(true);
    const template = await db().projectTemplate.findFirstOrThrow({ where: { organizerId: jastary.id } });
    const { templateDataSchema } = await import("../../src/modules/project-templates/schema");
    const { instantiate } = await import("../../src/modules/project-templates/snapshot");
    const nextWinter = instantiate(templateDataSchema.parse(template.data), "2027-12-01");
    expect(nextWinter.roles[0]!.slots).toHaveLength(6);

    // The statistics pages have figures to show.
    const national = await db().statSummary.aggregate({
      where: { periodKind: "MONTH", regionCode: null, dimension: "TOTAL" },
      _sum: { confirmedHours: true },
    });
    const confirmed = await db().hoursEntry.aggregate({ where: { status: "CONFIRMED" }, _sum: { hours: true } });
    expect(national._sum.confirmedHours?.toNumber()).toBe(confirmed._sum.hours?.toNumber());
  });

  it("keeps the seasons and the invariants whatever day it is seeded on", async () => {
    // During Nauryz: that year's holiday is not over yet, so the demo shows last year's.
    const now = new Date("2027-03-22T07:00:00Z");
    await seedDemo(db(), 240, now);
    await expectInvariants(now);
    const nauryz = await db().project.findFirstOrThrow({
      where: { title: { startsWith: "Наурыз мейрамы" } },
      select: { startsAt: true, endsAt: true },
    });
    expect(kzDate(nauryz.startsAt)).toBe("2026-03-21");
    expect(nauryz.endsAt < now).toBe(true);
    const snow = await db().project.findFirstOrThrow({
      where: { title: { contains: "расчистка снега" } },
      select: { startsAt: true },
    });
    expect(kzDate(snow.startsAt)).toBe("2027-01-10");
    expect((await getMyRecord(db(), await viewerOf(await userId("aigerim@asar.demo")))).projectCount).toBe(3);
  });
});
