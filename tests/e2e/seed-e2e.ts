// Accounts the end-to-end specs start from (run by scripts/e2e.ts before Playwright).
import { createPrismaClient } from "../../src/server/prisma-client";
import { addMember, createOrganizer, createProject, createUser, createVolunteer } from "../../prisma/seed/factories";
import {
  E2E_ADMIN,
  E2E_CACHE,
  E2E_FORMS,
  E2E_HOURS,
  E2E_ORGANIZER_OWNER,
  E2E_ORGANIZERS,
  E2E_OWNERSHIP,
  E2E_RECORDS,
  E2E_STAFF_ASTANA,
  E2E_HELP,
  E2E_CALLOUT_ANSWER,
  E2E_CALLOUT_CREATE,
  E2E_CHANNELS,
  E2E_INVITE,
  E2E_REMINDERS,
  E2E_CHECK_IN,
  E2E_SHIFTS,
  E2E_AFTER,
  E2E_MESSAGES,
  E2E_JOURNEY,
} from "./accounts";
import { newCheckInSecret } from "../../src/modules/check-in/code";
import { createCallOutFixture } from "../../prisma/seed/call-out-fixture";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await createUser(db, {
    email: E2E_ADMIN.email,
    password: E2E_ADMIN.password,
    name: "Админ Платформы",
    isAdmin: true,
    locale: "ru",
  });
  for (const o of E2E_ORGANIZERS) {
    await createOrganizer(db, {
      name: o.name,
      slug: o.slug,
      form: "INITIATIVE_GROUP",
      regionCode: o.regionCode,
      directions: ["SOCIAL"],
    });
  }
  const owner = await createUser(db, {
    email: E2E_ORGANIZER_OWNER.email,
    password: E2E_ORGANIZER_OWNER.password,
    name: "Дана Ахметова",
    locale: "ru",
  });
  await createOrganizer(db, {
    name: E2E_ORGANIZER_OWNER.name,
    slug: E2E_ORGANIZER_OWNER.slug,
    regionCode: "ASTANA",
    settlement: "Астана",
    directions: ["ENVIRONMENTAL"],
    verified: true,
    owner,
  });
  const staff = await createUser(db, {
    email: E2E_STAFF_ASTANA.email,
    password: E2E_STAFF_ASTANA.password,
    name: "Ерлан Сапаров",
    locale: "ru",
  });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "ASTANA" } });
  await seedHours(db);
  await seedCheckIn(db);
  await seedRecords(db);
  await seedOwnership(db);
  await seedCache(db);
  await seedHelp(db);
  await seedCallOutCreate(db);
  await seedForms(db);
  await seedCallOutAnswer(db);
  await seedChannels(db);
  await seedInvite(db);
  await seedReminders(db);
  await seedShifts(db);
  await seedAfterProject(db);
  await seedMessages(db);
  await seedJourney(db);
  await db.$disconnect();
}

// Call-outs to answer (tests/e2e/call-outs-answer.spec.ts): one per language, each sent to that
// language's volunteer and one more who does not answer. Made with the fixture that stands for
// the call-out creation until the spec can go through it.
async function seedCallOutAnswer(db: ReturnType<typeof createPrismaClient>) {
  const c = E2E_CALLOUT_ANSWER;
  const staff = await createUser(db, { ...c.staff, locale: "ru" });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "AKTOBE" } });
  const owner = await createUser(db, { ...c.owner, locale: "ru" });
  const organizer = await createOrganizer(db, {
    name: c.organizer.name,
    slug: c.organizer.slug,
    regionCode: "AKTOBE",
    settlement: "Ақтөбе",
    directions: ["EMERGENCY"],
    verified: true,
    owner,
  });
  const silent = await createVolunteer(db, {
    email: "callout.silent@e2e.asar",
    password: "callout-silent-e2e-password",
    name: "Болат Жанұзақов",
    regionCode: "AKTOBE",
  });
  for (const locale of ["kk", "ru", "en"] as const) {
    const v = c.volunteers[locale];
    const volunteer = await createVolunteer(db, {
      ...v,
      locale,
      regionCode: "AKTOBE",
      birthDate: new Date("1995-03-10"),
    });
    await db.volunteerProfile.update({ where: { userId: volunteer.id }, data: { phone: "+77015550199" } });
    await createCallOutFixture(db, {
      id: c.callOutId(locale),
      organizerId: organizer.id,
      createdById: staff.id,
      title: c.title(locale),
      regions: ["AKTOBE"],
      settlements: ["Ақтөбе"],
      peopleNeeded: 5,
      recipients: [volunteer.id, silent.id],
    });
  }
}

// Finding and inviting volunteers (tests/e2e/invitations.spec.ts): its own organizer and region
// (Kyzylorda), so no other spec's people or projects show on its find pages.
async function seedInvite(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, { ...E2E_INVITE.owner, locale: "kk" });
  const org = await createOrganizer(db, {
    name: E2E_INVITE.organizer.name,
    slug: E2E_INVITE.organizer.slug,
    regionCode: "KYZYLORDA",
    settlement: "Қызылорда",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  for (const [i, p] of E2E_INVITE.projects.entries()) {
    await createProject(db, {
      organizerId: org.id,
      title: p.title,
      description: "Су тасқынынан зардап шеккендерге көмек: жиналу орны — облыстық штаб.",
      language: "kk",
      primaryDirection: "ENVIRONMENTAL",
      regionCode: "KYZYLORDA",
      settlement: "Қызылорда",
      contactName: E2E_INVITE.owner.name,
      startsAt: new Date(Date.now() + (10 + i) * DAY),
      endsAt: new Date(Date.now() + (10 + i) * DAY + 6 * 3_600_000),
      status: "PUBLISHED",
      roles: [{ title: p.role, capacity: 10, mode: "FIRST_COME" }],
    });
  }
  for (const [locale, v] of Object.entries(E2E_INVITE.volunteers)) {
    await createVolunteer(db, {
      email: v.email,
      password: v.password,
      name: v.name,
      locale: locale as "kk" | "ru" | "en",
      regionCode: "KYZYLORDA",
      settlement: "Қызылорда",
      birthDate: new Date("1998-03-21T00:00:00Z"),
    });
  }
}

// Requests for help (tests/e2e/help.spec.ts): Atyrau's front office and one verified organizer
// there, so the queue and the organizer's list hold only that spec's requests.
async function seedHelp(db: ReturnType<typeof createPrismaClient>) {
  const staff = await createUser(db, { ...E2E_HELP.staff, locale: "ru" });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "ATYRAU" } });
  const owner = await createUser(db, { ...E2E_HELP.owner, locale: "kk" });
  await createOrganizer(db, {
    name: E2E_HELP.organizer.name,
    slug: E2E_HELP.organizer.slug,
    regionCode: "ATYRAU",
    settlement: "Атырау",
    directions: ["EMERGENCY", "SOCIAL"],
    verified: true,
    owner,
  });
}

// Creating call-outs (tests/e2e/call-outs-create.spec.ts): per language, a region's staff, a
// verified organizer of the region and a volunteer opted in to its call-outs.
async function seedCallOutCreate(db: ReturnType<typeof createPrismaClient>) {
  for (const [locale, a] of Object.entries(E2E_CALLOUT_CREATE)) {
    const l = locale as "kk" | "ru" | "en";
    const staff = await createUser(db, { ...a.staff, name: "Call-out Staff", locale: l });
    await db.staffAssignment.create({ data: { userId: staff.id, regionCode: a.region } });
    const owner = await createUser(db, { ...a.owner, name: "Call-out Owner", locale: l });
    await createOrganizer(db, {
      name: a.organizer.name,
      slug: a.organizer.slug,
      regionCode: a.region,
      directions: ["EMERGENCY"],
      verified: true,
      owner,
    });
    const volunteer = await createVolunteer(db, {
      ...a.volunteer,
      name: "Call-out Volunteer",
      locale: l,
      regionCode: a.region,
    });
    await db.volunteerProfile.update({ where: { userId: volunteer.id }, data: { callOutRegions: [a.region] } });
  }
}

// Hours journey (tests/e2e/hours.spec.ts): its own organizer, so no other spec sees its project
// in an organizer's lists; the project started two days ago and one volunteer is accepted.
async function seedHours(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, {
    email: E2E_HOURS.owner.email,
    password: E2E_HOURS.owner.password,
    name: "Мирас Оспанов",
    locale: "ru",
  });
  const org = await createOrganizer(db, {
    name: E2E_HOURS.organizer.name,
    slug: E2E_HOURS.organizer.slug,
    regionCode: "ASTANA",
    settlement: "Астана",
    directions: ["ENVIRONMENTAL"],
    verified: true,
    owner,
  });
  const project = await createProject(db, {
    organizerId: org.id,
    title: E2E_HOURS.projectTitle,
    description: "Убираем берег Есиля весь день: перчатки и мешки выдаем на месте, сбор у моста.",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "ASTANA",
    settlement: "Астана",
    contactName: "Мирас Оспанов",
    startsAt: new Date(Date.now() - 2 * DAY),
    endsAt: new Date(Date.now() + 5 * DAY),
    status: "PUBLISHED",
    roles: [{ title: E2E_HOURS.roleTitle, capacity: 5 }],
  });
  const volunteer = await createVolunteer(db, {
    email: E2E_HOURS.volunteer.email,
    password: E2E_HOURS.volunteer.password,
    name: E2E_HOURS.volunteer.name,
    locale: "ru",
    birthDate: new Date("2001-04-12T00:00:00Z"),
  });
  const roleId = project.roles[0]!.id;
  await db.application.create({
    data: {
      roleId,
      projectId: project.id,
      volunteerId: volunteer.id,
      status: "ACCEPTED",
      decidedAt: new Date(),
      decidedById: owner.id,
    },
  });
}

// Check-in journey (tests/e2e/check-in.spec.ts): per language, a project with one slot that
// started three and a half hours ago and ends in an hour, one volunteer confirmed in it.
async function seedCheckIn(db: ReturnType<typeof createPrismaClient>) {
  const HOUR = 3_600_000;
  for (const c of E2E_CHECK_IN) {
    const owner = await createUser(db, { ...c.owner, name: `Owner ${c.locale}`, locale: c.locale });
    const org = await createOrganizer(db, {
      name: c.organizer.name,
      slug: c.organizer.slug,
      regionCode: "ASTANA",
      settlement: "Астана",
      directions: ["ENVIRONMENTAL"],
      verified: true,
      owner,
    });
    const project = await createProject(db, {
      organizerId: org.id,
      title: c.projectTitle,
      description: "Clearing snow from the riverside paths: shovels and tea at the meeting point.",
      primaryDirection: "ENVIRONMENTAL",
      regionCode: "ASTANA",
      settlement: "Астана",
      contactName: "Owner",
      startsAt: new Date(Date.now() - 4 * HOUR),
      endsAt: new Date(Date.now() + 6 * HOUR),
      status: "PUBLISHED",
      roles: [{ title: c.roleTitle, capacity: 5 }],
    });
    const volunteer = await createVolunteer(db, {
      ...c.volunteer,
      locale: c.locale,
      birthDate: new Date("2000-02-02T00:00:00Z"),
    });
    const roleId = project.roles[0]!.id;
    const startsAt = new Date(Date.now() - 3.5 * HOUR);
    const endsAt = new Date(Date.now() + HOUR);
    const slot = await db.roleSlot.create({
      data: {
        roleId,
        projectId: project.id,
        startsAt,
        endsAt,
        capacity: 5,
        checkInSecret: newCheckInSecret(),
      },
    });
    const app = await db.application.create({
      data: {
        roleId,
        projectId: project.id,
        volunteerId: volunteer.id,
        status: "ACCEPTED",
        decidedAt: new Date(),
        decidedById: owner.id,
      },
    });
    await db.projectRole.update({ where: { id: roleId }, data: { acceptedCount: 1 } });
    await db.slotSignup.create({
      data: {
        slotId: slot.id,
        applicationId: app.id,
        volunteerId: volunteer.id,
        status: "CONFIRMED",
        startsAt,
        endsAt,
      },
    });
  }
}

// Record journey (tests/e2e/records.spec.ts): a finished project of its own organizer where the
// volunteer has two confirmed entries and one still pending.
async function seedRecords(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, {
    email: E2E_RECORDS.owner.email,
    password: E2E_RECORDS.owner.password,
    name: "Нұрлан Әбенов",
    locale: "kk",
  });
  const org = await createOrganizer(db, {
    name: E2E_RECORDS.organizer.name,
    slug: E2E_RECORDS.organizer.slug,
    form: "INITIATIVE_GROUP",
    regionCode: "ULYTAU",
    settlement: "Жезқазған",
    directions: ["ENVIRONMENTAL"],
    verified: true,
    owner,
  });
  const project = await createProject(db, {
    organizerId: org.id,
    title: E2E_RECORDS.projectTitle,
    description: "Жезқазған маңында екі күн ағаш отырғызамыз: күрек пен көшет орнында беріледі.",
    language: "kk",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "ULYTAU",
    settlement: "Жезқазған",
    contactName: "Нұрлан Әбенов",
    startsAt: new Date(Date.now() - 20 * DAY),
    endsAt: new Date(Date.now() - 19 * DAY),
    status: "COMPLETED",
    roles: [{ title: E2E_RECORDS.roleTitle, capacity: 10 }],
  });
  const volunteer = await createVolunteer(db, {
    email: E2E_RECORDS.volunteer.email,
    password: E2E_RECORDS.volunteer.password,
    name: E2E_RECORDS.volunteer.name,
    locale: "kk",
    regionCode: "ULYTAU",
    birthDate: new Date("1999-09-09T00:00:00Z"),
  });
  const roleId = project.roles[0]!.id;
  const app = await db.application.create({
    data: {
      roleId,
      projectId: project.id,
      volunteerId: volunteer.id,
      status: "ACCEPTED",
      attendance: "ATTENDED",
      decidedAt: new Date(),
      decidedById: owner.id,
    },
  });
  const day = (n: number) => new Date(`${new Date(Date.now() - n * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
  const entry = {
    applicationId: app.id,
    projectId: project.id,
    volunteerId: volunteer.id,
    source: "ORGANIZER" as const,
    enteredById: owner.id,
  };
  await db.hoursEntry.createMany({
    data: [
      {
        ...entry,
        workedOn: day(20),
        hours: "4.00",
        status: "CONFIRMED",
        confirmedById: owner.id,
        confirmedAt: new Date(),
      },
      {
        ...entry,
        workedOn: day(19),
        hours: "2.50",
        status: "CONFIRMED",
        confirmedById: owner.id,
        confirmedAt: new Date(),
      },
      {
        ...entry,
        workedOn: day(19),
        hours: "3.00",
        status: "PENDING",
        source: "SELF_REPORTED",
        enteredById: volunteer.id,
      },
    ],
  });
}

// Ownership journey (tests/e2e/ownership.spec.ts): the owner hands this organizer over to its
// coordinator, leaves it and deletes the account; no other spec uses these accounts.
async function seedOwnership(db: ReturnType<typeof createPrismaClient>) {
  const o = E2E_OWNERSHIP;
  const owner = await createUser(db, {
    email: o.owner.email,
    password: o.owner.password,
    name: o.owner.name,
    locale: "ru",
  });
  const org = await createOrganizer(db, {
    name: o.organizer.name,
    slug: o.organizer.slug,
    form: "INITIATIVE_GROUP",
    regionCode: "PAVLODAR",
    settlement: "Павлодар",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  const coordinator = await createUser(db, {
    email: o.coordinator.email,
    password: o.coordinator.password,
    name: o.coordinator.name,
    locale: "ru",
  });
  await addMember(db, org.id, coordinator.id);
}

void main();

// Public page cache (tests/e2e/page-cache.spec.ts): its own organizer and a published project
// whose first-come role's places left show on the public page.
async function seedCache(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, {
    email: E2E_CACHE.owner.email,
    password: E2E_CACHE.owner.password,
    name: "Ержан Қасымов",
    locale: "ru",
  });
  const org = await createOrganizer(db, {
    name: E2E_CACHE.organizer.name,
    slug: E2E_CACHE.organizer.slug,
    regionCode: "PAVLODAR",
    settlement: "Павлодар",
    directions: ["ENVIRONMENTAL"],
    verified: true,
    owner,
  });
  await createProject(db, {
    organizerId: org.id,
    title: E2E_CACHE.projectTitle,
    description: "Убираем двор и сажаем цветы всем домом: инвентарь выдаем на месте, приходите в удобной одежде.",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "PAVLODAR",
    settlement: "Павлодар",
    contactName: "Ержан Қасымов",
    startsAt: new Date(Date.now() + 20 * DAY),
    endsAt: new Date(Date.now() + 20 * DAY + 4 * 3600_000),
    status: "PUBLISHED",
    roles: [{ title: E2E_CACHE.roleTitle, capacity: E2E_CACHE.capacity, mode: "FIRST_COME" }],
  });
}

// Forms journeys (tests/e2e/forms.spec.ts): a project with places for everyone from 14, whose
// page the specs sign in and up from, and a volunteer who signs in from it.
async function seedForms(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, {
    email: E2E_FORMS.owner.email,
    password: E2E_FORMS.owner.password,
    name: "Ғалым Жақсылықов",
    locale: "kk",
  });
  const org = await createOrganizer(db, {
    name: E2E_FORMS.organizer.name,
    slug: E2E_FORMS.organizer.slug,
    regionCode: "SHYMKENT",
    settlement: "Шымкент",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  await createProject(db, {
    organizerId: org.id,
    title: E2E_FORMS.projectTitle,
    description: "Балаларға кітап оқимыз және кітапхананы жинаймыз: кітаптар мен шай біздің есептен, келіңіздер.",
    primaryDirection: "EDUCATIONAL",
    regionCode: "SHYMKENT",
    settlement: "Шымкент",
    contactName: "Ғалым Жақсылықов",
    startsAt: new Date(Date.now() + 30 * DAY),
    endsAt: new Date(Date.now() + 30 * DAY + 4 * 3600_000),
    status: "PUBLISHED",
    roles: [{ title: E2E_FORMS.roleTitle, capacity: 100, minAge: 14 }],
  });
  await createVolunteer(db, {
    email: E2E_FORMS.volunteer.email,
    password: E2E_FORMS.volunteer.password,
    name: E2E_FORMS.volunteer.name,
    locale: "kk",
    regionCode: "SHYMKENT",
  });
}

// Notification channels (tests/e2e/notification-settings.spec.ts): a volunteer per language.
async function seedChannels(db: ReturnType<typeof createPrismaClient>) {
  for (const locale of ["kk", "ru", "en"] as const) {
    const a = E2E_CHANNELS[locale];
    await createVolunteer(db, {
      email: a.email,
      password: a.password,
      name: a.name,
      locale,
      regionCode: "ALMATY_CITY",
    });
  }
}

// Reminders (tests/e2e/reminders.spec.ts): see E2E_REMINDERS.
async function seedReminders(db: ReturnType<typeof createPrismaClient>) {
  const r = E2E_REMINDERS;
  const staff = await createUser(db, { ...r.staff, locale: "ru" });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "MANGYSTAU" } });
  await createOrganizer(db, {
    name: r.pendingOrganizer.name,
    slug: r.pendingOrganizer.slug,
    regionCode: "MANGYSTAU",
    directions: ["SOCIAL"],
  });
  const owner = await createUser(db, { ...r.owner, name: "Гүлмира Төлеген", locale: "ru" });
  const organizer = await createOrganizer(db, {
    name: r.organizer.name,
    slug: r.organizer.slug,
    regionCode: "MANGYSTAU",
    settlement: "Ақтау",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  const project = await createProject(db, {
    organizerId: organizer.id,
    title: r.projectTitle,
    description: "Продукты и лекарства пожилым соседям, прогулки и разговоры.",
    primaryDirection: "ENVIRONMENTAL",
    regionCode: "MANGYSTAU",
    settlement: "Ақтау",
    contactName: "Гүлмира",
    startsAt: new Date(r.startsAt),
    endsAt: new Date(r.endsAt),
    status: "PUBLISHED",
    roles: [
      { title: r.eventRole, capacity: 5 },
      { title: r.slotRole, capacity: 5 },
    ],
  });
  const [eventRole, slotRole] = project.roles.map((x) => x.id) as [string, string];
  const slot = await db.roleSlot.create({
    data: {
      roleId: slotRole,
      projectId: project.id,
      startsAt: new Date(r.startsAt),
      endsAt: new Date(r.slotEndsAt),
      capacity: 5,
      checkInSecret: "e2e-reminders-slot-secret",
    },
  });
  for (const locale of ["kk", "ru", "en"] as const) {
    const v = await createVolunteer(db, { ...r.volunteers[locale], locale, regionCode: "MANGYSTAU" });
    const application = await db.application.create({
      data: {
        roleId: locale === "ru" ? eventRole : slotRole,
        projectId: project.id,
        volunteerId: v.id,
        status: "ACCEPTED",
        decidedAt: new Date(),
      },
    });
    if (locale !== "ru")
      await db.slotSignup.create({
        data: {
          id: r.signupId(locale),
          slotId: slot.id,
          applicationId: application.id,
          volunteerId: v.id,
          status: "CONFIRMED",
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
        },
      });
  }
}

// Shifts (tests/e2e/shifts.spec.ts): a verified organizer in Astana with one published project
// per language (a first-come role whose slots the spec generates), two volunteers per language.
async function seedShifts(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, { ...E2E_SHIFTS.owner, locale: "kk" });
  const org = await createOrganizer(db, {
    name: E2E_SHIFTS.organizer.name,
    slug: E2E_SHIFTS.organizer.slug,
    regionCode: "ASTANA",
    settlement: "Астана",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  for (const p of Object.values(E2E_SHIFTS.projects)) {
    await createProject(db, {
      organizerId: org.id,
      title: p.title,
      description: "Сенбі сайын қарттардың үйіне барып, қар тазалаймыз және үй шаруасына көмектесеміз.",
      language: "kk",
      primaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
      regionCode: "ASTANA",
      settlement: "Астана",
      contactName: E2E_SHIFTS.owner.name,
      startsAt: new Date(Date.now() + DAY),
      endsAt: new Date(Date.now() + 60 * DAY),
      status: "PUBLISHED",
      roles: [{ title: p.role, capacity: 20, mode: "FIRST_COME" }],
    });
  }
  for (const [locale, list] of Object.entries(E2E_SHIFTS.volunteers)) {
    for (const v of list) {
      await createVolunteer(db, {
        email: v.email,
        password: v.password,
        name: v.name,
        locale: locale as "kk" | "ru" | "en",
        regionCode: "ASTANA",
        settlement: "Астана",
        birthDate: new Date("1999-05-12T00:00:00Z"),
      });
    }
  }
}

// organizer marked present.
async function seedAfterProject(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, { ...E2E_AFTER.owner, locale: "ru" });
  const org = await createOrganizer(db, {
    name: E2E_AFTER.organizer.name,
    slug: E2E_AFTER.organizer.slug,
    regionCode: "ASTANA",
    settlement: "Астана",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  for (const [locale, l] of Object.entries(E2E_AFTER.locales)) {
    const created = await createProject(db, {
      organizerId: org.id,
      title: l.project,
      description: "Расчищаем снег у одиноких пенсионеров по субботам; инвентарь и чай даёт штаб.",
      primaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
      regionCode: "ASTANA",
      settlement: "Астана",
      contactName: E2E_AFTER.owner.name,
      startsAt: new Date(Date.now() - 24 * DAY),
      endsAt: new Date(Date.now() - 3 * DAY),
      status: "COMPLETED",
      roles: [{ title: "Snow", capacity: 10, mode: "FIRST_COME" }],
    });
    const roleId = created.roles[0]!.id;
    await db.projectRole.update({
      where: { id: roleId },
      data: {
        slotPattern: {
          from: new Date(Date.now() - 24 * DAY).toISOString().slice(0, 10),
          weekdays: [6],
          start: "10:00",
          end: "14:00",
          weeks: 3,
          capacity: 5,
        },
      },
    });
    const volunteer = await createVolunteer(db, {
      email: l.volunteer.email,
      password: l.volunteer.password,
      name: l.volunteer.name,
      locale: locale as "kk" | "ru" | "en",
      regionCode: "ASTANA",
      birthDate: new Date("1999-05-12T00:00:00Z"),
    });
    await db.application.create({
      data: {
        roleId,
        projectId: created.id,
        volunteerId: volunteer.id,
        status: "ACCEPTED",
        attendance: "ATTENDED",
        decidedAt: new Date(Date.now() - 30 * DAY),
      },
    });
  }
}

// Messages (tests/e2e/messages.spec.ts): a verified team in North Kazakhstan with one project,
// a volunteer per language accepted for its role, and the region's front office.
async function seedMessages(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  const owner = await createUser(db, { ...E2E_MESSAGES.owner, locale: "kk" });
  const org = await createOrganizer(db, {
    name: E2E_MESSAGES.organizer.name,
    slug: E2E_MESSAGES.organizer.slug,
    regionCode: "NORTH_KAZAKHSTAN",
    settlement: "Петропавл",
    directions: ["SOCIAL"],
    verified: true,
    owner,
  });
  const project = await createProject(db, {
    organizerId: org.id,
    title: E2E_MESSAGES.project.title,
    description: "Жалғыз тұратын қарттарға үй шаруасында көмектесеміз.",
    language: "kk",
    primaryDirection: "SOCIAL",
    socialSubtype: "ELDERLY",
    regionCode: "NORTH_KAZAKHSTAN",
    settlement: "Петропавл",
    contactName: E2E_MESSAGES.owner.name,
    startsAt: new Date(Date.now() + 12 * DAY),
    endsAt: new Date(Date.now() + 12 * DAY + 5 * 3_600_000),
    status: "PUBLISHED",
    roles: [{ title: E2E_MESSAGES.project.role, capacity: 10, mode: "REVIEW" }],
  });
  const roleId = project.roles[0]!.id;
  for (const [locale, v] of Object.entries(E2E_MESSAGES.volunteers)) {
    const volunteer = await createVolunteer(db, {
      email: v.email,
      password: v.password,
      name: v.name,
      locale: locale as "kk" | "ru" | "en",
      regionCode: "NORTH_KAZAKHSTAN",
      birthDate: new Date("1999-05-02T00:00:00Z"),
    });
    await db.application.create({
      data: { roleId, projectId: project.id, volunteerId: volunteer.id, status: "ACCEPTED", decidedAt: new Date() },
    });
  }
  await db.projectRole.update({ where: { id: roleId }, data: { acceptedCount: 3 } });
  const staff = await createUser(db, { ...E2E_MESSAGES.staff, name: "Гүлмира Оспанова", locale: "ru" });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "NORTH_KAZAKHSTAN" } });
}

// Issue 12's whole journey (tests/e2e/engagement-journey.spec.ts): per language, a verified
// organizer in Kostanay with one published project that runs from yesterday for a month, whose
// first-come role has no slots yet (the spec makes them from a weekly pattern), and two volunteers.
async function seedJourney(db: ReturnType<typeof createPrismaClient>) {
  const DAY = 86_400_000;
  for (const [locale, j] of Object.entries(E2E_JOURNEY)) {
    const l = locale as "kk" | "ru" | "en";
    const owner = await createUser(db, { ...j.owner, locale: l });
    const org = await createOrganizer(db, {
      name: j.organizer.name,
      slug: j.organizer.slug,
      regionCode: "KOSTANAY",
      settlement: "Қостанай",
      directions: ["SOCIAL"],
      verified: true,
      owner,
    });
    await createProject(db, {
      organizerId: org.id,
      title: j.projectTitle,
      description: "Every week we visit elderly neighbours at home: shopping, tidying up and a cup of tea together.",
      language: l,
      primaryDirection: "SOCIAL",
      socialSubtype: "ELDERLY",
      regionCode: "KOSTANAY",
      settlement: "Қостанай",
      contactName: j.owner.name,
      startsAt: new Date(Date.now() - DAY),
      endsAt: new Date(Date.now() + 30 * DAY),
      status: "PUBLISHED",
      roles: [{ title: j.roleTitle, capacity: 10, mode: "FIRST_COME" }],
    });
    for (const v of [j.volunteer, j.waiting]) {
      await createVolunteer(db, {
        email: v.email,
        password: v.password,
        name: v.name,
        locale: l,
        regionCode: "KOSTANAY",
        settlement: "Қостанай",
        birthDate: new Date("1998-06-20T00:00:00Z"),
      });
    }
  }
}
