import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RegionCode } from "@/generated/prisma/enums";
import { isoDate } from "@/domain/time";
import { startDay } from "./policy";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

export type CallOutTarget = {
  id: string;
  regions: RegionCode[];
  startsAt: Date;
  minAge: number;
  skills: string[];
  requiredTrainingId: string | null;
};

/**
 * The next volunteers after `after` (by user id) who may receive the call-out, locked: not
 * deleted, email confirmed, opted in to call-outs for one of its regions, and meeting its
 * requirements on the day it starts (policy.ts says the same in TypeScript: age on that day,
 * the training with a certificate valid that day, any shared skill). Their profiles are locked
 * in user-id order, so two fan-outs that want the same people take turns (never a deadlock),
 * and the second counts the first one's rows against the weekly cap (see chooseRecipients).
 */
export async function lockCandidates(tx: Tx, c: CallOutTarget, after: string, limit: number): Promise<string[]> {
  const day = isoDate(startDay(c.startsAt));
  const skills = c.skills.map((s) => s.toLocaleLowerCase());
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT v."userId" AS id
    FROM "VolunteerProfile" v JOIN "User" u ON u.id = v."userId"
    WHERE v."callOutRegions" && ${c.regions}::text[]::"RegionCode"[]
      AND v."userId" > ${after}
      AND u."deletedAt" IS NULL AND u."emailConfirmedAt" IS NOT NULL
      AND v."birthDate" <= (${day}::date - make_interval(years => ${c.minAge}::int))::date
      AND (${c.requiredTrainingId}::text IS NULL OR EXISTS (
        SELECT 1 FROM "VolunteerCertificate" vc
        WHERE vc."userId" = v."userId" AND vc."trainingId" = ${c.requiredTrainingId}::text
          AND (vc."expiresOn" IS NULL OR vc."expiresOn" >= ${day}::date)))
      AND (cardinality(${skills}::text[]) = 0
        OR EXISTS (SELECT 1 FROM unnest(v.skills) s WHERE lower(s) = ANY(${skills}::text[])))
    ORDER BY v."userId"
    LIMIT ${limit}
    FOR NO KEY UPDATE OF v`;
  return rows.map((r) => r.id);
}

/**
 * Makes the locked candidates recipients, except those already called by this call-out (the
 * key: nobody twice, whichever job or instance runs) and those who got `cap` call-outs in the
 * last 7 days. A statement of its own after the locks were taken, so it sees what a concurrent
 * fan-out committed before handing the locks over. Returns the new recipients' ids.
 *
 * "Already called" is the primary key's work alone (ON CONFLICT DO NOTHING), one index probe per
 * candidate. A NOT EXISTS on the same key was planned as an anti-join against all the call-out's
 * recipients so far, each batch comparing its 2,000 candidates with every earlier one: 1.5 s a
 * batch at 4,000 recipients, quadratic over a fan-out (decision 0027, "Fan-out cost").
 */
export async function chooseRecipients(
  tx: Tx,
  callOutId: string,
  candidates: string[],
  cap: number,
  now: Date,
): Promise<string[]> {
  if (candidates.length === 0) return [];
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    INSERT INTO "CallOutRecipient" ("callOutId", "userId", "createdAt", "notifiedAt")
    SELECT ${callOutId}, c.id, ${now}, ${now} FROM unnest(${candidates}::text[]) AS c(id)
    WHERE (SELECT count(*) FROM "CallOutRecipient" r WHERE r."userId" = c.id AND r."createdAt" > ${weekAgo}) < ${cap}
    ON CONFLICT DO NOTHING
    RETURNING "userId"`;
  return rows.map((r) => r.userId);
}
