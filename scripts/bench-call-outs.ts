// The call-outs section of `npm run bench` (BENCH_ONLY=call-outs runs it alone): a call-out to a
// region of 50,000 opted-in volunteers, fanned out by the app's own pg-boss workers in this
// process, and every email handed to a real SMTP server (npm smtp-server) listening in this
// process on a thread of its own (scripts/lib/smtp-sink.mjs).
// Run by scripts/bench.ts (it needs `--conditions=react-server` for the server-only guard):
//   node --conditions=react-server --import tsx scripts/bench-call-outs.ts <DATABASE_URL>
// Prints one JSON object of figures; scripts/bench.ts prints them against the targets. The
// answer-action figures (co2) are meant to be added to the same object.
import { createPrismaClient, type Db } from "../src/server/prisma-client";
import { createMailer } from "../src/server/mail";
import { stopJobs } from "../src/server/jobs";
import { startJobs } from "../src/jobs";
import { loadViewer } from "../src/modules/accounts/queries";
import { createCallOut } from "../src/modules/call-outs/create";
import { callOutSchema } from "../src/modules/call-outs/schema";
import { addDays, utcToZoned } from "../src/domain/time";
import { createOrganizer } from "../prisma/seed/factories";
import { CALL_OUT_BENCH, type CallOutFigures } from "./lib/call-out-bench";
import { startSmtpSink, type SmtpState } from "./lib/smtp-sink-thread";

const PREFIX = "bench-callout-";

/** 50,000 adults opted in to the region's call-outs (added once; the dataset has none). */
async function ensureVolunteers(db: Db): Promise<void> {
  const n = CALL_OUT_BENCH.volunteers;
  await db.$executeRawUnsafe(
    `INSERT INTO "User" (id, email, "passwordHash", name, locale, "emailConfirmedAt", "updatedAt")
     SELECT 'bco' || lpad(g::text, 6, '0'), '${PREFIX}' || g || '@bench.asar', '!', 'Bench ' || g,
            (ARRAY['kk','ru','en'])[1 + g % 3]::"Locale", now(), now()
     FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
    n,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "VolunteerProfile" ("userId", "birthDate", "regionCode", languages, skills, interests, compositions,
            availability, "callOutRegions", "updatedAt")
     SELECT 'bco' || lpad(g::text, 6, '0'), date '1990-01-01' + (g % 5000), $2::"RegionCode", '{kk,ru}', '{}', '{}',
            '{}', '{}', ARRAY[$2::"RegionCode"], now()
     FROM generate_series(1, $1::int) g ON CONFLICT DO NOTHING`,
    n,
    CALL_OUT_BENCH.region,
  );
}

async function staffAndOrganizer(db: Db) {
  const staff = await db.user.upsert({
    where: { email: `${PREFIX}staff@bench.asar` },
    create: { email: `${PREFIX}staff@bench.asar`, passwordHash: "!", name: "Bench Staff", locale: "ru" },
    update: {},
    select: { id: true },
  });
  await db.staffAssignment.upsert({
    where: { userId_regionCode: { userId: staff.id, regionCode: CALL_OUT_BENCH.region } },
    create: { userId: staff.id, regionCode: CALL_OUT_BENCH.region },
    update: {},
  });
  const organizer =
    (await db.organizer.findFirst({
      where: { regionCode: CALL_OUT_BENCH.region, verificationStatus: "VERIFIED" },
      select: { id: true },
    })) ?? (await createOrganizer(db, { regionCode: CALL_OUT_BENCH.region, verified: true }));
  return { staffId: staff.id, organizerId: organizer.id };
}

/** Earlier runs' call-outs would count against the weekly cap: they go, with their notifications. */
async function forgetEarlierRuns(db: Db, staffId: string): Promise<void> {
  const old = await db.callOut.findMany({ where: { createdById: staffId }, select: { id: true, projectId: true } });
  if (old.length === 0) return;
  await db.$executeRawUnsafe(
    `DELETE FROM "Notification" WHERE type = 'CALL_OUT' AND "userId" LIKE 'bco%' AND data->>'callOutId' = ANY($1)`,
    old.map((o) => o.id),
  );
  await db.project.deleteMany({ where: { id: { in: old.map((o) => o.projectId) } } });
}

async function until(what: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function runCallOutBench(url: string): Promise<CallOutFigures> {
  const db = createPrismaClient(url, 10);
  const smtp = await startSmtpSink();
  const mailer = createMailer({ smtpUrl: smtp.url, dataDir: ".data", from: "Asar <no-reply@asar.kz>" });
  try {
    await ensureVolunteers(db);
    const { staffId, organizerId } = await staffAndOrganizer(db);
    await forgetEarlierRuns(db, staffId);
    await startJobs({ databaseUrl: url, db, mailer, appUrl: "https://asar.kz", callOutWeeklyCap: 3 });
    const viewer = await loadViewer(db, staffId);
    if (!viewer) throw new Error("bench staff not found");
    const day = addDays(utcToZoned(new Date()).date, 2);
    const input = callOutSchema.parse({
      title: "Мешки с песком вдоль дамбы",
      description: "Паводок: нужно наполнить и уложить мешки с песком вдоль дамбы, сбор у акимата.",
      direction: "EMERGENCY",
      regions: [CALL_OUT_BENCH.region],
      settlements: "Кульсары",
      startDate: day,
      startTime: "09:00",
      endDate: day,
      endTime: "18:00",
      answerByDate: addDays(day, -1),
      answerByTime: "20:00",
      peopleNeeded: "500",
      minAge: "18",
      organizerId,
    });

    const started = Date.now();
    const { id } = await createCallOut(db, viewer, input);
    let recipients = 0;
    await until(async () => {
      const c = await db.callOut.findUniqueOrThrow({
        where: { id },
        select: { fanOutDoneAt: true, recipientCount: true },
      });
      recipients = c.recipientCount;
      return c.fanOutDoneAt !== null;
    }, 600_000);
    const queuedMs = Date.now() - started;
    let received: SmtpState = { count: 0, first: 0, last: 0, duplicates: 0 };
    await until(async () => (received = await smtp.state()).count >= recipients, 900_000);
    const [failed, retried] = await Promise.all([
      db.notification.count({
        where: { type: "CALL_OUT", data: { path: ["callOutId"], equals: id }, emailStatus: "FAILED" },
      }),
      db.notification.count({
        where: { type: "CALL_OUT", data: { path: ["callOutId"], equals: id }, emailAttempts: { gt: 1 } },
      }),
    ]);
    const drainMs = Math.max(1, received.last - received.first);
    return {
      recipients,
      queuedMs,
      drainMs,
      emailsPerSecond: Math.round((received.count / drainMs) * 1000),
      errors: failed + retried + received.duplicates + Math.max(0, recipients - received.count),
    };
  } finally {
    await stopJobs();
    mailer.close();
    await smtp.close();
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("bench-call-outs.ts")) {
  const [url] = process.argv.slice(2);
  if (!url) throw new Error("usage: bench-call-outs.ts <DATABASE_URL>");
  runCallOutBench(url)
    .then((figures) => {
      console.log(JSON.stringify(figures));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
