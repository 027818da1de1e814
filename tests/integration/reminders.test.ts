import { describe, expect, it } from "vitest";
import { db } from "./helpers";
import { NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { createOrganizer, createProject, createUser } from "../../prisma/seed/factories";
import { addDays, utcToZoned, zonedToUtc } from "../../src/domain/time";
import type { ApplicationStatus, SlotSignupStatus } from "../../src/generated/prisma/enums";
import {
  sendDayBeforeReminders,
  sendSoonReminders,
  sendTookPartFollowUps,
} from "../../src/modules/reminders/volunteers";
import { organizerResponsiveness } from "../../src/modules/organizers/responsiveness";
import {
  sendOrganizerWeeklyDigests,
  sendStaffDailyDigests,
  sendWaitingApplications,
} from "../../src/modules/reminders/organizers";

const DAY = 86_400_000;
// Today and the next two days on Kazakhstan's calendar.
const today = utcToZoned(new Date()).date;
const tomorrow = addDays(today, 1);
const at = (date: string, time: string) => zonedToUtc(date, time);

async function apply(roleId: string, projectId: string, volunteerId: string, status: ApplicationStatus, ago = 0) {
  return db().application.create({
    data: { roleId, projectId, volunteerId, status, createdAt: new Date(Date.now() - ago) },
    select: { id: true },
  });
}

async function slot(roleId: string, projectId: string, date: string, from: string, to: string) {
  return db().roleSlot.create({
    data: {
      roleId,
      projectId,
      startsAt: at(date, from),
      endsAt: at(date, to),
      capacity: 5,
      checkInSecret: "secret",
    },
  });
}

async function signUp(
  s: { id: string; startsAt: Date; endsAt: Date },
  applicationId: string,
  volunteerId: string,
  status: SlotSignupStatus,
) {
  return db().slotSignup.create({
    data: { slotId: s.id, applicationId, volunteerId, status, startsAt: s.startsAt, endsAt: s.endsAt },
    select: { id: true },
  });
}

/**
 * A published project tomorrow 10:00–18:00 with a role without slots (an "event") and a role with
 * slots: tomorrow 10:00–14:00 and the day after. Who should hear what is named by the variable.
 */
async function tomorrowsProject() {
  const { org } = await organizer();
  const created = await createProject(db(), {
    organizerId: org.id,
    title: "Адреса заботы",
    description: "Помощь пожилым",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "ASTANA",
    settlement: "Астана",
    contactName: "Дана",
    startsAt: at(tomorrow, "10:00"),
    endsAt: at(tomorrow, "18:00"),
    status: "PUBLISHED",
    roles: [
      { title: "Сопровождающий", capacity: 10 },
      { title: "Доставка продуктов", capacity: 10 },
    ],
  });
  const projectId = created.id;
  const [eventRole, slotRole] = created.roles.map((r) => r.id) as [string, string];
  const tomorrowSlot = await slot(slotRole, projectId, tomorrow, "10:00", "14:00");
  const laterSlot = await slot(slotRole, projectId, addDays(tomorrow, 1), "10:00", "14:00");
  const [eventGoer, slotGoer, waitlisted, submitted, later] = await Promise.all(
    ["Event", "Slot", "Waitlisted", "Submitted", "Later"].map((name) => volunteer({ name })),
  );
  const event = await apply(eventRole, projectId, eventGoer!.id, "ACCEPTED");
  await apply(eventRole, projectId, submitted!.id, "SUBMITTED");
  const slotApp = await apply(slotRole, projectId, slotGoer!.id, "ACCEPTED");
  const slotSignup = await signUp(tomorrowSlot, slotApp.id, slotGoer!.id, "CONFIRMED");
  const waitApp = await apply(slotRole, projectId, waitlisted!.id, "ACCEPTED");
  await signUp(tomorrowSlot, waitApp.id, waitlisted!.id, "WAITLISTED");
  const laterApp = await apply(slotRole, projectId, later!.id, "ACCEPTED");
  await signUp(laterSlot, laterApp.id, later!.id, "CONFIRMED");
  return { org, projectId, eventGoer: eventGoer!, slotGoer: slotGoer!, event, slotSignup };
}

const sent = (type: string) =>
  db().notification.findMany({
    where: { type: type as never },
    select: { userId: true, data: true, emailStatus: true, shownInApp: true },
    orderBy: { userId: "asc" },
  });

describe("volunteers' reminders", () => {
  it("reminds the day before each confirmed slot and each accepted event once, with two instances running at once", async () => {
    const p = await tomorrowsProject();
    const evening = at(today, "18:00");
    const [a, b] = await Promise.all([sendDayBeforeReminders(db(), evening), sendDayBeforeReminders(db(), evening)]);
    expect(a.notifications + b.notifications).toBe(2);
    // A restart or a retried job: nothing more.
    expect((await sendDayBeforeReminders(db(), evening)).notifications).toBe(0);
    const reminders = await sent("REMINDER_DAY_BEFORE");
    expect(reminders.map((r) => r.userId).sort()).toEqual([p.eventGoer.id, p.slotGoer.id].sort());
    const bySlot = reminders.find((r) => r.userId === p.slotGoer.id)!;
    expect(bySlot.data).toMatchObject({
      projectId: p.projectId,
      projectTitle: "Адреса заботы",
      roleTitle: "Доставка продуктов",
      signupId: p.slotSignup.id,
      startsAt: at(tomorrow, "10:00").toISOString(),
      endsAt: at(tomorrow, "14:00").toISOString(),
    });
    expect(reminders.find((r) => r.userId === p.eventGoer.id)!.data).toMatchObject({
      roleTitle: "Сопровождающий",
      applicationId: p.event.id,
    });
    // Emailed too (the outbox), per the default preferences.
    expect(reminders.map((r) => r.emailStatus)).toEqual(["PENDING", "PENDING"]);
  });

  it("reminds two hours before, says “did you take part?” the morning after, and never twice", async () => {
    const p = await tomorrowsProject();
    const morning = at(tomorrow, "08:30");
    // 08:30 is more than 2 hours before 10:00 minus a minute: nothing yet at 07:59.
    expect((await sendSoonReminders(db(), at(tomorrow, "07:59"))).notifications).toBe(0);
    await Promise.all([sendSoonReminders(db(), morning), sendSoonReminders(db(), morning)]);
    await sendSoonReminders(db(), at(tomorrow, "08:40"));
    expect((await sent("REMINDER_SOON")).map((r) => r.userId).sort()).toEqual([p.eventGoer.id, p.slotGoer.id].sort());

    const dayAfter = at(addDays(tomorrow, 1), "09:00");
    await Promise.all([sendTookPartFollowUps(db(), dayAfter), sendTookPartFollowUps(db(), dayAfter)]);
    await sendTookPartFollowUps(db(), dayAfter);
    const followUps = await sent("TOOK_PART_FOLLOW_UP");
    expect(followUps.map((r) => r.userId).sort()).toEqual([p.eventGoer.id, p.slotGoer.id].sort());
    expect(followUps[0]!.data).toMatchObject({ projectId: p.projectId, workedOn: tomorrow });
  });

  it("obeys each volunteer's channels, and skips cancelled projects and sign-ups", async () => {
    const p = await tomorrowsProject();
    await db().notificationOptOut.createMany({
      data: [
        { userId: p.eventGoer.id, kind: "REMINDERS", channel: "EMAIL" },
        { userId: p.slotGoer.id, kind: "REMINDERS", channel: "IN_APP" },
      ],
    });
    const cancelled = await tomorrowsProject();
    // Cancelling a project cancels its applications (the database insists).
    await db().application.updateMany({ where: { projectId: cancelled.projectId }, data: { status: "CANCELLED" } });
    await db().project.update({ where: { id: cancelled.projectId }, data: { status: "CANCELLED" } });
    await sendDayBeforeReminders(db(), at(today, "18:00"));
    const reminders = await sent("REMINDER_DAY_BEFORE");
    expect(reminders).toHaveLength(2);
    const ofEvent = reminders.find((r) => r.userId === p.eventGoer.id)!;
    expect(ofEvent).toMatchObject({ emailStatus: "SKIPPED", shownInApp: true });
    const ofSlot = reminders.find((r) => r.userId === p.slotGoer.id)!;
    expect(ofSlot).toMatchObject({ emailStatus: "PENDING", shownInApp: false });

    // A sign-up given up before the evening is not reminded.
    const again = await tomorrowsProject();
    await db().slotSignup.update({ where: { id: again.slotSignup.id }, data: { status: "CANCELLED" } });
    await sendDayBeforeReminders(db(), at(today, "18:00"));
    expect((await sent("REMINDER_DAY_BEFORE")).map((r) => r.userId)).not.toContain(again.slotGoer.id);
  });
});

describe("organizers' and staff's reminders", () => {
  async function staffOf(regionCode: "ASTANA" | "ALMATY_CITY") {
    const user = await createUser(db(), { passwordHash: NO_PASSWORD, name: `Staff ${regionCode}` });
    await db().staffAssignment.create({ data: { userId: user.id, regionCode } });
    return user;
  }

  it("reminds the team after 5 days, tells the region's staff too after 10, each application once", async () => {
    const { org, owner, coordinator } = await organizer();
    const astana = await staffOf("ASTANA");
    await staffOf("ALMATY_CITY");
    const { projectId, roleId } = await project(org.id);
    const v = await volunteer();
    const app = await apply(roleId, projectId, v.id, "SUBMITTED", 6 * DAY);
    await Promise.all([sendWaitingApplications(db()), sendWaitingApplications(db())]);
    await sendWaitingApplications(db());
    const waiting = await sent("APPLICATIONS_WAITING");
    expect(waiting.map((w) => w.userId).sort()).toEqual([owner.id, coordinator.id].sort());
    expect(waiting[0]!.data).toEqual({ organizerId: org.id, count: 1, days: 5 });
    expect(await sent("APPLICATIONS_STALE")).toEqual([]);

    await db().application.update({ where: { id: app.id }, data: { createdAt: new Date(Date.now() - 11 * DAY) } });
    await Promise.all([sendWaitingApplications(db()), sendWaitingApplications(db())]);
    await sendWaitingApplications(db());
    const stale = await sent("APPLICATIONS_STALE");
    expect(stale.map((s) => s.userId).sort()).toEqual([owner.id, coordinator.id, astana.id].sort());
    expect(stale.find((s) => s.userId === astana.id)!.data).toEqual({
      organizerId: org.id,
      regionCode: "ASTANA",
      count: 1,
      days: 10,
      forStaff: true,
    });
    expect(await sent("APPLICATIONS_WAITING")).toHaveLength(2);
  });

  it("gives each region's staff one daily digest of what waits, overdue help requests included", async () => {
    const astana = await staffOf("ASTANA");
    const almaty = await staffOf("ALMATY_CITY");
    await createOrganizer(db(), { regionCode: "ASTANA", ownerPasswordHash: NO_PASSWORD });
    const { org } = await organizer();
    await project(org.id, { status: "SUBMITTED" });
    const { projectId, roleId } = await project(org.id);
    await apply(roleId, projectId, (await volunteer()).id, "SUBMITTED", 12 * DAY);
    const old = new Date(Date.now() - 50 * 3600_000);
    await db().helpRequest.create({
      data: {
        trackingToken: "t-reminders",
        locale: "ru",
        category: "ELDERLY",
        regionCode: "ASTANA",
        settlement: "Астана",
        description: "Купить продукты",
        peopleNeeded: 1,
        consentToShare: true,
        contactPhone: "+77010000000",
        createdAt: old,
        updatedAt: old,
      },
    });
    await Promise.all([sendStaffDailyDigests(db()), sendStaffDailyDigests(db())]);
    await sendStaffDailyDigests(db());
    const digests = await sent("STAFF_DAILY_DIGEST");
    expect(digests.map((d) => d.userId)).toEqual([astana.id]);
    expect(digests[0]!.data).toEqual({ regionCode: "ASTANA", organizers: 1, projects: 1, helpRequests: 1, stale: 1 });
    expect(digests.map((d) => d.userId)).not.toContain(almaty.id);
    // The help module's own morning digest is folded into this one.
    expect(await sent("HELP_REQUESTS_OVERDUE")).toEqual([]);
    // The next morning there is a new digest.
    await sendStaffDailyDigests(db(), new Date(Date.now() + DAY));
    expect(await sent("STAFF_DAILY_DIGEST")).toHaveLength(2);
  });

  it("sends an organizer's team one weekly digest when something needs them, none otherwise", async () => {
    const { org, owner, coordinator } = await organizer();
    const idle = await organizer();
    const { projectId, roleId } = await project(org.id, { startsAt: new Date(Date.now() + 3 * DAY) });
    await apply(roleId, projectId, (await volunteer()).id, "SUBMITTED", 6 * DAY);
    await apply(roleId, projectId, (await volunteer()).id, "SUBMITTED");
    await db().notificationOptOut.create({ data: { userId: coordinator.id, kind: "DIGESTS", channel: "EMAIL" } });
    await Promise.all([sendOrganizerWeeklyDigests(db()), sendOrganizerWeeklyDigests(db())]);
    await sendOrganizerWeeklyDigests(db());
    const digests = await sent("ORGANIZER_WEEKLY_DIGEST");
    expect(digests.map((d) => d.userId).sort()).toEqual([owner.id, coordinator.id].sort());
    expect(digests[0]!.data).toEqual({ organizerId: org.id, waiting: 2, overdue: 1, upcoming: 1, hours: 0 });
    expect(digests.find((d) => d.userId === coordinator.id)!.emailStatus).toBe("SKIPPED");
    expect(digests.map((d) => d.userId)).not.toContain(idle.owner.id);
  });
});

describe("responsiveness", () => {
  const HOUR = 3_600_000;

  /** An application submitted `ago` ms before now and answered `after` ms later (or never). */
  async function answered(roleId: string, projectId: string, ago: number, after: number | null, to = "ACCEPTED") {
    const v = await volunteer();
    const app = await apply(roleId, projectId, v.id, after === null ? "SUBMITTED" : (to as ApplicationStatus), ago);
    // The application's own time, not a second Date.now(): a millisecond between the two made the
    // median 71,999,999 ms in one CI run.
    const { createdAt: submittedAt } = await db().application.findUniqueOrThrow({
      where: { id: app.id },
      select: { createdAt: true },
    });
    await db().applicationEvent.create({
      data: { applicationId: app.id, fromStatus: null, toStatus: "SUBMITTED", createdAt: submittedAt },
    });
    if (after !== null)
      await db().applicationEvent.create({
        data: {
          applicationId: app.id,
          fromStatus: "SUBMITTED",
          toStatus: to as ApplicationStatus,
          createdAt: new Date(submittedAt.getTime() + after),
        },
      });
  }

  it("shows the median time to answer and the share within 7 days, from 5 applications counted", async () => {
    const { org } = await organizer();
    const { projectId, roleId } = await project(org.id, { role: { capacity: 50 } });
    await answered(roleId, projectId, 20 * DAY, 2 * HOUR);
    await answered(roleId, projectId, 20 * DAY, 10 * HOUR, "REJECTED");
    await answered(roleId, projectId, 20 * DAY, 30 * HOUR);
    // Unanswered for 3 days: not yet counted; withdrawn before an answer: never counted.
    await answered(roleId, projectId, 3 * DAY, null);
    const withdrawn = await volunteer();
    await apply(roleId, projectId, withdrawn.id, "WITHDRAWN", 20 * DAY);
    // Four counted so far (three answered, one unanswered for 12 days): too few to show.
    await answered(roleId, projectId, 12 * DAY, null);
    expect(await organizerResponsiveness(db(), org.id)).toBeNull();
    await answered(roleId, projectId, 20 * DAY, 9 * DAY);
    expect(await organizerResponsiveness(db(), org.id)).toEqual({
      applications: 5,
      // Answered in 2 h, 10 h, 30 h and 9 days: the median is 20 hours.
      medianMs: 20 * HOUR,
      within7Days: 3 / 5,
    });
  });
});
