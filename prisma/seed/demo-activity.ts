// The demo's activity: who applied where, what organizers decided, who came, the hours they
// confirmed, disputed and corrected, and the history, notifications and audit entries each step
// writes in the app. Rows go in with createMany (the mutations refuse past projects by design,
// and one transaction per click would make the seed slow), so this file keeps by hand what
// src/modules/applications/mutations.ts and src/modules/hours/*.ts keep:
// - eligibility is policy.eligibility() itself, asked on the day the volunteer applied (ages,
//   minors only with a consent recorded by then, never on work closed to minors);
// - ProjectRole.acceptedCount equals the role's ACCEPTED applications and never passes its
//   capacity; in first-come mode the waiting line exists only behind a full role;
// - every status change has its ApplicationEvent (in order), the volunteer's notification and,
//   for an organizer's decision, an audit entry; organizers hear of every application;
// - hours: 2-8 per entry in quarter hours, within the project's days, at most one counted
//   (pending or confirmed) entry per place and day and 16 counted hours per person and day;
//   confirmed entries belong to accepted, attended places and are confirmed by the organizer's
//   owner after the day; a correction supersedes a confirmed entry and points back to it;
// - notifications are marked emailed, so the worker does not send the demo's history again.
import crypto from "node:crypto";
import type { Db } from "../../src/server/prisma-client";
import type { Prisma } from "../../src/generated/prisma/client";
import type {
  ApplicationMode,
  ApplicationStatus,
  Direction,
  Locale,
  NotificationType,
  RegionCode,
  SocialSubtype,
} from "../../src/generated/prisma/enums";
import { eligibility } from "../../src/modules/applications/policy";
import { MAX_HOURS_PER_DAY } from "../../src/modules/hours/policy";
import { DECISION_NOTES, HOURS_REVIEW_TEXTS, MOTIVATIONS, SELF_REPORT_NOTES } from "./demo-past-projects";
import { addDays, dateValue, isoDate } from "../../src/domain/time";
import { DAY, HOUR, kzAt } from "./demo-clock";

export type ActivityRole = {
  id: string;
  title: string;
  capacity: number;
  minAge: number;
  skills: string[];
  mode: ApplicationMode;
};

export type ActivityProject = {
  id: string;
  key: string;
  title: string;
  language: Locale;
  organizerId: string;
  /** The organizer's owner: decides, marks attendance and confirms hours. */
  ownerId: string;
  regionCode: RegionCode;
  isOnline: boolean;
  startsAt: Date;
  endsAt: Date;
  publishedAt: Date;
  primaryDirection: Direction;
  secondaryDirection: Direction | null;
  socialSubtype: SocialSubtype | null;
  hazardous: boolean;
  roles: ActivityRole[];
  /** For projects that are over: the days people worked, hours per session, share of places taken. */
  past: { sessionDays: string[]; sessionHours: [number, number]; fill: number } | null;
};

export type ActivityVolunteer = {
  id: string;
  name: string;
  locale: "kk" | "ru";
  regionCode: RegionCode;
  birthDate: Date;
  guardianConsentAt: Date | null;
  registeredAt: Date;
  skills: string[];
};

/** A named demo account placed on purpose; the seed fails if the rules would refuse it. */
export type Placement = {
  volunteerId: string;
  projectKey: string;
  roleIndex: number;
  outcome: "ACCEPTED" | "SUBMITTED";
  /** Upcoming projects: when they applied and (accepted) when the organizer decided. */
  appliedDaysAgo?: number;
  decidedDaysAgo?: number;
};

export type ActivityInput = {
  now: Date;
  r: () => number;
  projects: ActivityProject[];
  volunteers: ActivityVolunteer[];
  placements: Placement[];
  /**
   * Their most recent past project (among their placements) is the showcase of its organizer's
   * hours page: their own last day is a pending self-report, and the page also has pending,
   * disputed and corrected entries of others.
   */
  showcaseVolunteerId: string;
};

// People come from the project's region, from next door, or (a few) from anywhere.
const NEIGHBOURS: Partial<Record<RegionCode, RegionCode[]>> = {
  ASTANA: ["AKMOLA"],
  AKMOLA: ["ASTANA", "NORTH_KAZAKHSTAN"],
  ALMATY_CITY: ["ALMATY_REGION"],
  ALMATY_REGION: ["ALMATY_CITY", "JETISU"],
  JETISU: ["ALMATY_REGION"],
  SHYMKENT: ["TURKISTAN"],
  TURKISTAN: ["SHYMKENT"],
  KARAGANDA: ["ULYTAU"],
  ULYTAU: ["KARAGANDA"],
  ABAI: ["EAST_KAZAKHSTAN"],
  EAST_KAZAKHSTAN: ["ABAI"],
  NORTH_KAZAKHSTAN: ["AKMOLA"],
  KOSTANAY: ["NORTH_KAZAKHSTAN"],
  ATYRAU: ["WEST_KAZAKHSTAN", "MANGYSTAU"],
};

const DECISION_ACTION = {
  ACCEPTED: "application.accept",
  REJECTED: "application.reject",
  WAITLISTED: "application.waitlist",
} as const;

let idCounter = 0;
/** A cuid-shaped id made here, so related rows can be written in one createMany each. */
export function newId(): string {
  return `c${Date.now().toString(36)}${(idCounter++ % 1_679_616).toString(36).padStart(4, "0")}${crypto.randomBytes(6).toString("hex")}`.slice(
    0,
    25,
  );
}

const cents = (h: number) => Math.round(h * 100);
const later = (a: Date, b: Date) => (a > b ? a : b);
const earlier = (a: Date, b: Date) => (a < b ? a : b);
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

type AppRow = Prisma.ApplicationCreateManyInput & { id: string; status: ApplicationStatus; volunteerId: string };
type EntryRow = Prisma.HoursEntryCreateManyInput & { id: string };

export async function seedDemoActivity(db: Db, input: ActivityInput) {
  const { now, r, projects, volunteers, placements } = input;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const volunteerById = new Map(volunteers.map((v) => [v.id, v]));

  const applications: AppRow[] = [];
  const events: Prisma.ApplicationEventCreateManyInput[] = [];
  const entries: EntryRow[] = [];
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const audits: Prisma.AuditLogCreateManyInput[] = [];

  const accepted = new Map<string, number>();
  const inProject = new Set<string>();
  const dayCents = new Map<string, number>();
  const countedDays = new Set<string>();
  const attendanceAudited = new Set<string>();
  /** Confirmed entries per application, for the showcase's corrections. */
  const confirmedOf = new Map<string, EntryRow[]>();

  function notify(userId: string, type: NotificationType, data: Prisma.InputJsonValue, when: Date) {
    const old = when.getTime() < now.getTime() - 3 * DAY;
    notifications.push({
      id: newId(),
      userId,
      type,
      data,
      createdAt: when,
      readAt: old && r() < 0.9 ? at(when, (1 + r() * 20) * HOUR) : null,
      emailStatus: "SENT",
      emailAttempts: 1,
      emailedAt: at(when, 30_000),
    });
  }

  function audit(
    actorId: string,
    action: string,
    entityType: string,
    entityId: string,
    p: ActivityProject,
    data: Prisma.InputJsonValue,
    when: Date,
  ) {
    audits.push({ actorId, action, entityType, entityId, regionCode: p.regionCode, data, createdAt: when });
  }

  function event(
    applicationId: string,
    fromStatus: ApplicationStatus | null,
    toStatus: ApplicationStatus,
    actorId: string | null,
    when: Date,
    note: string | null = null,
  ) {
    events.push({ applicationId, fromStatus, toStatus, actorId, note, createdAt: when });
  }

  function takePlace(role: ActivityRole) {
    const n = (accepted.get(role.id) ?? 0) + 1;
    if (n > role.capacity) throw new Error(`demo seed would overfill role ${role.title}`);
    accepted.set(role.id, n);
  }
  const placesLeft = (role: ActivityRole) => role.capacity - (accepted.get(role.id) ?? 0);

  function eligibleAt(v: ActivityVolunteer, p: ActivityProject, role: ActivityRole, when: Date): boolean {
    const consent = v.guardianConsentAt && v.guardianConsentAt <= when ? v.guardianConsentAt : null;
    return (
      eligibility({
        volunteer: { birthDate: v.birthDate, guardianConsentAt: consent },
        project: {
          status: "PUBLISHED",
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          primaryDirection: p.primaryDirection,
          secondaryDirection: p.secondaryDirection,
          socialSubtype: p.socialSubtype,
          hazardous: p.hazardous,
        },
        role: { minAge: role.minAge, requiredTrainingId: null },
        certificate: null,
        existing: null,
        now: when,
      }) === null
    );
  }

  type Outcome = "SUBMITTED" | "ACCEPTED" | "REJECTED" | "WAITLISTED" | "WITHDRAWN";

  /** One application and everything its history wrote, as the mutations would have. */
  function addApplication(
    p: ActivityProject,
    role: ActivityRole,
    v: ActivityVolunteer,
    appliedAt: Date,
    outcome: Outcome,
    opts: { decidedAt?: Date; withdrawnAt?: Date } = {},
  ): AppRow {
    const key = `${p.id}:${v.id}`;
    if (inProject.has(key)) throw new Error(`demo seed placed ${v.name} twice on ${p.title}`);
    inProject.add(key);
    const id = newId();
    const motivation = r() < 0.65 ? pick(MOTIVATIONS[v.locale]) : "";
    const received = { projectId: p.id, projectTitle: p.title, roleTitle: role.title };
    notify(p.ownerId, "APPLICATION_RECEIVED", { ...received, volunteerName: v.name }, appliedAt);
    let status: ApplicationStatus;
    let decidedAt: Date | null = null;
    let decidedById: string | null = null;
    let waitlistedAt: Date | null = null;
    let updatedAt = appliedAt;

    if (role.mode === "FIRST_COME") {
      const first = outcome === "WAITLISTED" ? "WAITLISTED" : "ACCEPTED";
      if (outcome !== "ACCEPTED" && outcome !== "WAITLISTED" && outcome !== "WITHDRAWN")
        throw new Error(`first-come roles do not ${outcome}`);
      if (first === "WAITLISTED" && placesLeft(role) > 0)
        throw new Error(`demo seed waitlisted ${v.name} behind free places`);
      event(id, null, first, v.id, appliedAt);
      notify(v.id, first === "ACCEPTED" ? "APPLICATION_ACCEPTED" : "APPLICATION_WAITLISTED", received, appliedAt);
      if (first === "ACCEPTED") {
        decidedAt = appliedAt;
        if (outcome === "WITHDRAWN") {
          const when = opts.withdrawnAt!;
          event(id, "ACCEPTED", "WITHDRAWN", v.id, when);
          updatedAt = when;
        } else takePlace(role);
      } else waitlistedAt = appliedAt;
      status = outcome === "WITHDRAWN" ? "WITHDRAWN" : first;
    } else {
      event(id, null, "SUBMITTED", v.id, appliedAt);
      status = outcome;
      if (outcome === "ACCEPTED" || outcome === "REJECTED" || outcome === "WAITLISTED") {
        decidedAt = opts.decidedAt!;
        decidedById = p.ownerId;
        if (outcome === "ACCEPTED") takePlace(role);
        if (outcome === "WAITLISTED") waitlistedAt = decidedAt;
        const note = outcome !== "ACCEPTED" && r() < 0.6 ? pick(DECISION_NOTES[outcome][p.language]) : null;
        event(id, "SUBMITTED", outcome, p.ownerId, decidedAt, note);
        notify(v.id, `APPLICATION_${outcome}`, received, decidedAt);
        audit(
          p.ownerId,
          DECISION_ACTION[outcome],
          "ProjectRole",
          role.id,
          p,
          { applicationIds: [id], note },
          decidedAt,
        );
        updatedAt = decidedAt;
      } else if (outcome === "WITHDRAWN") {
        event(id, "SUBMITTED", "WITHDRAWN", v.id, opts.withdrawnAt!);
        updatedAt = opts.withdrawnAt!;
      }
    }
    const row: AppRow = {
      id,
      roleId: role.id,
      projectId: p.id,
      volunteerId: v.id,
      status,
      motivation,
      waitlistedAt,
      decidedAt,
      decidedById,
      createdAt: appliedAt,
      updatedAt,
    };
    applications.push(row);
    return row;
  }

  // ------------------------------------------------------------ hours

  const canCount = (app: AppRow, date: string, hours: number) =>
    !countedDays.has(`${app.id}:${date}`) &&
    (dayCents.get(`${app.volunteerId}:${date}`) ?? 0) + cents(hours) <= cents(MAX_HOURS_PER_DAY);
  function count(app: AppRow, date: string, hours: number, sign: 1 | -1 = 1) {
    if (sign === 1) countedDays.add(`${app.id}:${date}`);
    else countedDays.delete(`${app.id}:${date}`);
    const key = `${app.volunteerId}:${date}`;
    dayCents.set(key, (dayCents.get(key) ?? 0) + sign * cents(hours));
  }

  /** Organizers confirm a session's hours in one go, a day or two later in the evening. */
  const batchTimes = new Map<string, Date>();
  function confirmTime(p: ActivityProject, date: string): Date {
    const key = `${p.id}:${date}`;
    let t = batchTimes.get(key);
    if (!t) {
      t = earlier(
        kzAt(addDays(date, 1 + Math.floor(r() * 2)), 19 + Math.floor(r() * 3), Math.floor(r() * 60)),
        at(now, -HOUR),
      );
      batchTimes.set(key, t);
    }
    return t;
  }

  function markAttended(p: ActivityProject, app: AppRow, when: Date) {
    if (attendanceAudited.has(app.id)) return;
    attendanceAudited.add(app.id);
    app.attendance = "ATTENDED";
    app.updatedAt = later(app.updatedAt as Date, when);
    // Confirming hours says they came (hours/shared.ts setAttendance marks it implicitly).
    audit(
      p.ownerId,
      "application.attendance",
      "Application",
      app.id,
      p,
      { projectId: p.id, volunteerId: app.volunteerId, from: null, to: "ATTENDED", implicit: true },
      when,
    );
  }

  function confirm(
    p: ActivityProject,
    app: AppRow,
    date: string,
    hours: number,
    when: Date,
    correction?: { of: EntryRow; reason: string },
  ): EntryRow {
    if (!canCount(app, date, hours)) throw new Error("demo seed would pass the hours limits");
    count(app, date, hours);
    markAttended(p, app, when);
    const row: EntryRow = {
      id: newId(),
      applicationId: app.id,
      projectId: p.id,
      volunteerId: app.volunteerId,
      workedOn: dateValue(date),
      hours: hours.toFixed(2),
      source: "ORGANIZER",
      status: "CONFIRMED",
      note: correction?.reason ?? null,
      enteredById: p.ownerId,
      confirmedById: p.ownerId,
      confirmedAt: when,
      supersedesId: correction?.of.id ?? null,
      createdAt: when,
    };
    entries.push(row);
    confirmedOf.set(app.id, [...(confirmedOf.get(app.id) ?? []), row]);
    if (correction) {
      const before = { workedOn: date, hours: Number(correction.of.hours) };
      audit(
        p.ownerId,
        "hours.correct",
        "HoursEntry",
        row.id,
        p,
        {
          projectId: p.id,
          volunteerId: app.volunteerId,
          supersedes: correction.of.id,
          from: before,
          to: { workedOn: date, hours },
          reason: correction.reason,
        },
        when,
      );
    } else {
      audit(
        p.ownerId,
        "hours.confirm",
        "HoursEntry",
        row.id,
        p,
        {
          projectId: p.id,
          applicationId: app.id,
          volunteerId: app.volunteerId,
          workedOn: date,
          hours,
          source: "ORGANIZER",
        },
        when,
      );
    }
    notify(
      app.volunteerId,
      "HOURS_CONFIRMED",
      {
        projectId: p.id,
        projectTitle: p.title,
        hours,
        workedOn: date,
        ...(correction ? { reason: correction.reason } : {}),
      },
      when,
    );
    return row;
  }

  /** The volunteer reports a day themselves; it waits for the organizer (or is disputed). */
  function selfReport(
    p: ActivityProject,
    app: AppRow,
    date: string,
    hours: number,
    when: Date,
    dispute?: { comment: string; at: Date },
  ): EntryRow {
    if (!canCount(app, date, hours)) throw new Error("demo seed would pass the hours limits");
    const v = volunteerById.get(app.volunteerId)!;
    const row: EntryRow = {
      id: newId(),
      applicationId: app.id,
      projectId: p.id,
      volunteerId: app.volunteerId,
      workedOn: dateValue(date),
      hours: hours.toFixed(2),
      source: "SELF_REPORTED",
      status: dispute ? "DISPUTED" : "PENDING",
      note: pick(SELF_REPORT_NOTES[v.locale]),
      disputeComment: dispute?.comment ?? null,
      enteredById: app.volunteerId,
      createdAt: when,
    };
    entries.push(row);
    audit(
      app.volunteerId,
      "hours.report",
      "HoursEntry",
      row.id,
      p,
      { projectId: p.id, applicationId: app.id, workedOn: date, hours },
      when,
    );
    if (dispute) {
      audit(
        p.ownerId,
        "hours.dispute",
        "HoursEntry",
        row.id,
        p,
        { projectId: p.id, volunteerId: app.volunteerId, workedOn: date, hours, comment: dispute.comment },
        dispute.at,
      );
      notify(
        app.volunteerId,
        "HOURS_DISPUTED",
        { projectId: p.id, projectTitle: p.title, hours, workedOn: date, comment: dispute.comment },
        dispute.at,
      );
    } else count(app, date, hours);
    return row;
  }

  /** Session hours in half hours within the project's range (2-8). */
  const sessionHours = (range: [number, number]) => range[0] + Math.round(r() * (range[1] - range[0]) * 2) / 2;

  // ------------------------------------------------------------ who takes part

  /** Volunteers of the project's region first, next door second, a few from anywhere. */
  function affinity(v: ActivityVolunteer, p: ActivityProject, travellers: Set<string>): number {
    if (p.isOnline || v.regionCode === p.regionCode) return 1;
    if (NEIGHBOURS[p.regionCode]?.includes(v.regionCode)) return 0.5;
    return travellers.has(v.id) ? 0.3 : 0;
  }

  type Candidate = { v: ActivityVolunteer; appliedAt: Date; weight: number };

  /** Named accounts go only where they are placed: the demo's story about them stays exact. */
  const placed = new Set(placements.map((pl) => pl.volunteerId));

  /** Everyone who could have applied, each with the moment they would have. */
  function poolOf(p: ActivityProject, latest: Date, skewRecent: boolean): Candidate[] {
    const travellers = new Set(volunteers.filter(() => r() < 0.04).map((v) => v.id));
    const pool: Candidate[] = [];
    for (const v of volunteers) {
      if (placed.has(v.id)) continue;
      const weight = affinity(v, p, travellers);
      if (weight === 0 || inProject.has(`${p.id}:${v.id}`)) continue;
      const lo = at(later(p.publishedAt, v.registeredAt), HOUR).getTime();
      const hi = latest.getTime();
      if (hi - lo < 6 * HOUR) continue;
      const u = skewRecent ? 1 - r() * r() : r();
      pool.push({ v, appliedAt: new Date(lo + (hi - lo) * u), weight });
    }
    return pool;
  }

  /** Weighted sampling without replacement (Efraimidis–Spirakis), skills weigh in for skilled roles. */
  function draw(pool: Candidate[], p: ActivityProject, role: ActivityRole, n: number): Candidate[] {
    if (n <= 0) return [];
    const keyed = pool
      .filter((c) => !inProject.has(`${p.id}:${c.v.id}`) && eligibleAt(c.v, p, role, c.appliedAt))
      .map((c) => {
        const skilled = role.skills.length > 0 && c.v.skills.some((s) => role.skills.includes(s));
        return { c, key: Math.pow(r(), 1 / (c.weight * (skilled ? 6 : 1))) };
      })
      .sort((a, b) => b.key - a.key);
    return keyed.slice(0, n).map((k) => k.c);
  }

  const placementsOf = (p: ActivityProject) => placements.filter((pl) => pl.projectKey === p.key);

  function placedApplication(p: ActivityProject, pl: Placement): AppRow {
    const role = p.roles[pl.roleIndex];
    const v = volunteerById.get(pl.volunteerId);
    if (!role || !v) throw new Error(`demo placement on ${p.key} names an unknown role or volunteer`);
    const appliedAt = p.past
      ? at(
          later(p.publishedAt, v.registeredAt),
          (p.startsAt.getTime() - later(p.publishedAt, v.registeredAt).getTime()) * 0.3,
        )
      : at(now, -(pl.appliedDaysAgo ?? 3) * DAY);
    if (appliedAt <= p.publishedAt || appliedAt <= v.registeredAt)
      throw new Error(`demo placement on ${p.key}: applied before the project or the account existed`);
    if (!eligibleAt(v, p, role, appliedAt))
      throw new Error(`demo placement: ${v.name} may not apply to ${role.title} (${p.key})`);
    if (pl.outcome === "SUBMITTED") return addApplication(p, role, v, appliedAt, "SUBMITTED");
    const decidedAt = p.past ? at(appliedAt, 20 * HOUR) : at(now, -(pl.decidedDaysAgo ?? 1) * DAY);
    return addApplication(p, role, v, appliedAt, "ACCEPTED", { decidedAt });
  }

  // ------------------------------------------------------------ projects that are over

  const past = projects.filter((p) => p.past).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const showcase = past
    .filter(
      (p) =>
        placements.some((pl) => pl.projectKey === p.key && pl.volunteerId === input.showcaseVolunteerId) &&
        p.past!.sessionDays.length >= 2,
    )
    .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
  if (!showcase) throw new Error("demo seed: the showcase volunteer has no past project of two sessions or more");
  /** Projects that also get one pending self-report: the latest few with several sessions. */
  const withPending = new Set(
    past
      .filter((p) => p !== showcase && p.past!.sessionDays.length >= 2)
      .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())
      .slice(0, 3)
      .map((p) => p.id),
  );

  for (const p of past) {
    const plan = p.past!;
    const attendees: { app: AppRow; days: string[]; named: boolean }[] = [];

    for (const pl of placementsOf(p)) {
      const app = placedApplication(p, pl);
      if (app.status === "ACCEPTED") attendees.push({ app, days: plan.sessionDays.slice(0, 3), named: true });
    }

    const pool = poolOf(p, at(p.startsAt, -6 * HOUR), false);
    const targets = p.roles.map((role) =>
      Math.min(placesLeft(role), Math.round(role.capacity * plan.fill * (0.85 + 0.3 * r()))),
    );
    const wanted = targets.reduce((a, b) => a + b, 0);
    const scale = wanted > 0 ? Math.min(1, (pool.length * 0.65) / wanted) : 0;
    // Skilled roles choose first, so the few photographers and drivers are not all planting trees.
    const order = p.roles.map((role, i) => ({ role, i })).sort((a, b) => b.role.skills.length - a.role.skills.length);
    for (const { role, i } of order) {
      const target = Math.round(targets[i]! * scale);
      const extra =
        role.mode === "REVIEW" ? Math.round(target * 0.15) + (r() < 0.5 ? 1 : 0) : Math.round(target * 0.05);
      const drawn = draw(pool, p, role, target + extra).sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime());
      // Who is refused or withdraws is not who applied last.
      const outcomes: Outcome[] = drawn.map((_, k) =>
        k < target ? "ACCEPTED" : role.mode === "FIRST_COME" || r() < 0.35 ? "WITHDRAWN" : "REJECTED",
      );
      for (let k = outcomes.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [outcomes[k], outcomes[j]] = [outcomes[j]!, outcomes[k]!];
      }
      drawn.forEach((c, k) => {
        const until = p.startsAt.getTime() - c.appliedAt.getTime();
        const decidedAt = at(c.appliedAt, Math.max(HOUR, Math.min(4 * DAY, until * (0.1 + 0.4 * r()))));
        const withdrawnAt = at(c.appliedAt, Math.max(HOUR, until * (0.3 + 0.6 * r())));
        const app = addApplication(p, role, c.v, c.appliedAt, outcomes[k]!, { decidedAt, withdrawnAt });
        if (app.status !== "ACCEPTED") return;
        if (r() < 0.05) {
          // A no-show: marked by the organizer on the first day, no hours.
          app.attendance = "NO_SHOW";
          const when = kzAt(plan.sessionDays[0]!, 21);
          app.updatedAt = when;
          audit(
            p.ownerId,
            "application.attendance",
            "Application",
            app.id,
            p,
            { projectId: p.id, volunteerId: app.volunteerId, from: null, to: "NO_SHOW" },
            when,
          );
          return;
        }
        const n = plan.sessionDays.length;
        const days =
          n <= 3 ? plan.sessionDays.filter(() => r() < 0.8) : plan.sessionDays.filter(() => r() < Math.min(0.6, 4 / n));
        attendees.push({ app, days: days.length ? days : [pick(plan.sessionDays)], named: false });
      });
    }

    const isShowcase = p === showcase;
    for (const a of attendees) {
      const own = isShowcase && a.named && a.app.volunteerId === input.showcaseVolunteerId;
      // The showcase volunteer's own last day waits as a self-report.
      const days = own ? a.days.filter((d) => d !== plan.sessionDays[plan.sessionDays.length - 1]) : a.days;
      for (const day of days) {
        const hours = sessionHours(plan.sessionHours);
        if (canCount(a.app, day, hours)) confirm(p, a.app, day, hours, confirmTime(p, day));
      }
      if (own) {
        const last = plan.sessionDays[plan.sessionDays.length - 1]!;
        selfReport(
          p,
          a.app,
          last,
          Math.ceil(plan.sessionHours[1]),
          earlier(at(confirmTime(p, last), 3 * HOUR), at(now, -HOUR)),
        );
      }
    }

    // A missing day reported by the volunteer: still pending, or disputed and confirmed at the real amount.
    const missing = attendees
      .filter((a) => !a.named && attendanceAudited.has(a.app.id))
      .map((a) => ({ a, day: plan.sessionDays.find((d) => !countedDays.has(`${a.app.id}:${d}`)) }))
      .filter((m): m is { a: (typeof attendees)[number]; day: string } => m.day !== undefined);
    const reportTime = (day: string) => earlier(at(confirmTime(p, day), 2 * HOUR), at(now, -2 * HOUR));
    const pendingCount = isShowcase ? 2 : withPending.has(p.id) ? 1 : 0;
    for (const m of missing.slice(0, pendingCount)) {
      const hours = sessionHours(plan.sessionHours);
      if (canCount(m.a.app, m.day, hours)) selfReport(p, m.a.app, m.day, hours, reportTime(m.day));
    }
    if (!isShowcase) continue;

    const disputed = missing[pendingCount];
    if (disputed) {
      const real = Math.floor(plan.sessionHours[1]);
      const claimed = real + 4;
      const when = earlier(at(reportTime(disputed.day), DAY), at(now, -HOUR));
      const comment = HOURS_REVIEW_TEXTS.dispute[p.language]
        .replaceAll("{claimed}", String(claimed))
        .replaceAll("{confirmed}", String(real));
      if (canCount(disputed.a.app, disputed.day, claimed)) {
        selfReport(p, disputed.a.app, disputed.day, claimed, reportTime(disputed.day), { comment, at: when });
        confirm(p, disputed.a.app, disputed.day, real, when);
      }
    }

    // One confirmed entry corrected upward: the old one stays, superseded, for the history.
    const toCorrect = attendees
      .filter((a) => !a.named && a !== disputed?.a)
      .flatMap((a) => (confirmedOf.get(a.app.id) ?? []).map((e) => ({ a, e })))
      .find(({ e }) => Number.isInteger(Number(e.hours)) && Number(e.hours) <= 6);
    if (toCorrect) {
      const { a, e } = toCorrect;
      const from = Number(e.hours);
      const day = isoDate(e.workedOn as Date);
      count(a.app, day, from, -1);
      if (canCount(a.app, day, from + 2)) {
        e.status = "SUPERSEDED";
        const reason = HOURS_REVIEW_TEXTS.correction[p.language]
          .replaceAll("{from}", String(from))
          .replaceAll("{to}", String(from + 2));
        const when = later(
          at(e.confirmedAt as Date, 60_000),
          earlier(at(e.confirmedAt as Date, 2 * DAY), at(now, -30 * 60_000)),
        );
        confirm(p, a.app, day, from + 2, when, { of: e, reason });
      } else count(a.app, day, from);
    }
  }

  // ------------------------------------------------------------ upcoming projects

  const upcoming = projects.filter((p) => !p.past && p.startsAt > now);
  for (const p of upcoming) {
    for (const pl of placementsOf(p)) placedApplication(p, pl);
    const pool = poolOf(p, at(now, -HOUR), true);
    // The showcase's organizer has plenty to decide on.
    const busy = p.organizerId === showcase.organizerId;
    const order = p.roles.map((role, i) => ({ role, i })).sort((a, b) => b.role.skills.length - a.role.skills.length);
    for (const { role } of order) {
      if (role.mode === "FIRST_COME") {
        const full = role.capacity <= 6 && r() < 0.5;
        const take = full
          ? placesLeft(role)
          : Math.min(placesLeft(role), Math.round(role.capacity * (0.1 + 0.3 * r())));
        const drawn = draw(
          pool,
          p,
          role,
          Math.min(take + (full ? 1 + Math.floor(r() * 2) : 0), Math.floor(pool.length * 0.4)),
        ).sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime());
        drawn.forEach((c, k) =>
          addApplication(p, role, c.v, c.appliedAt, k < take && placesLeft(role) > 0 ? "ACCEPTED" : "WAITLISTED"),
        );
        continue;
      }
      const share = busy ? 0.5 + 0.5 * r() : 0.2 + 0.5 * r();
      const n = Math.min(Math.max(1, Math.round(role.capacity * share)), Math.floor(pool.length * 0.4));
      const drawn = draw(pool, p, role, n).sort((a, b) => a.appliedAt.getTime() - b.appliedAt.getTime());
      for (const c of drawn) {
        const waited = now.getTime() - HOUR - c.appliedAt.getTime();
        const decidedAt = at(c.appliedAt, Math.min(3 * DAY, waited * (0.2 + 0.5 * r())));
        const x = r();
        let outcome: Outcome = "SUBMITTED";
        if (waited > DAY && r() >= 0.45)
          outcome = x < 0.65 ? (placesLeft(role) > 0 ? "ACCEPTED" : "SUBMITTED") : x < 0.85 ? "REJECTED" : "WAITLISTED";
        addApplication(p, role, c.v, c.appliedAt, outcome, { decidedAt });
      }
    }
  }

  // ------------------------------------------------------------ write

  await insertInChunks(applications, (data) => db.application.createMany({ data }));
  await insertInChunks(events, (data) => db.applicationEvent.createMany({ data }));
  // Superseded entries come before their corrections (the correction points back to them).
  await insertInChunks(entries, (data) => db.hoursEntry.createMany({ data }));
  await insertInChunks(notifications, (data) => db.notification.createMany({ data }));
  await insertInChunks(audits, (data) => db.auditLog.createMany({ data }));
  // ProjectRole.acceptedCount follows from the rows: the database counts them (decision 0007).

  return {
    applications: applications.length,
    hoursEntries: entries.length,
    notifications: notifications.length,
    showcaseProjectId: showcase.id,
  };
}
