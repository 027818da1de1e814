// Seed factories shared by `prisma/seed`, the scale seeder and the tests.
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Db } from "../../src/server/prisma-client";
import type { Prisma } from "../../src/generated/prisma/client";
import type {
  ApplicationMode,
  BirgemizTag,
  Composition,
  Direction,
  Duration,
  Employment,
  Gender,
  LegalForm,
  Locale,
  OrganizerForm,
  ProjectStatus,
  RegionCode,
  Scope,
  SocialSubtype,
} from "../../src/generated/prisma/enums";
import { REGIONS } from "../../src/domain/regions";
import { TRAININGS } from "../../src/domain/trainings";
import { proposeSdgLinks } from "../../src/domain/sdg-directions";
import { makeBin } from "../../src/domain/bin";
import { hourlyFromMonthly, PUBLISHED_WAGE_SOURCES, PUBLISHED_WAGES_2024 } from "../../src/domain/region-wages";
import { slugify } from "../../src/modules/organizers/slug";

export const hashPassword = (password: string) =>
  hash(password, { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 });

/** Regions and trainings: safe to run on every start; an admin's edits to wages are kept. */
export async function seedReferenceData(db: Db) {
  for (const r of REGIONS) {
    await db.region.upsert({
      where: { code: r.code },
      create: {
        code: r.code,
        nameKk: r.name.kk,
        nameRu: r.name.ru,
        nameEn: r.name.en,
        // Legacy column, not read (RegionWage holds the wages): the 2024 figure satisfies its CHECKs.
        hourlyWageKzt: hourlyFromMonthly(PUBLISHED_WAGES_2024[r.code]),
      },
      update: { nameKk: r.name.kk, nameRu: r.name.ru, nameEn: r.name.en },
    });
  }
  await seedRegionWages(db);
  for (const t of TRAININGS) {
    await db.training.upsert({
      where: { code: t.code },
      create: { code: t.code, nameKk: t.name.kk, nameRu: t.name.ru, nameEn: t.name.en },
      update: { nameKk: t.name.kk, nameRu: t.name.ru, nameEn: t.name.en },
    });
  }
}

/**
 * The starting wage table (src/domain/region-wages.ts): inserted where a region has no figure for
 * that period yet, so an admin's figures are never overwritten.
 */
export async function seedRegionWages(db: Db) {
  const source = PUBLISHED_WAGE_SOURCES[2024];
  for (const [regionCode, monthly] of Object.entries(PUBLISHED_WAGES_2024)) {
    await db.$executeRaw`
      INSERT INTO "RegionWage" ("regionCode", "year", "quarter", "monthlyWageKzt", "hourlyWageKzt", "sourceTitle", "sourceUrl", "updatedAt")
      VALUES (${regionCode}::"RegionCode", 2024, NULL, ${monthly}, ${hourlyFromMonthly(monthly)}, ${source.title}, ${source.url}, now())
      ON CONFLICT DO NOTHING`;
  }
}

const uid = () => crypto.randomBytes(5).toString("hex");

export async function createUser(
  db: Db,
  opts: {
    email?: string;
    name?: string;
    password?: string;
    passwordHash?: string;
    isAdmin?: boolean;
    locale?: Locale;
    createdAt?: Date;
    /** Seeded people have confirmed their address unless a test says otherwise. */
    emailConfirmed?: boolean;
  } = {},
) {
  const password = opts.password ?? "correct-horse-battery";
  return db.user.create({
    data: {
      email: (opts.email ?? `user-${uid()}@test.asar`).toLowerCase(),
      name: opts.name ?? "Test User",
      passwordHash: opts.passwordHash ?? (await hashPassword(password)),
      isAdmin: opts.isAdmin ?? false,
      locale: opts.locale ?? "kk",
      emailConfirmedAt: opts.emailConfirmed === false ? null : (opts.createdAt ?? new Date()),
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
    select: { id: true, email: true, name: true },
  });
}

export async function createVolunteer(
  db: Db,
  opts: Parameters<typeof createUser>[1] & {
    birthDate?: Date;
    gender?: Gender | null;
    regionCode?: RegionCode;
    settlement?: string;
    skills?: string[];
    interests?: Direction[];
    compositions?: Composition[];
    employment?: Employment | null;
    /** consentAt defaults to the moment the profile is created. */
    guardian?: { name: string; contact: string; consentAt?: Date } | null;
  } = {},
) {
  const user = await createUser(db, opts);
  await db.volunteerProfile.create({
    data: {
      userId: user.id,
      birthDate: opts.birthDate ?? new Date("2000-05-15T00:00:00Z"),
      gender: opts.gender ?? null,
      regionCode: opts.regionCode ?? "ASTANA",
      settlement: opts.settlement ?? null,
      skills: opts.skills ?? [],
      interests: opts.interests ?? [],
      compositions: opts.compositions ?? [],
      employment: opts.employment ?? null,
      languages: ["kk", "ru"],
      ...(opts.guardian
        ? {
            guardianName: opts.guardian.name,
            guardianContact: opts.guardian.contact,
            guardianConsentAt: opts.guardian.consentAt ?? opts.createdAt ?? new Date(),
            guardianRecordedById: user.id,
          }
        : {}),
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
    },
  });
  return user;
}

export async function createOrganizer(
  db: Db,
  opts: {
    name?: string;
    slug?: string;
    form?: OrganizerForm;
    legalForm?: LegalForm;
    bin?: string;
    regionCode?: RegionCode;
    settlement?: string;
    directions?: Direction[];
    description?: string;
    email?: string;
    phone?: string;
    website?: string;
    verified?: boolean;
    /** When it registered on the platform; a verified one is reviewed a few days later. */
    createdAt?: Date;
    reviewedAt?: Date;
    reviewedById?: string;
    owner?: { id: string };
    ownerEmail?: string;
    ownerName?: string;
    ownerPasswordHash?: string;
  } = {},
) {
  const form = opts.form ?? "REGISTERED";
  const name = opts.name ?? `Organizer ${uid()}`;
  const owner =
    opts.owner ??
    (await createUser(db, {
      email: opts.ownerEmail,
      name: opts.ownerName ?? "Owner",
      passwordHash: opts.ownerPasswordHash,
      createdAt: opts.createdAt,
    }));
  const organizer = await db.organizer.create({
    data: {
      slug: opts.slug ?? `${slugify(name)}-${uid()}`,
      name,
      form,
      legalForm: form === "REGISTERED" ? (opts.legalForm ?? "PUBLIC_ASSOCIATION") : null,
      bin:
        form === "REGISTERED"
          ? (opts.bin ??
            makeBin(
              `${String(10 + Math.floor(Math.random() * 14)).padStart(2, "0")}0${1 + Math.floor(Math.random() * 9)}4${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`,
            ))
          : null,
      regionCode: opts.regionCode ?? "ASTANA",
      settlement: opts.settlement ?? null,
      directions: opts.directions ?? ["SOCIAL"],
      description: opts.description ?? "",
      email: opts.email ?? `org-${uid()}@test.asar`,
      phone: opts.phone ?? null,
      website: opts.website ?? null,
      verificationStatus: opts.verified ? "VERIFIED" : "PENDING",
      reviewedAt: opts.verified ? (opts.reviewedAt ?? new Date()) : null,
      reviewedById: opts.verified ? (opts.reviewedById ?? null) : null,
      ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
      members: {
        create: { userId: owner.id, role: "OWNER", ...(opts.createdAt ? { createdAt: opts.createdAt } : {}) },
      },
    },
    select: { id: true, slug: true, name: true, regionCode: true },
  });
  return { ...organizer, ownerId: owner.id };
}

export async function addMember(
  db: Db,
  organizerId: string,
  userId: string,
  role: "OWNER" | "COORDINATOR" = "COORDINATOR",
) {
  await db.organizerMember.create({ data: { organizerId, userId, role } });
}

export type ProjectSeed = {
  organizerId: string;
  title: string;
  description: string;
  language?: Locale;
  compositions?: Composition[];
  primaryDirection: Direction;
  secondaryDirection?: Direction | null;
  socialSubtype?: SocialSubtype | null;
  scope?: Scope;
  duration?: Duration;
  birgemiz?: BirgemizTag[];
  regionCode: RegionCode;
  settlement?: string | null;
  isOnline?: boolean;
  startsAt: Date;
  endsAt: Date;
  status?: ProjectStatus;
  /** Heavy or hazardous work: closed to minors whatever the roles say. */
  hazardous?: boolean;
  /** Moderation history; each defaults to the moment of seeding when the status implies it. */
  createdAt?: Date;
  submittedAt?: Date;
  publishedAt?: Date;
  reviewedById?: string | null;
  contactName: string;
  contactPhone?: string;
  createdById?: string;
  roles: {
    title: string;
    description?: string;
    capacity: number;
    minAge?: number;
    skills?: string[];
    mode?: ApplicationMode;
  }[];
};

/** A project with its roles and the SDG links the review's table proposes for its directions. */
export async function createProject(db: Db | Prisma.TransactionClient, p: ProjectSeed) {
  const directions = [p.primaryDirection, ...(p.secondaryDirection ? [p.secondaryDirection] : [])];
  const status = p.status ?? "DRAFT";
  const published = status === "PUBLISHED" || status === "COMPLETED";
  return db.project.create({
    data: {
      organizerId: p.organizerId,
      title: p.title,
      description: p.description,
      language: p.language ?? "ru",
      compositions: p.compositions ?? ["GENERAL"],
      primaryDirection: p.primaryDirection,
      secondaryDirection: p.secondaryDirection ?? null,
      socialSubtype: p.socialSubtype ?? null,
      scope: p.scope ?? "LOCAL",
      duration: p.duration ?? "ONE_TIME",
      birgemiz: p.birgemiz ?? [],
      regionCode: p.regionCode,
      settlement: p.isOnline ? (p.settlement ?? null) : (p.settlement ?? "—"),
      isOnline: p.isOnline ?? false,
      hazardous: p.hazardous ?? false,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      status,
      submittedAt: status === "DRAFT" ? null : (p.submittedAt ?? new Date()),
      publishedAt: published ? (p.publishedAt ?? new Date()) : null,
      ...(published && p.reviewedById ? { reviewedById: p.reviewedById, reviewedAt: p.publishedAt ?? new Date() } : {}),
      ...(p.createdAt ? { createdAt: p.createdAt } : {}),
      contactName: p.contactName,
      contactPhone: p.contactPhone ?? null,
      createdById: p.createdById ?? null,
      sdgs: { create: proposeSdgLinks(directions, p).map((l) => ({ sdg: l.sdg, impact: l.impact })) },
      roles: {
        create: p.roles.map((r, i) => ({
          title: r.title,
          description: r.description ?? "",
          capacity: r.capacity,
          minAge: r.minAge ?? 14,
          skills: r.skills ?? [],
          mode: r.mode ?? "REVIEW",
          position: i,
        })),
      },
    },
    select: { id: true, roles: { orderBy: { position: "asc" }, select: { id: true } } },
  });
}
