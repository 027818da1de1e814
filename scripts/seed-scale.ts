// `npm run seed:scale`: a national-scale dataset — 300,000 volunteers, 5,000 organizers, 50,000
// projects (20,000 published), 1,000,000 applications and the hours of the volunteers accepted to
// completed projects (mostly confirmed) — in batched multi-row inserts
// (unnest of arrays, 20,000 rows a statement). Texts come from the demo dataset's organizers and
// projects; shapes and rules (SDG proposals, valid BINs, one password hash) from the seed
// factories and the domain. Without DATABASE_URL it uses its own embedded PostgreSQL in
// .data/scale-pg (port SCALE_PG_PORT, default 54339) so the demo database is left alone.
import { rng } from "../prisma/seed/random";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./lib/embedded-db";
import { run, bin } from "./lib/run";
import { loadDotEnv } from "./lib/local-env";
import { createPrismaClient } from "../src/server/prisma-client";
import { hashPassword, seedReferenceData } from "../prisma/seed/factories";
import {
  DEMO_ORGANIZERS,
  DEMO_PROJECTS,
  KAZAKH_FIRST_NAMES,
  KAZAKH_LAST_NAMES,
  RUSSIAN_FIRST_NAMES,
  RUSSIAN_LAST_NAMES,
  SKILLS,
  VOLUNTEER_DEMOGRAPHICS,
} from "../prisma/seed/demo-data";
import { REGION_CODES } from "../src/domain/regions";
import {
  DIRECTIONS,
  SCOPES,
  DURATIONS,
  COMPOSITIONS,
  SOCIAL_SUBTYPES,
  BIRGEMIZ_TAGS,
} from "../src/domain/classification";
import { proposeSdgLinks } from "../src/domain/sdg-directions";
import { makeBin } from "../src/domain/bin";
import { utcToZoned } from "../src/domain/time";
import { refreshStatistics } from "../src/modules/statistics/refresh";

export const SCALE = {
  volunteers: Number(process.env.SCALE_VOLUNTEERS ?? 300_000),
  organizers: Number(process.env.SCALE_ORGANIZERS ?? 5_000),
  projects: Number(process.env.SCALE_PROJECTS ?? 50_000),
  published: Number(process.env.SCALE_PUBLISHED ?? 20_000),
  applications: Number(process.env.SCALE_APPLICATIONS ?? 1_000_000),
};
export const SCALE_PASSWORD = "asar-scale-2026";
/** Accounts for the benchmarks of staff and admin pages (same password). */
export const SCALE_STAFF = { email: "staff.astana@scale.asar", regionCode: "ASTANA" } as const;
export const SCALE_ADMIN = { email: "admin@scale.asar" } as const;
const BATCH = 20_000;
const DAY = 86_400_000;

const r = rng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const id = () => crypto.randomBytes(12).toString("hex");

/** `cast`: for array columns, passed as text literals ("{A,B}") and cast in the SELECT. */
type Column = { name: string; type: string; cast?: string };
/** INSERT … SELECT FROM unnest($1::type[], …) in batches: one round trip per 20,000 rows. */
async function insert(client: pg.Client, table: string, columns: Column[], rows: unknown[][], label = table) {
  const t0 = Date.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
    const cols = columns.map((c) => `"${c.name}"`).join(", ");
    const params = columns.map((c, n) => `$${n + 1}::${c.type}[]`).join(", ");
    const select = columns.map((c, n) => (c.cast ? `u.c${n}::${c.cast}` : `u.c${n}`)).join(", ");
    const alias = columns.map((_, n) => `c${n}`).join(", ");
    await client.query(
      `INSERT INTO "${table}" (${cols}) SELECT ${select} FROM unnest(${params}) AS u(${alias})`,
      arrays,
    );
  }
  console.log(
    `  ${label.padEnd(18)} ${rows.length.toLocaleString("en").padStart(10)} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

async function main() {
  loadDotEnv();
  const started = Date.now();
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const db = await startEmbeddedPostgres({
      dir: path.resolve(".data/scale-pg"),
      port: Number(process.env.SCALE_PG_PORT ?? 54339),
      database: "asar_scale",
    });
    url = db.url;
    stop = db.stop;
  }
  const env = { ...process.env, DATABASE_URL: url };
  await run(bin("prisma"), ["migrate", "deploy"], env);
  const prisma = createPrismaClient(url, 2);
  await seedReferenceData(prisma);
  await prisma.$disconnect();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET synchronous_commit = off`);
  const tables = (
    await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('Region', 'Training', '_prisma_migrations')`,
    )
  ).rows.map((x) => `"${x.tablename}"`);
  await client.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
  console.log(`▸ seeding ${JSON.stringify(SCALE)}`);

  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const now = new Date();
  const year = now.getUTCFullYear();

  // Volunteers, in the review's gender and age shares.
  const users: unknown[][] = [];
  const profiles: unknown[][] = [];
  const volunteerIds: string[] = [];
  const ageRanges = {
    UNDER_18: [14, 17],
    AGE_18_29: [18, 29],
    AGE_30_RETIREMENT: [30, 60],
    RETIREMENT: [63, 80],
  } as const;
  const weighted = <K extends string>(shares: Record<K, number>): K => {
    let x = r() * Object.values<number>(shares).reduce((a, b) => a + b, 0);
    for (const [k, w] of Object.entries(shares) as [K, number][]) if ((x -= w) < 0) return k;
    return Object.keys(shares)[0] as K;
  };
  for (let i = 0; i < SCALE.volunteers; i++) {
    const uid = id();
    const gender = weighted(VOLUNTEER_DEMOGRAPHICS.genderShare);
    const group = weighted(VOLUNTEER_DEMOGRAPHICS.ageGroupShare);
    const [min, max] = ageRanges[group];
    const age = min + Math.floor(r() * (max - min + 1));
    const kazakh = r() < 0.7;
    const name = `${pick((kazakh ? KAZAKH_FIRST_NAMES : RUSSIAN_FIRST_NAMES)[gender])} ${pick((kazakh ? KAZAKH_LAST_NAMES : RUSSIAN_LAST_NAMES)[gender])}`;
    const created = new Date(now.getTime() - Math.floor(r() * 900) * DAY);
    users.push([uid, `v${i + 1}@scale.asar`, passwordHash, name, kazakh ? "kk" : "ru", created, created]);
    const birth = new Date(Date.UTC(year - age - 1, Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
    const minor = age < 18;
    profiles.push([
      uid,
      birth,
      gender,
      pick(REGION_CODES),
      `{${pick(SKILLS).replace(/[",{}]/g, " ")}}`,
      minor ? "Parent" : null,
      minor ? "+7 700 000 00 00" : null,
      minor ? created : null,
      created,
      created,
    ]);
    volunteerIds.push(uid);
  }

  // Organizers, each with an owner account.
  const organizers: unknown[][] = [];
  const members: unknown[][] = [];
  const organizerInfo: { id: string; region: string; verified: boolean; owner: string }[] = [];
  for (let i = 0; i < SCALE.organizers; i++) {
    const demo = DEMO_ORGANIZERS[i % DEMO_ORGANIZERS.length]!;
    const oid = id();
    const owner = id();
    const created = new Date(now.getTime() - Math.floor(r() * 1500) * DAY);
    users.push([owner, `o${i + 1}@scale.asar`, passwordHash, demo.ownerName, "ru", created, created]);
    const region = i < DEMO_ORGANIZERS.length ? demo.region : pick(REGION_CODES);
    const registered = demo.form === "REGISTERED";
    const verified = r() < 0.9;
    organizers.push([
      oid,
      `${demo.key}-${i + 1}`,
      i < DEMO_ORGANIZERS.length ? demo.name : `${demo.name} #${i + 1}`,
      demo.form,
      registered ? (demo.legalForm ?? "PUBLIC_ASSOCIATION") : null,
      registered
        ? makeBin(`${String(10 + (i % 14)).padStart(2, "0")}0${1 + (i % 9)}4${String(100000 + i).padStart(6, "0")}`)
        : null,
      region,
      demo.settlement,
      `{${demo.directions.join(",")}}`,
      demo.description,
      `org${i + 1}@scale.asar`,
      verified ? "VERIFIED" : "PENDING",
      created,
      created,
    ]);
    members.push([oid, owner, "OWNER", created]);
    organizerInfo.push({ id: oid, region, verified, owner });
  }

  const U: Column[] = [
    { name: "id", type: "text" },
    { name: "email", type: "text" },
    { name: "passwordHash", type: "text" },
    { name: "name", type: "text" },
    { name: "locale", type: '"Locale"' },
    { name: "createdAt", type: "timestamp" },
    { name: "updatedAt", type: "timestamp" },
  ];
  const staffId = id();
  const adminId = id();
  users.push(
    [staffId, SCALE_STAFF.email, passwordHash, "Ерлан Сапаров", "ru", now, now],
    [adminId, SCALE_ADMIN.email, passwordHash, "Админ Платформы", "ru", now, now],
  );
  await insert(client, "User", U, users);
  await client.query(`UPDATE "User" SET "isAdmin" = true WHERE id = $1`, [adminId]);
  await client.query(`INSERT INTO "StaffAssignment" ("userId", "regionCode", "appointedById") VALUES ($1, $2, $3)`, [
    staffId,
    SCALE_STAFF.regionCode,
    adminId,
  ]);
  await insert(
    client,
    "VolunteerProfile",
    [
      { name: "userId", type: "text" },
      { name: "birthDate", type: "date" },
      { name: "gender", type: '"Gender"' },
      { name: "regionCode", type: '"RegionCode"' },
      { name: "skills", type: "text", cast: "text[]" },
      { name: "guardianName", type: "text" },
      { name: "guardianContact", type: "text" },
      { name: "guardianConsentAt", type: "timestamp" },
      { name: "createdAt", type: "timestamp" },
      { name: "updatedAt", type: "timestamp" },
    ],
    profiles,
  );
  await insert(
    client,
    "Organizer",
    [
      { name: "id", type: "text" },
      { name: "slug", type: "text" },
      { name: "name", type: "text" },
      { name: "form", type: '"OrganizerForm"' },
      { name: "legalForm", type: '"LegalForm"' },
      { name: "bin", type: "text" },
      { name: "regionCode", type: '"RegionCode"' },
      { name: "settlement", type: "text" },
      { name: "directions", type: "text", cast: '"Direction"[]' },
      { name: "description", type: "text" },
      { name: "email", type: "text" },
      { name: "verificationStatus", type: '"VerificationStatus"' },
      { name: "createdAt", type: "timestamp" },
      { name: "updatedAt", type: "timestamp" },
    ],
    organizers,
  );
  await insert(
    client,
    "OrganizerMember",
    [
      { name: "organizerId", type: "text" },
      { name: "userId", type: "text" },
      { name: "role", type: '"MemberRole"' },
      { name: "createdAt", type: "timestamp" },
    ],
    members,
  );

  // Projects: the first `published` are published (verified organizers only), the rest drafts,
  // submitted, completed and cancelled.
  const projects: unknown[][] = [];
  const sdgs: unknown[][] = [];
  const roles: unknown[][] = [];
  const roleInfo: { id: string; projectId: string; capacity: number; open: boolean }[] = [];
  const projectInfo = new Map<string, { starts: Date; ends: Date; completed: boolean; owner: string }>();
  const verifiedOrgs = organizerInfo.filter((o) => o.verified);
  for (let i = 0; i < SCALE.projects; i++) {
    const demo = DEMO_PROJECTS[i % DEMO_PROJECTS.length]!;
    const published = i < SCALE.published;
    const org = published ? verifiedOrgs[i % verifiedOrgs.length]! : pick(organizerInfo);
    const status = published
      ? "PUBLISHED"
      : pick(["DRAFT", "SUBMITTED", "COMPLETED", "COMPLETED", "CANCELLED", "CHANGES_REQUESTED"] as const);
    const pid = id();
    const startOffset = status === "COMPLETED" ? -Math.floor(r() * 700) - 2 : Math.floor(r() * 180) + 1;
    const starts = new Date(now.getTime() + startOffset * DAY);
    const ends = new Date(starts.getTime() + (1 + Math.floor(r() * 30)) * DAY);
    const primary = i < DEMO_PROJECTS.length * 4 ? demo.primaryDirection : pick(DIRECTIONS);
    const secondary = r() < 0.3 ? pick(DIRECTIONS.filter((d) => d !== primary)) : null;
    const social = primary === "SOCIAL" || secondary === "SOCIAL";
    const online = r() < 0.08;
    const created = new Date(starts.getTime() - 30 * DAY);
    projectInfo.set(pid, { starts, ends, completed: status === "COMPLETED", owner: org.owner });
    projects.push([
      pid,
      org.id,
      i < DEMO_PROJECTS.length ? demo.title : `${demo.title} (${i + 1})`,
      demo.description,
      demo.language,
      `{${[...new Set([...demo.compositions, pick(COMPOSITIONS)])].join(",")}}`,
      primary,
      secondary,
      social ? (demo.socialSubtype ?? pick(SOCIAL_SUBTYPES)) : null,
      pick(SCOPES),
      pick(DURATIONS),
      r() < 0.2 ? `{${pick(BIRGEMIZ_TAGS)}}` : "{}",
      org.region,
      online ? null : (demo.settlement ?? demo.region),
      online,
      starts,
      ends,
      demo.contactName,
      status,
      created,
      status === "DRAFT" ? null : created,
      published || status === "COMPLETED" ? created : null,
      status === "CANCELLED" ? created : null,
      created,
      created,
    ]);
    for (const link of proposeSdgLinks(secondary ? [primary, secondary] : [primary], demo))
      sdgs.push([pid, link.sdg, link.impact]);
    const roleCount = 1 + Math.floor(r() * 3);
    for (let k = 0; k < roleCount; k++) {
      const rid = id();
      const capacity = 5 + Math.floor(r() * 60);
      const template = demo.roles[k % demo.roles.length]!;
      roles.push([rid, pid, template.title, capacity, template.minAge, template.mode, k]);
      roleInfo.push({ id: rid, projectId: pid, capacity, open: published || status === "COMPLETED" });
    }
  }
  await insert(
    client,
    "Project",
    [
      { name: "id", type: "text" },
      { name: "organizerId", type: "text" },
      { name: "title", type: "text" },
      { name: "description", type: "text" },
      { name: "language", type: '"Locale"' },
      { name: "compositions", type: "text", cast: '"Composition"[]' },
      { name: "primaryDirection", type: '"Direction"' },
      { name: "secondaryDirection", type: '"Direction"' },
      { name: "socialSubtype", type: '"SocialSubtype"' },
      { name: "scope", type: '"Scope"' },
      { name: "duration", type: '"Duration"' },
      { name: "birgemiz", type: "text", cast: '"BirgemizTag"[]' },
      { name: "regionCode", type: '"RegionCode"' },
      { name: "settlement", type: "text" },
      { name: "isOnline", type: "boolean" },
      { name: "startsAt", type: "timestamp" },
      { name: "endsAt", type: "timestamp" },
      { name: "contactName", type: "text" },
      { name: "status", type: '"ProjectStatus"' },
      { name: "createdAt", type: "timestamp" },
      { name: "submittedAt", type: "timestamp" },
      { name: "publishedAt", type: "timestamp" },
      { name: "cancelledAt", type: "timestamp" },
      { name: "reviewedAt", type: "timestamp" },
      { name: "updatedAt", type: "timestamp" },
    ],
    projects,
  );
  await insert(
    client,
    "ProjectSdg",
    [
      { name: "projectId", type: "text" },
      { name: "sdg", type: "int" },
      { name: "impact", type: '"SdgImpact"' },
    ],
    sdgs,
  );
  await insert(
    client,
    "ProjectRole",
    [
      { name: "id", type: "text" },
      { name: "projectId", type: "text" },
      { name: "title", type: "text" },
      { name: "capacity", type: "int" },
      { name: "minAge", type: "int" },
      { name: "mode", type: '"ApplicationMode"' },
      { name: "position", type: "int" },
    ],
    roles,
  );

  // Applications: spread over the roles of published and completed projects; within a role
  // the volunteers are distinct (a stride coprime to their number), the first ones accepted
  // up to capacity. Volunteers accepted to a completed project were mostly there (some no-shows)
  // and most of those have hours: one to three days of 2–8 hours, nine in ten confirmed by the
  // organizer, the rest still pending or disputed.
  const open = roleInfo.filter((x) => x.open);
  const apps: unknown[][] = [];
  const hours: unknown[][] = [];
  const yesterday = now.getTime() - DAY;
  const accepted = new Map<string, number>();
  const V = volunteerIds.length;
  const stride = 7919;
  for (let n = 0; n < SCALE.applications; n++) {
    const role = open[n % open.length]!;
    const k = Math.floor(n / open.length);
    const base = (n % open.length) * 104729;
    const volunteer = volunteerIds[(base + k * stride) % V]!;
    const taken = accepted.get(role.id) ?? 0;
    const project = projectInfo.get(role.projectId)!;
    // A completed project has no application left open (the database refuses one).
    const status =
      taken < role.capacity && r() < 0.7
        ? "ACCEPTED"
        : pick(
            project.completed
              ? (["REJECTED", "WITHDRAWN"] as const)
              : (["SUBMITTED", "REJECTED", "WAITLISTED", "WITHDRAWN"] as const),
          );
    if (status === "ACCEPTED") accepted.set(role.id, taken + 1);
    const created = new Date(now.getTime() - Math.floor(r() * 400) * DAY);
    const appId = id();
    let attendance: "ATTENDED" | "NO_SHOW" | null = null;
    if (status === "ACCEPTED" && project.completed) {
      attendance = r() < 0.06 ? "NO_SHOW" : "ATTENDED";
      const lastDay = Math.min(project.ends.getTime(), yesterday);
      const days = Math.floor((lastDay - project.starts.getTime()) / DAY) + 1;
      if (attendance === "ATTENDED" && days > 0 && r() < 0.8) {
        const first = Math.floor(r() * days);
        const count = Math.min(1 + Math.floor(r() * 3), days - first);
        for (let d = 0; d < count; d++) {
          const worked = new Date(project.starts.getTime() + (first + d) * DAY);
          const workedOn = utcToZoned(worked).date;
          const x = r();
          const entryStatus = x < 0.9 ? "CONFIRMED" : x < 0.96 ? "PENDING" : "DISPUTED";
          const byOrganizer = r() < 0.7;
          const confirmedAt =
            entryStatus === "CONFIRMED"
              ? new Date(Math.min(worked.getTime() + (1 + Math.floor(r() * 6)) * DAY, now.getTime()))
              : null;
          hours.push([
            id(),
            appId,
            role.projectId,
            volunteer,
            workedOn,
            2 + Math.floor(r() * 13) * 0.5,
            byOrganizer ? "ORGANIZER" : "SELF_REPORTED",
            entryStatus,
            byOrganizer ? project.owner : volunteer,
            confirmedAt ? project.owner : null,
            confirmedAt,
            entryStatus === "DISPUTED" ? "Не был на месте в этот день" : null,
            new Date(Math.min(worked.getTime() + DAY, now.getTime())),
          ]);
        }
      }
    }
    apps.push([
      appId,
      role.id,
      role.projectId,
      volunteer,
      status,
      attendance,
      status === "WAITLISTED" ? created : null,
      created,
      created,
    ]);
  }
  await insert(
    client,
    "Application",
    [
      { name: "id", type: "text" },
      { name: "roleId", type: "text" },
      { name: "projectId", type: "text" },
      { name: "volunteerId", type: "text" },
      { name: "status", type: '"ApplicationStatus"' },
      { name: "attendance", type: '"Attendance"' },
      { name: "waitlistedAt", type: "timestamp" },
      { name: "createdAt", type: "timestamp" },
      { name: "updatedAt", type: "timestamp" },
    ],
    apps,
  );
  await insert(
    client,
    "HoursEntry",
    [
      { name: "id", type: "text" },
      { name: "applicationId", type: "text" },
      { name: "projectId", type: "text" },
      { name: "volunteerId", type: "text" },
      { name: "workedOn", type: "date" },
      { name: "hours", type: "numeric" },
      { name: "source", type: '"HoursSource"' },
      { name: "status", type: '"HoursStatus"' },
      { name: "enteredById", type: "text" },
      { name: "confirmedById", type: "text" },
      { name: "confirmedAt", type: "timestamp" },
      { name: "disputeComment", type: "text" },
      { name: "createdAt", type: "timestamp" },
    ],
    hours,
  );
  // ProjectRole.acceptedCount follows from the rows: the database counts them (decision 0007).
  console.log("▸ ANALYZE");
  await client.query("ANALYZE");
  await client.end();
  // The statistics pages read summaries, which the running app's job queue rebuilds every ten
  // minutes; build them now so the figures are there from the first request.
  const stats = createPrismaClient(url, 2);
  const refreshed = await refreshStatistics(stats, { years: "all" });
  await stats.$disconnect();
  console.log(
    `  statistics summaries for ${refreshed.years.join(", ")} in ${(refreshed.durationMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `▸ done in ${((Date.now() - started) / 1000).toFixed(0)} s — database ${url.replace(/:[^:@/]*@/, ":***@")}; accounts v1@scale.asar … password "${SCALE_PASSWORD}"`,
  );
  await stop();
}

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
