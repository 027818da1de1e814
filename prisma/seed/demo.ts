// The demo dataset for an empty local database: the organizations the seeds name, their
// projects, staff and volunteers of every age group and both genders in the review's shares.
import { rng } from "./random";
import type { Db } from "../../src/server/prisma-client";
import type { RegionCode } from "../../src/generated/prisma/enums";
import { REGION_CODES } from "../../src/domain/regions";
import { makeBin } from "../../src/domain/bin";
import { slugify } from "../../src/modules/organizers/slug";
import { createOrganizer, createProject, createUser, createVolunteer, hashPassword } from "./factories";
import { DEMO_PASSWORD } from "./demo-accounts";
import {
  DEMO_ORGANIZERS,
  DEMO_PROJECTS,
  VOLUNTEER_DEMOGRAPHICS,
  KAZAKH_FIRST_NAMES,
  KAZAKH_LAST_NAMES,
  RUSSIAN_FIRST_NAMES,
  RUSSIAN_LAST_NAMES,
  SKILLS,
} from "./demo-data";

const DAY = 86_400_000;


function pickWeighted<K extends string>(r: () => number, shares: Record<K, number>): K {
  const entries = Object.entries(shares) as [K, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

/** Start of a day in Kazakhstan's time (UTC+5), plus an hour. */
function kzTime(daysFromNow: number, hour: number): Date {
  const now = new Date();
  const midnightKz = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 5 * 3600_000;
  return new Date(midnightKz + daysFromNow * DAY + hour * 3600_000);
}

export async function seedDemo(db: Db, volunteerCount = 240) {
  const r = rng(2026);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const admin = await createUser(db, { email: "admin@asar.demo", name: "Асель Нұрланқызы", passwordHash, isAdmin: true, locale: "kk" });
  const staffAstana = await createUser(db, { email: "staff.astana@asar.demo", name: "Ерлан Сапаров", passwordHash, locale: "ru" });
  const staffAktobe = await createUser(db, { email: "staff.aktobe@asar.demo", name: "Гүлнар Жұмабаева", passwordHash, locale: "kk" });
  await db.staffAssignment.createMany({
    data: [
      { userId: staffAstana.id, regionCode: "ASTANA", appointedById: admin.id },
      { userId: staffAktobe.id, regionCode: "AKTOBE", appointedById: admin.id },
    ],
  });

  const organizerIds = new Map<string, { id: string; ownerId: string; regionCode: RegionCode }>();
  for (const [i, o] of DEMO_ORGANIZERS.entries()) {
    const ownerEmail = i === 0 ? "jastary@asar.demo" : `owner.${slugify(o.key)}@asar.demo`;
    const org = await createOrganizer(db, {
      name: o.name,
      slug: slugify(o.key),
      form: o.form,
      legalForm: o.legalForm,
      bin: o.form === "REGISTERED" ? makeBin(`${String(10 + (i % 14)).padStart(2, "0")}${String(1 + (i % 12)).padStart(2, "0")}40${String(100000 + i * 7919).slice(0, 5)}`) : undefined,
      regionCode: o.region,
      settlement: o.settlement,
      directions: o.directions,
      description: o.description,
      email: o.email,
      phone: o.phone,
      website: o.website,
      verified: o.verified,
      ownerEmail,
      ownerName: o.ownerName,
      ownerPasswordHash: passwordHash,
    });
    organizerIds.set(o.key, { id: org.id, ownerId: org.ownerId, regionCode: o.region });
  }

  for (const p of DEMO_PROJECTS) {
    const org = organizerIds.get(p.organizerKey);
    if (!org) throw new Error(`demo project ${p.key} names unknown organizer ${p.organizerKey}`);
    const startsAt = kzTime(p.startOffsetDays, p.startHour);
    await createProject(db, {
      organizerId: org.id,
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
      startsAt,
      endsAt: new Date(startsAt.getTime() + Math.max(p.lengthDays, 0) * DAY + 4 * 3600_000),
      status: p.status,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      createdById: org.ownerId,
      roles: p.roles.map((role) => ({ ...role })),
    });
  }

  // Two named volunteers for the demo, then the crowd.
  await createVolunteer(db, {
    email: "aigerim@asar.demo",
    name: "Айгерім Серікова",
    passwordHash,
    birthDate: new Date(Date.UTC(new Date().getUTCFullYear() - 21, 2, 8)),
    gender: "FEMALE",
    regionCode: "ASTANA",
    settlement: "Астана",
    skills: ["первая помощь", "английский язык"],
    interests: ["SOCIAL", "ENVIRONMENTAL", "EVENT"],
    compositions: ["STUDENT"],
    locale: "kk",
  });
  await createVolunteer(db, {
    email: "daniyar@asar.demo",
    name: "Данияр Әлиев",
    passwordHash,
    birthDate: new Date(Date.UTC(new Date().getUTCFullYear() - 16, 8, 1)),
    gender: "MALE",
    regionCode: "AKTOBE",
    settlement: "Ақтөбе",
    interests: ["ENVIRONMENTAL", "SPORTS"],
    compositions: ["SCHOOL"],
    guardian: { name: "Әлиева Сәуле Маратқызы", contact: "+7 701 555 12 34" },
    locale: "kk",
  });

  const ageRanges = { UNDER_18: [14, 17], AGE_18_29: [18, 29], AGE_30_RETIREMENT: [30, 60], RETIREMENT: [63, 78] } as const;
  const year = new Date().getUTCFullYear();
  for (let i = 0; i < volunteerCount; i++) {
    const gender = pickWeighted(r, VOLUNTEER_DEMOGRAPHICS.genderShare);
    const group = pickWeighted(r, VOLUNTEER_DEMOGRAPHICS.ageGroupShare);
    const [min, max] = ageRanges[group];
    const age = min + Math.floor(r() * (max - min + 1));
    const kazakh = r() < 0.7;
    const firsts = (kazakh ? KAZAKH_FIRST_NAMES : RUSSIAN_FIRST_NAMES)[gender];
    const lasts = (kazakh ? KAZAKH_LAST_NAMES : RUSSIAN_LAST_NAMES)[gender];
    const first = firsts[Math.floor(r() * firsts.length)]!;
    const last = lasts[Math.floor(r() * lasts.length)]!;
    const regionCode = REGION_CODES[Math.floor(r() * REGION_CODES.length)]!;
    const birthDate = new Date(Date.UTC(year - age - 1, Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    await createVolunteer(db, {
      email: `volunteer${i + 1}@asar.demo`,
      name: `${first} ${last}`,
      passwordHash,
      birthDate,
      gender,
      regionCode,
      skills: [SKILLS[Math.floor(r() * SKILLS.length)]!],
      compositions: group === "UNDER_18" ? ["SCHOOL"] : group === "RETIREMENT" ? ["SILVER"] : group === "AGE_18_29" && r() < 0.5 ? ["STUDENT"] : [],
      guardian: group === "UNDER_18" && r() < 0.7 ? { name: `${last} (родитель)`, contact: "+7 700 000 00 00" } : null,
      locale: kazakh ? "kk" : "ru",
    });
  }
}
