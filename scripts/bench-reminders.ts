// The reminders section of `npm run bench` (BENCH_ONLY=reminders runs it alone): the day-before
// reminder run (src/modules/reminders) for 100,000 slot sign-ups due tomorrow, on the
// national-scale dataset. 20,000 of the dataset's adult volunteers (bench volunteers are added
// only when a database has fewer) are accepted for a role of a bench project with five one-hour
// slots tomorrow, each volunteer signed up for all five. Timed: the run (at 18:00 Kazakhstan time
// the evening before), as the job queue runs it with the email jobs queued in the same
// transactions, then the same run again (a second instance or a retry: it must send nothing).
// Everything the runs wrote is removed afterwards, the dataset's own reminders of tomorrow too.
// Run by scripts/bench.ts (it needs `--conditions=react-server` for the server-only guard):
//   node --conditions=react-server --import tsx scripts/bench-reminders.ts <DATABASE_URL>
// Prints one JSON object of figures (ReminderFigures) on its last line.
import { createPrismaClient, type Db } from "../src/server/prisma-client";
import { EMAIL_QUEUE, startJobQueue, stopJobs } from "../src/server/jobs";
import { sendDayBeforeReminders } from "../src/modules/reminders/volunteers";
import { addDays, utcToZoned, zonedToUtc } from "../src/domain/time";

export const REMINDER_BENCH = { signups: 100_000, volunteers: 20_000, slots: 5 } as const;

export type ReminderFigures = {
  signups: number;
  /** The run's candidates (the bench's sign-ups and whatever the dataset has due tomorrow). */
  candidates: number;
  notifications: number;
  emailJobs: number;
  runMs: number;
  rerunMs: number;
  rerunNotifications: number;
  /** Whether the volunteers came from the dataset (false: bench volunteers were added). */
  datasetVolunteers: boolean;
};

const PROJECT = "bench-reminders-project";
const ROLE = "bench-reminders-role";

async function volunteers(db: Db): Promise<{ ids: string[]; fromDataset: boolean }> {
  const n = REMINDER_BENCH.volunteers;
  const pick = () =>
    db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT u.id FROM "User" u JOIN "VolunteerProfile" v ON v."userId" = u.id
        WHERE u."deletedAt" IS NULL AND v."birthDate" < now() - interval '19 years'
        ORDER BY u.id LIMIT $1`,
      n,
    );
  let rows = await pick();
  if (rows.length >= n) return { ids: rows.map((r) => r.id), fromDataset: true };
  await db.$executeRawUnsafe(
    `INSERT INTO "User" (id, email, "passwordHash", name, locale, "emailConfirmedAt", "updatedAt")
     SELECT 'brm' || lpad(g::text, 6, '0'), 'bench-reminders-' || g || '@bench.asar', '!', 'Bench ' || g,
            (ARRAY['kk','ru','en'])[1 + g % 3]::"Locale", now(), now()
       FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
    n,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "VolunteerProfile" ("userId", "birthDate", "regionCode", languages, skills, interests, compositions,
            availability, "callOutRegions", "updatedAt")
     SELECT 'brm' || lpad(g::text, 6, '0'), date '1990-01-01' + (g % 5000), 'ASTANA', '{kk,ru}', '{}', '{}', '{}',
            '{}', '{}', now()
       FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
    n,
  );
  rows = await pick();
  return { ids: rows.map((r) => r.id), fromDataset: false };
}

/** Removes what the bench and its runs wrote since `since` (the reminders of the dataset's own events too). */
async function cleanUp(db: Db, since: Date) {
  await db.$executeRawUnsafe(
    `DELETE FROM pgboss.job WHERE name = $1 AND data->>'notificationId' IN
       (SELECT id FROM "Notification" WHERE type = 'REMINDER_DAY_BEFORE' AND "createdAt" >= $2)`,
    EMAIL_QUEUE,
    since,
  );
  await db.$executeRawUnsafe(
    `DELETE FROM "Notification" WHERE type = 'REMINDER_DAY_BEFORE' AND "createdAt" >= $1`,
    since,
  );
  await db.$executeRawUnsafe(
    `DELETE FROM "ScheduledSend" WHERE key LIKE '%-day-before:%' AND "createdAt" >= $1`,
    since,
  );
  await removeProject(db);
}

const CHUNK = 1000;
function* chunks<T>(items: T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The bench project, its sign-ups and applications in chunks first (see the inserts below). */
async function removeProject(db: Db) {
  const ofProject = {
    SlotSignup: `"slotId" IN (SELECT id FROM "RoleSlot" WHERE "projectId" = $1)`,
    Application: `"projectId" = $1`,
  };
  for (const [table, where] of Object.entries(ofProject)) {
    while (
      (await db.$executeRawUnsafe(
        `DELETE FROM "${table}" WHERE id IN (SELECT id FROM "${table}" WHERE ${where} LIMIT ${CHUNK})`,
        PROJECT,
      )) > 0
    );
  }
  await db.$executeRawUnsafe(`DELETE FROM "Project" WHERE id = $1`, PROJECT);
}

/** Progress on stderr (the figures are stdout's last line): the setup alone takes a while. */
const started = Date.now();
const phase = (what: string) =>
  console.error(`[bench-reminders] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);

async function main() {
  const url = process.argv[2];
  if (!url) throw new Error("usage: bench-reminders.ts <DATABASE_URL>");
  process.env.DATABASE_URL ??= url;
  const db = createPrismaClient(url, 4);
  // The job queue as the app runs it (queues created), without workers: nothing is emailed.
  await startJobQueue(async () => {}, {
    databaseUrl: url,
    db,
    pusher: null,
    retry: { retryLimit: 4, retryDelay: 30, retryBackoff: true },
  });
  const since = new Date(Date.now() - 1000);
  // Leftovers of an interrupted run first.
  await removeProject(db);
  await db.$executeRawUnsafe(`DELETE FROM "ScheduledSend" WHERE key LIKE 'slot-day-before:bench-rem-s-%'`);
  phase("queue started, leftovers removed");
  const { ids, fromDataset } = await volunteers(db);
  phase(`${ids.length} volunteers`);
  const organizer = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "Organizer" WHERE "verificationStatus" = 'VERIFIED' ORDER BY id LIMIT 1`,
  );
  const organizerId =
    organizer[0]?.id ??
    (
      await db.$queryRawUnsafe<{ id: string }[]>(
        `INSERT INTO "Organizer" (id, slug, name, form, "regionCode", email, "verificationStatus", "updatedAt")
         VALUES ('bench-reminders-org', 'bench-reminders-org', 'Bench', 'INITIATIVE_GROUP', 'ASTANA',
                 'bench@bench.asar', 'VERIFIED', now()) RETURNING id`,
      )
    )[0]!.id;
  const tomorrow = addDays(utcToZoned(new Date()).date, 1);
  const evening = zonedToUtc(addDays(tomorrow, -1), "18:00");
  await db.$executeRawUnsafe(
    `INSERT INTO "Project" (id, "organizerId", title, description, "primaryDirection", scope, duration, "regionCode",
       settlement, "startsAt", "endsAt", "contactName", status, "submittedAt", "publishedAt", "updatedAt")
     VALUES ($1, $2, 'Адреса заботы: доставка продуктов', 'Бенчмарк напоминаний', 'ENVIRONMENTAL', 'LOCAL',
       'ONE_TIME', 'ASTANA', 'Астана', $3, $4, 'Штаб', 'PUBLISHED', now(), now(), now())`,
    PROJECT,
    organizerId,
    zonedToUtc(tomorrow, "08:00"),
    zonedToUtc(tomorrow, "18:00"),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ProjectRole" (id, "projectId", title, capacity, "minAge", mode)
     VALUES ($1, $2, 'Доставка продуктов', $3, 18, 'REVIEW')`,
    ROLE,
    PROJECT,
    ids.length,
  );
  for (let s = 0; s < REMINDER_BENCH.slots; s++) {
    const hour = String(8 + 2 * s).padStart(2, "0");
    await db.$executeRawUnsafe(
      `INSERT INTO "RoleSlot" (id, "roleId", "projectId", "startsAt", "endsAt", capacity, "checkInSecret")
       VALUES ($1, $2, $3, $4, $5, $6, 'bench')`,
      `bench-reminders-slot-${s}`,
      ROLE,
      PROJECT,
      zonedToUtc(tomorrow, `${hour}:00`),
      zonedToUtc(tomorrow, `${hour}:59`),
      ids.length,
    );
  }
  // In chunks of their own transactions: the place counters' triggers update one role or slot row
  // per sign-up, and inside one statement each update walks every earlier version of that row
  // (20,000 sign-ups of one slot in one statement take minutes; real sign-ups come one by one).
  for (const chunk of chunks(ids)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "Application" (id, "roleId", "projectId", "volunteerId", status, "decidedAt", "updatedAt")
       SELECT 'bench-rem-a-' || v, $1, $2, v, 'ACCEPTED', now(), now() FROM unnest($3::text[]) v`,
      ROLE,
      PROJECT,
      chunk,
    );
  }
  phase("applications written");
  for (const chunk of chunks(ids, 200)) {
    await db.$executeRawUnsafe(
      `INSERT INTO "SlotSignup" (id, "slotId", "applicationId", "volunteerId", status, "startsAt", "endsAt", "updatedAt")
       SELECT 'bench-rem-s-' || s.id || '-' || v, s.id, 'bench-rem-a-' || v, v, 'CONFIRMED', s."startsAt", s."endsAt", now()
         FROM "RoleSlot" s CROSS JOIN unnest($1::text[]) v WHERE s."roleId" = $2`,
      chunk,
      ROLE,
    );
  }
  await db.$executeRawUnsafe(`ANALYZE "SlotSignup"`);
  phase("sign-ups written");
  const signups = Number(
    (
      await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM "SlotSignup" WHERE "slotId" LIKE 'bench-reminders-slot-%'`,
      )
    )[0]!.n,
  );
  try {
    let t = Date.now();
    const run = await sendDayBeforeReminders(db, evening);
    const runMs = Date.now() - t;
    phase(`the run: ${run.notifications} notifications`);
    t = Date.now();
    const rerun = await sendDayBeforeReminders(db, evening);
    const rerunMs = Date.now() - t;
    phase("the run again");
    const emailJobs = Number(
      (
        await db.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'notificationId' IN
             (SELECT id FROM "Notification" WHERE type = 'REMINDER_DAY_BEFORE' AND "createdAt" >= $2)`,
          EMAIL_QUEUE,
          since,
        )
      )[0]!.n,
    );
    const figures: ReminderFigures = {
      signups,
      candidates: run.candidates,
      notifications: run.notifications,
      emailJobs,
      runMs,
      rerunMs,
      rerunNotifications: rerun.notifications,
      datasetVolunteers: fromDataset,
    };
    console.log(JSON.stringify(figures));
  } finally {
    await cleanUp(db, since);
    phase("cleaned up");
    await stopJobs();
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("bench-reminders.ts")) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
