// The answer to emergency call-outs in `npm run bench` (issue 11; BENCH_ONLY=call-outs runs only
// the call-out section): a call-out for the "Atyrau flood" on the national-scale dataset, a
// PUBLISHED project of a verified organizer with one first-come role of 300 places, sent to 4,000
// adult volunteers; 32 connections post "I'm coming" to POST /api/call-outs/<id>/answer as a
// page's script would (JSON, same origin, the browser's Sec-Fetch headers), each request a
// different volunteer, so every request is a real answer (the first 300 confirmed, the rest
// waitlisted) queueing on the role's lock. Target (issue 11): p95 < 250 ms, 0 errors. co1's fan-out figures
// go in the same section (scripts/bench.ts).
import crypto from "node:crypto";
import { sessionCookie } from "./lib/bench-session";
import type { BenchContext, Target } from "./bench";

export const CALL_OUT_PLACES = 300;
const RECIPIENTS = 4000;

export type CallOutAnswerTarget = Target & { callOutId: string; roleId: string; volunteers: number };

/** Creates the call-out (as co1's creation would) and returns the answer line to measure. */
export async function callOutAnswerTarget(ctx: BenchContext): Promise<CallOutAnswerTarget> {
  const organizer = (
    await ctx.db.query(`SELECT id FROM "Organizer" WHERE "verificationStatus" = 'VERIFIED' ORDER BY id LIMIT 1`)
  ).rows[0] as { id: string };
  const suffix = crypto.randomBytes(6).toString("hex");
  const projectId = `bench-callout-project-${suffix}`;
  const roleId = `bench-callout-role-${suffix}`;
  const callOutId = `bench-callout-${suffix}`;
  const title = "Паводок в Атырауской области: укрепление дамб";
  const description = "Мешки с песком, укрепление дамбы, помощь в пунктах временного размещения.";
  await ctx.db.query(
    `INSERT INTO "Project" (id, "organizerId", title, description, "primaryDirection", scope, duration, hazardous,
       "regionCode", settlement, "startsAt", "endsAt", "contactName", status, "submittedAt", "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'EMERGENCY', 'LOCAL', 'ONE_TIME', true, 'ATYRAU', 'Атырау',
       now() + interval '1 day', now() + interval '2 days', 'Штаб', 'PUBLISHED', now(), now(), now())`,
    [projectId, organizer.id, title, description],
  );
  await ctx.db.query(
    `INSERT INTO "ProjectRole" (id, "projectId", title, capacity, "minAge", mode) VALUES ($1, $2, $3, $4, 18, 'FIRST_COME')`,
    [roleId, projectId, title, CALL_OUT_PLACES],
  );
  await ctx.db.query(
    `INSERT INTO "CallOut" (id, "projectId", "roleId", title, description, direction, regions, settlements,
       "startsAt", "endsAt", "peopleNeeded", "minAge", "answerBy", "fanOutStartedAt", "fanOutDoneAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 'EMERGENCY', '{ATYRAU}', '{Атырау}', now() + interval '1 day',
       now() + interval '2 days', $6, 18, now() + interval '20 hours', now(), now(), now())`,
    [callOutId, projectId, roleId, title, description, CALL_OUT_PLACES],
  );
  const volunteers = (
    await ctx.db.query(
      `SELECT u.id, u."sessionVersion" FROM "User" u JOIN "VolunteerProfile" v ON v."userId" = u.id
        WHERE u."deletedAt" IS NULL AND v."birthDate" < now() - interval '19 years'
        ORDER BY u.id DESC LIMIT $1`,
      [RECIPIENTS],
    )
  ).rows as { id: string; sessionVersion: number }[];
  await ctx.db.query(
    `INSERT INTO "CallOutRecipient" ("callOutId", "userId", "notifiedAt") SELECT $1, unnest($2::text[]), now()`,
    [callOutId, volunteers.map((v) => v.id)],
  );
  await ctx.db.query(`UPDATE "CallOut" SET "recipientCount" = $2 WHERE id = $1`, [callOutId, volunteers.length]);
  const cookies = await Promise.all(volunteers.map((v) => sessionCookie(ctx.authSecret, v)));
  return {
    name: "call-out answer “I'm coming” (each request another recipient)",
    path: `/api/call-outs/${callOutId}/answer`,
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      origin: ctx.baseUrl,
      "sec-fetch-dest": "empty",
      "sec-fetch-mode": "cors",
      "sec-fetch-site": "same-origin",
    },
    // Request n: recipient n mod V. Past V requests answers repeat (a no-op): the bench stops well before.
    vary: (n) => ({
      headers: { cookie: cookies[n % cookies.length]! },
      body: JSON.stringify({ answer: "COMING" }),
    }),
    connections: [32],
    callOutId,
    roleId,
    volunteers: cookies.length,
  };
}

/** What the answers did: confirmed within the places, the rest waiting, every answer recorded. */
export async function callOutAnswerOutcome(ctx: BenchContext, target: CallOutAnswerTarget): Promise<string> {
  const { rows } = await ctx.db.query(
    `SELECT
       (SELECT count(*) FROM "Application" WHERE "roleId" = $1 AND status = 'ACCEPTED')::int AS confirmed,
       (SELECT count(*) FROM "Application" WHERE "roleId" = $1 AND status = 'WAITLISTED')::int AS waitlisted,
       (SELECT count(*) FROM "CallOutRecipient" WHERE "callOutId" = $2 AND answer = 'COMING')::int AS coming,
       (SELECT "acceptedCount" FROM "ProjectRole" WHERE id = $1) AS "acceptedCount"`,
    [target.roleId, target.callOutId],
  );
  const r = rows[0] as { confirmed: number; waitlisted: number; coming: number; acceptedCount: number };
  return (
    `call-out answers: ${r.coming} recipients answered “coming” (of ${target.volunteers}); ${r.confirmed} confirmed ` +
    `(places ${CALL_OUT_PLACES}, acceptedCount ${r.acceptedCount}), ${r.waitlisted} on the waiting list — target p95 < 250 ms, 0 errors`
  );
}
