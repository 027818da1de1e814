// The demo dataset for an empty local database: the organizations the seeds name, their
// projects (upcoming ones and some twenty that are over), staff and volunteers of every age
// group and both genders in the review's shares, and a year of activity: applications and
// decisions, attendance, confirmed hours, notifications and statistics.
import { rng } from "./random";
import type { Db } from "../../src/server/prisma-client";
import type { Prisma } from "../../src/generated/prisma/client";
import type { Direction, Employment, RegionCode } from "../../src/generated/prisma/enums";
import { makeBin } from "../../src/domain/bin";
import { slugify } from "../../src/modules/organizers/slug";
import { refreshStatistics } from "../../src/modules/statistics/refresh";
import {
  createOrganizer,
  createProject,
  createUser,
  createVolunteer,
  hashPassword,
  type ProjectSeed,
} from "./factories";
import { DEMO_PASSWORD } from "./demo-accounts";
import {
  DEMO_ORGANIZERS,
  DEMO_PROJECTS,
  VOLUNTEER_DEMOGRAPHICS,
  VOLUNTEER_REGION_WEIGHT,
  KAZAKH_FIRST_NAMES,
  KAZAKH_LAST_NAMES,
  RUSSIAN_FIRST_NAMES,
  RUSSIAN_LAST_NAMES,
  SKILLS,
  type DemoProject,
} from "./demo-data";
import { DEMO_PAST_PROJECTS } from "./demo-past-projects";
import { addDays } from "../../src/domain/time";
import { DAY, HOUR, kzAt, kzDate, lastRun } from "./demo-clock";
import { FLOOD_PROJECTS, floodProjectCreatedAt, floodSeason, seedFloodRequests } from "./demo-flood";
import { seedFloodCallOut } from "./demo-call-out";
import { seedDemoCheckIns } from "./demo-check-in";
import { seedDemoShifts } from "./demo-shifts";
import { seedDemoTemplates } from "./demo-templates";
import { seedDemoTestimonials } from "./demo-testimonials";
import { seedDemoMessages } from "./demo-messages";
import { newId, seedDemoActivity, type ActivityProject, type ActivityVolunteer, type Placement } from "./demo-activity";

function pickWeighted<K extends string>(r: () => number, shares: Record<K, number>): K {
  const entries = Object.entries(shares) as [K, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

/** The two projects of demo-data.ts that are over: how their days went. */
const COMPLETED_PLANS: Record<string, { sessionHours: [number, number]; fill: number }> = {
  "ile-alatau-spruce-planting": { sessionHours: [5, 7], fill: 0.7 },
  "kostanay-heating-season-raid": { sessionHours: [3, 5], fill: 0.6 },
};

/** Directions the crowd says it is interested in, most common first. */
const CROWD_INTERESTS: Direction[] = [
  "SOCIAL",
  "ENVIRONMENTAL",
  "EVENT",
  "EDUCATIONAL",
  "ANIMAL",
  "SPORTS",
  "MEDICAL",
  "ARTS",
  "ETHNIC",
  "PUBLIC_SPACES",
];

function sessionDays(first: string, last: string, every: number): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, every)) days.push(d);
  return days;
}

/** The fields upcoming and past demo projects share. */
type DemoText = Omit<DemoProject, "startOffsetDays" | "lengthDays" | "status">;

/** What a demo project says about itself, upcoming or past, as the project factory takes it. */
function described(p: DemoText, organizerId: string) {
  return {
    organizerId,
    title: p.title,
    description: p.description,
    language: p.language,
    compositions: p.compositions,
    primaryDirection: p.primaryDirection,
    secondaryDirection: p.secondaryDirection ?? null,
    socialSubtype: p.socialSubtype ?? null,
    scope: p.scope,
    duration: p.duration,
    birgemiz: p.birgemiz,
    regionCode: p.region,
    settlement: p.online ? null : (p.settlement ?? null),
    isOnline: p.online,
  } satisfies Partial<ProjectSeed>;
}

function contactAndRoles(p: DemoText, ownerId: string) {
  return {
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    createdById: ownerId,
    roles: p.roles.map((role) => ({ ...role })),
  } satisfies Partial<ProjectSeed>;
}

export async function seedDemo(db: Db, volunteerCount = 240, now = new Date()) {
  const r = rng(2026);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = kzDate(now);
  const kzTime = (daysFromNow: number, hour: number) => kzAt(addDays(today, daysFromNow), hour);
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);

  const admin = await createUser(db, {
    email: "admin@asar.demo",
    name: "Асель Нұрланқызы",
    passwordHash,
    isAdmin: true,
    locale: "kk",
    createdAt: daysAgo(1100),
  });
  const staffAstana = await createUser(db, {
    email: "staff.astana@asar.demo",
    name: "Ерлан Сапаров",
    passwordHash,
    locale: "ru",
    createdAt: daysAgo(900),
  });
  const staffAktobe = await createUser(db, {
    email: "staff.aktobe@asar.demo",
    name: "Гүлнар Жұмабаева",
    passwordHash,
    locale: "kk",
    createdAt: daysAgo(880),
  });
  const staffAtyrau = await createUser(db, {
    email: "staff.atyrau@asar.demo",
    name: "Айнұр Бекмұхамбетова",
    passwordHash,
    locale: "kk",
    createdAt: daysAgo(700),
  });
  await db.staffAssignment.createMany({
    data: [
      { userId: staffAstana.id, regionCode: "ASTANA", appointedById: admin.id, createdAt: daysAgo(900) },
      { userId: staffAktobe.id, regionCode: "AKTOBE", appointedById: admin.id, createdAt: daysAgo(880) },
      { userId: staffAtyrau.id, regionCode: "ATYRAU", appointedById: admin.id, createdAt: daysAgo(700) },
    ],
  });
  const regionStaff: Partial<Record<RegionCode, string>> = {
    ASTANA: staffAstana.id,
    AKTOBE: staffAktobe.id,
    ATYRAU: staffAtyrau.id,
  };
  /** Who verified an organizer and approved its projects: the region's staff, else the admin. */
  const reviewerOf = (region: RegionCode) => regionStaff[region] ?? admin.id;

  const organizers = new Map<string, { id: string; ownerId: string; regionCode: RegionCode; verified: boolean }>();
  for (const [i, o] of DEMO_ORGANIZERS.entries()) {
    const ownerEmail = i === 0 ? "jastary@asar.demo" : `owner.${slugify(o.key)}@asar.demo`;
    // Verified organizers joined a year and a half to two and a half years ago; the three
    // awaiting verification registered this week.
    const createdAt = o.verified ? daysAgo(460 + ((i * 53) % 400)) : daysAgo(2 + (i % 5));
    const org = await createOrganizer(db, {
      name: o.name,
      slug: slugify(o.key),
      form: o.form,
      legalForm: o.legalForm,
      bin:
        o.form === "REGISTERED"
          ? makeBin(
              `${String(10 + (i % 14)).padStart(2, "0")}${String(1 + (i % 12)).padStart(2, "0")}40${String(100000 + i * 7919).slice(0, 5)}`,
            )
          : undefined,
      regionCode: o.region,
      settlement: o.settlement,
      directions: o.directions,
      description: o.description,
      email: o.email,
      phone: o.phone,
      website: o.website,
      verified: o.verified,
      createdAt,
      reviewedAt: new Date(createdAt.getTime() + 3 * DAY),
      reviewedById: reviewerOf(o.region),
      ownerEmail,
      ownerName: o.ownerName,
      ownerPasswordHash: passwordHash,
    });
    organizers.set(o.key, { id: org.id, ownerId: org.ownerId, regionCode: o.region, verified: o.verified });
  }
  const organizerOf = (key: string, project: string) => {
    const org = organizers.get(key);
    if (!org) throw new Error(`demo project ${project} names unknown organizer ${key}`);
    return org;
  };

  const activityProjects: ActivityProject[] = [];
  const orderOf = new Map<string, number>();
  const inserts: (() => Promise<void>)[] = [];
  type Created = Awaited<ReturnType<typeof createProject>>;
  const remember = (
    order: number,
    key: string,
    seed: ProjectSeed,
    created: Created,
    ownerId: string,
    roles: { title: string; capacity: number; minAge: number; skills: string[]; mode: "REVIEW" | "FIRST_COME" }[],
    past: ActivityProject["past"],
  ) => {
    orderOf.set(created.id, order);
    activityProjects.push({
      id: created.id,
      key,
      title: seed.title,
      language: seed.language ?? "ru",
      organizerId: seed.organizerId,
      ownerId,
      regionCode: seed.regionCode,
      isOnline: seed.isOnline ?? false,
      startsAt: seed.startsAt,
      endsAt: seed.endsAt,
      publishedAt: seed.publishedAt!,
      primaryDirection: seed.primaryDirection,
      secondaryDirection: seed.secondaryDirection ?? null,
      socialSubtype: seed.socialSubtype ?? null,
      hazardous: seed.hazardous ?? false,
      roles: roles.map((role, i) => ({ ...role, id: created.roles[i]!.id })),
      past,
    });
  };

  // Upcoming projects (and the two of demo-data.ts that are over).
  for (const p of DEMO_PROJECTS) {
    const org = organizerOf(p.organizerKey, p.key);
    const startsAt = kzTime(p.startOffsetDays, p.startHour);
    const published = p.status === "PUBLISHED" || p.status === "COMPLETED";
    const publishedAt =
      p.status === "COMPLETED" ? new Date(startsAt.getTime() - 21 * DAY) : daysAgo(8 + Math.floor(r() * 20));
    const submittedAt = published ? new Date(publishedAt.getTime() - 2 * DAY) : daysAgo(1 + r() * 3);
    const seed: ProjectSeed = {
      ...described(p, org.id),
      startsAt,
      endsAt: new Date(startsAt.getTime() + Math.max(p.lengthDays, 0) * DAY + 4 * HOUR),
      status: p.status,
      createdAt: p.status === "DRAFT" ? daysAgo(1 + r() * 10) : new Date(submittedAt.getTime() - 2 * DAY),
      submittedAt,
      publishedAt: published ? publishedAt : undefined,
      reviewedById: published ? reviewerOf(p.region) : null,
      ...contactAndRoles(p, org.ownerId),
    };
    const plan = COMPLETED_PLANS[p.key];
    if (p.status === "COMPLETED" && !plan) throw new Error(`completed demo project ${p.key} has no plan of its days`);
    const past = plan ? { ...plan, sessionDays: sessionDays(kzDate(seed.startsAt), kzDate(seed.endsAt), 1) } : null;
    const order = inserts.length;
    inserts.push(async () => {
      const created = await createProject(db, seed);
      if (published) remember(order, p.key, seed, created, org.ownerId, p.roles, past);
    });
  }

  // Projects that are over, each on its most recent past run (so seasons stay true).
  for (const p of DEMO_PAST_PROJECTS) {
    const org = organizerOf(p.organizerKey, p.key);
    if (!org.verified) throw new Error(`past demo project ${p.key} belongs to an unverified organizer`);
    const { first, last } = lastRun(now, p.startMonth, p.startDay, p.days, p.endHour);
    const startsAt = kzAt(first, p.startHour);
    const publishedAt = new Date(startsAt.getTime() - (14 + Math.floor(r() * 16)) * DAY);
    const seed: ProjectSeed = {
      ...described(p, org.id),
      startsAt,
      endsAt: kzAt(last, p.endHour),
      // Over, but never closed by the organizer: it still counts in the statistics like any
      // published project that ran.
      status: "PUBLISHED",
      createdAt: new Date(publishedAt.getTime() - 4 * DAY),
      submittedAt: new Date(publishedAt.getTime() - 2 * DAY),
      publishedAt,
      reviewedById: reviewerOf(p.region),
      ...contactAndRoles(p, org.ownerId),
    };
    const order = inserts.length;
    inserts.push(async () => {
      const created = await createProject(db, seed);
      remember(order, p.key, seed, created, org.ownerId, p.roles, {
        sessionDays: sessionDays(first, last, p.sessionEveryDays),
        sessionHours: p.sessionHours,
        fill: p.fill,
      });
    });
  }
  // The spring flood in Atyrau region: two projects made from requests for help (demo-flood.ts),
  // drafted when the organizer took the request and approved by the region's staff within hours.
  const season = floodSeason(now);
  const floodProjects = new Map<string, { id: string; createdAt: Date }>();
  for (const p of FLOOD_PROJECTS) {
    const org = organizerOf(p.organizerKey, p.key);
    const first = addDays(season.first, p.offsetDays);
    const last = addDays(first, p.days - 1);
    const createdAt = floodProjectCreatedAt(season, p);
    const submittedAt = new Date(createdAt.getTime() + HOUR);
    const publishedAt = new Date(submittedAt.getTime() + 3 * HOUR);
    const seed: ProjectSeed = {
      ...described(p, org.id),
      startsAt: kzAt(first, p.startHour),
      endsAt: kzAt(last, p.endHour),
      status: "PUBLISHED",
      createdAt,
      submittedAt,
      publishedAt,
      reviewedById: reviewerOf(p.region),
      ...contactAndRoles(p, org.ownerId),
    };
    if (seed.startsAt.getTime() - publishedAt.getTime() < DAY) throw new Error(`flood project ${p.key} opens too late`);
    const order = inserts.length;
    inserts.push(async () => {
      const created = await createProject(db, seed);
      floodProjects.set(p.key, { id: created.id, createdAt });
      remember(order, p.key, seed, created, org.ownerId, p.roles, {
        sessionDays: sessionDays(first, last, p.sessionEveryDays),
        sessionHours: p.sessionHours,
        fill: p.fill,
      });
    });
  }
  // Four at a time (the seed's connection pool); the activity reads them back in their order.
  for (let i = 0; i < inserts.length; i += 4) await Promise.all(inserts.slice(i, i + 4).map((insert) => insert()));
  activityProjects.sort((a, b) => orderOf.get(a.id)! - orderOf.get(b.id)!);

  // Two named volunteers for the demo, then the crowd. Both joined well before the past year.
  const named = { registeredAt: daysAgo(430) };
  const aigerimBirth = new Date(Date.UTC(now.getUTCFullYear() - 21, 2, 8));
  const aigerim = await createVolunteer(db, {
    email: "aigerim@asar.demo",
    name: "Айгерім Серікова",
    passwordHash,
    birthDate: aigerimBirth,
    gender: "FEMALE",
    regionCode: "ASTANA",
    settlement: "Астана",
    skills: ["первая помощь", "английский язык"],
    interests: ["SOCIAL", "ENVIRONMENTAL", "EVENT"],
    compositions: ["STUDENT"],
    employment: "UNIVERSITY_STUDENT",
    locale: "kk",
    createdAt: named.registeredAt,
  });
  const daniyarBirth = new Date(Date.UTC(now.getUTCFullYear() - 16, 8, 1));
  const daniyar = await createVolunteer(db, {
    email: "daniyar@asar.demo",
    name: "Данияр Әлиев",
    passwordHash,
    birthDate: daniyarBirth,
    gender: "MALE",
    regionCode: "AKTOBE",
    settlement: "Ақтөбе",
    interests: ["ENVIRONMENTAL", "SPORTS"],
    compositions: ["SCHOOL"],
    employment: "SCHOOL_STUDENT",
    guardian: { name: "Әлиева Сәуле Маратқызы", contact: "+7 701 555 12 34" },
    locale: "kk",
    createdAt: named.registeredAt,
  });
  const volunteers: ActivityVolunteer[] = [
    {
      id: aigerim.id,
      name: aigerim.name,
      locale: "kk",
      regionCode: "ASTANA",
      birthDate: aigerimBirth,
      guardianConsentAt: null,
      registeredAt: named.registeredAt,
      skills: ["первая помощь", "английский язык"],
    },
    {
      id: daniyar.id,
      name: daniyar.name,
      locale: "kk",
      regionCode: "AKTOBE",
      birthDate: daniyarBirth,
      guardianConsentAt: named.registeredAt,
      registeredAt: named.registeredAt,
      skills: [],
    },
  ];

  // The crowd, in two statements: a little over half joined before the past year, the rest during it.
  const ageRanges = {
    UNDER_18: [14, 17],
    AGE_18_29: [18, 29],
    AGE_30_RETIREMENT: [30, 60],
    RETIREMENT: [63, 78],
  } as const;
  const year = now.getUTCFullYear();
  const users: Prisma.UserCreateManyInput[] = [];
  const profiles: Prisma.VolunteerProfileCreateManyInput[] = [];
  for (let i = 0; i < volunteerCount; i++) {
    const gender = pickWeighted(r, VOLUNTEER_DEMOGRAPHICS.genderShare);
    const group = pickWeighted(r, VOLUNTEER_DEMOGRAPHICS.ageGroupShare);
    const [min, max] = ageRanges[group];
    const age = min + Math.floor(r() * (max - min + 1));
    const kazakh = r() < 0.7;
    const firsts = (kazakh ? KAZAKH_FIRST_NAMES : RUSSIAN_FIRST_NAMES)[gender];
    const lasts = (kazakh ? KAZAKH_LAST_NAMES : RUSSIAN_LAST_NAMES)[gender];
    const first = firsts[Math.floor(r() * firsts.length)]!;
    const lastIndex = Math.floor(r() * lasts.length);
    const last = lasts[lastIndex]!;
    const regionCode = pickWeighted(r, VOLUNTEER_REGION_WEIGHT);
    const birthDate = new Date(Date.UTC(year - age - 1, Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    const fourteenth = new Date(
      Date.UTC(birthDate.getUTCFullYear() + 14, birthDate.getUTCMonth(), birthDate.getUTCDate() + 1),
    );
    const joined = r() < 0.55 ? daysAgo(380 + r() * 380) : daysAgo(3 + r() * 360);
    const registeredAt = new Date(Math.min(Math.max(joined.getTime(), fourteenth.getTime()), now.getTime() - HOUR));
    const student = group === "AGE_18_29" && r() < 0.5;
    const employment: Employment =
      group === "UNDER_18"
        ? "SCHOOL_STUDENT"
        : group === "RETIREMENT"
          ? "RETIRED"
          : student
            ? "UNIVERSITY_STUDENT"
            : r() < 0.85
              ? "EMPLOYED"
              : "SELF_EMPLOYED";
    // A parent of a minor: the same family name, in the parent's form.
    let guardian: { name: string; contact: string } | null = null;
    if (group === "UNDER_18" && r() < 0.7) {
      const parent = r() < 0.7 ? "FEMALE" : "MALE";
      const parentFirsts = (kazakh ? KAZAKH_FIRST_NAMES : RUSSIAN_FIRST_NAMES)[parent];
      const parentLast = (kazakh ? KAZAKH_LAST_NAMES : RUSSIAN_LAST_NAMES)[parent][lastIndex]!;
      const digits = String(1_000_000 + Math.floor(r() * 8_999_999));
      guardian = {
        name: `${parentFirsts[Math.floor(r() * parentFirsts.length)]!} ${parentLast}`,
        contact: `+7 70${Math.floor(r() * 8)} ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5, 7)}`,
      };
    }
    const skill = SKILLS[Math.floor(r() * SKILLS.length)]!;
    const interests = [
      ...new Set([
        CROWD_INTERESTS[Math.floor(r() * r() * CROWD_INTERESTS.length)]!,
        CROWD_INTERESTS[Math.floor(r() * CROWD_INTERESTS.length)]!,
      ]),
    ];
    const id = newId();
    const locale = kazakh ? "kk" : "ru";
    const name = `${first} ${last}`;
    users.push({
      id,
      email: `volunteer${i + 1}@asar.demo`,
      name,
      passwordHash,
      locale,
      emailConfirmedAt: registeredAt,
      createdAt: registeredAt,
      updatedAt: registeredAt,
    });
    profiles.push({
      userId: id,
      birthDate,
      gender,
      regionCode,
      skills: [skill],
      interests,
      compositions:
        group === "UNDER_18" ? ["SCHOOL"] : group === "RETIREMENT" ? ["SILVER"] : student ? ["STUDENT"] : [],
      employment,
      languages: ["kk", "ru"],
      ...(guardian
        ? {
            guardianName: guardian.name,
            guardianContact: guardian.contact,
            guardianConsentAt: registeredAt,
            guardianRecordedById: id,
          }
        : {}),
      createdAt: registeredAt,
      updatedAt: registeredAt,
    });
    volunteers.push({
      id,
      name,
      locale,
      regionCode,
      birthDate,
      guardianConsentAt: guardian ? registeredAt : null,
      registeredAt,
      skills: [skill],
    });
  }
  await db.user.createMany({ data: users });
  await db.volunteerProfile.createMany({ data: profiles });

  const placements: Placement[] = [
    // Aigerim: three city projects of Astana Jastary behind her, two of its upcoming ones ahead.
    { volunteerId: aigerim.id, projectKey: "astana-nauryz", roleIndex: 2, outcome: "ACCEPTED" },
    { volunteerId: aigerim.id, projectKey: "astana-day-festival", roleIndex: 0, outcome: "ACCEPTED" },
    { volunteerId: aigerim.id, projectKey: "astana-autumn-planting", roleIndex: 1, outcome: "ACCEPTED" },
    {
      volunteerId: aigerim.id,
      projectKey: "taza-qazaqstan-esil",
      roleIndex: 1,
      outcome: "ACCEPTED",
      appliedDaysAgo: 6,
      decidedDaysAgo: 2,
    },
    {
      volunteerId: aigerim.id,
      projectKey: "school-of-volunteers",
      roleIndex: 1,
      outcome: "SUBMITTED",
      appliedDaysAgo: 1,
    },
    // Daniyar, 16 with his mother's consent: tree planting at home in Aktobe, and the tree census next.
    { volunteerId: daniyar.id, projectKey: "aktobe-spring-planting", roleIndex: 0, outcome: "ACCEPTED" },
    { volunteerId: daniyar.id, projectKey: "aktobe-tree-census", roleIndex: 0, outcome: "ACCEPTED", appliedDaysAgo: 4 },
  ];
  await seedDemoActivity(db, {
    now,
    r,
    projects: activityProjects,
    volunteers,
    placements,
    showcaseVolunteerId: aigerim.id,
  });

  // A few conversations on «Адреса заботы» and the team's saved replies (demo-messages.ts).
  const care = activityProjects.find((p) => p.key === "addresses-for-care");
  if (care)
    await seedDemoMessages(db, { projectId: care.id, organizerId: care.organizerId, ownerId: care.ownerId, now });

  const yntymak = organizerOf("yntymak-atyrau", "the flood's requests");
  const flood = await seedFloodRequests(db, now, {
    staffId: staffAtyrau.id,
    organizerId: yntymak.id,
    organizerName: DEMO_ORGANIZERS.find((o) => o.key === "yntymak-atyrau")!.name,
    ownerId: yntymak.ownerId,
    projects: floodProjects,
  });

  // The front office's call-out for the dams (demo-call-out.ts): answers, an update, closed.
  const callOutId = await seedFloodCallOut(db, {
    staffId: staffAtyrau.id,
    projectId: floodProjects.get("atyrau-flood-dams")!.id,
  });

  // Check-ins by QR on last winter's «Адреса заботы» (demo-check-in.ts).
  await seedDemoCheckIns(db);
  // Saturdays of "Addresses for Care" as slots, some picked (demo-shifts.ts).
  await seedDemoShifts(db, activityProjects.find((p) => p.key === "addresses-for-care")!.id);
  // After the project (issue 12): testimonials on Astana Jastary's past projects, and its
  // "Addresses for Care" template for next winter.
  const jastary = organizerOf("astana-jastary", "testimonials and templates");
  await seedDemoTestimonials(db, {
    organizerId: jastary.id,
    ownerId: jastary.ownerId,
    exceptVolunteerIds: [aigerim.id],
    now,
  });
  await seedDemoTemplates(db, { organizerId: jastary.id, createdById: jastary.ownerId, now });

  // The statistics pages read summaries: build them now rather than wait for the job queue.
  await refreshStatistics(db, { years: "all", now });

  return {
    /** The flood response, for a scenario built on it (e.g. a call-out): its weeks, organizer, staff and requests. */
    flood: {
      season,
      regionCode: "ATYRAU" as const,
      organizerId: yntymak.id,
      organizerOwnerId: yntymak.ownerId,
      staffId: staffAtyrau.id,
      projects: Object.fromEntries(floodProjects) as Record<string, { id: string; createdAt: Date }>,
      openRequests: flood.open,
      callOutId,
    },
  };
}
