// Who may call out whom, and who a call-out may reach: pure rules, shared by the form, the
// creation, the recipients' SQL (which says the same in SQL: keep them together) and the tests.
import type { Direction } from "@/generated/prisma/enums";
import { ADULT_AGE, ageOn } from "@/domain/age";
import { utcToZoned, dateValue } from "@/domain/time";
import type { CallOutAnswer, CallOutStatus, Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegions } from "@/modules/staff/scope";

export const CALL_OUT_LIMITS = { maxPeople: 10_000, batchSize: 2_000 } as const;

/** Directions the law closes to minors (emergency response, search and rescue): 18+ forced. */
export const ADULT_ONLY_DIRECTIONS: readonly Direction[] = ["EMERGENCY", "SEARCH_RESCUE"];

export function isAdultOnly(direction: Direction): boolean {
  return ADULT_ONLY_DIRECTIONS.includes(direction);
}

/** The minimum age a call-out really asks: at least 18 where the law says so. */
export function effectiveMinAge(direction: Direction, minAge: number): number {
  return isAdultOnly(direction) ? Math.max(ADULT_AGE, minAge) : minAge;
}

/** The calendar day (Kazakhstan) a call-out starts on, as a @db.Date-like UTC midnight. */
export function startDay(startsAt: Date): Date {
  return dateValue(utcToZoned(startsAt).date);
}

export type Requirements = {
  startsAt: Date;
  minAge: number;
  skills: readonly string[];
  requiredTrainingId: string | null;
};

export type Candidate = {
  birthDate: Date;
  skills: readonly string[];
  certificates: readonly { trainingId: string; expiresOn: Date | null }[];
};

/**
 * Whether a volunteer meets a call-out's requirements on the day it starts: old enough that day
 * (a birthday later that day does not count early), holding the required training with a
 * certificate still valid that day, and sharing at least one skill when skills are asked.
 */
export function meetsRequirements(c: Candidate, r: Requirements): boolean {
  const day = startDay(r.startsAt);
  if (ageOn(c.birthDate, day) < r.minAge) return false;
  if (r.requiredTrainingId) {
    const ok = c.certificates.some(
      (cert) => cert.trainingId === r.requiredTrainingId && (cert.expiresOn === null || cert.expiresOn >= day),
    );
    if (!ok) return false;
  }
  if (r.skills.length > 0) {
    const wanted = new Set(r.skills.map((s) => s.toLocaleLowerCase()));
    if (!c.skills.some((s) => wanted.has(s.toLocaleLowerCase()))) return false;
  }
  return true;
}

/** Why a volunteer may not answer a call-out now; each is a message key callOutAnswers.errors.<reason>. */
export const ANSWER_REFUSALS = ["NOT_RECIPIENT", "CLOSED", "DEADLINE_PASSED"] as const;
export type AnswerRefusal = (typeof ANSWER_REFUSALS)[number];

/**
 * The one answer to "may this person answer this call-out now?": only those it was sent to,
 * while it is open and before its deadline. The role's own requirements (age, training, consent)
 * are checked by the applications module when the answer is "coming".
 */
export function answerRefusal(input: {
  callOut: { status: CallOutStatus; answerBy: Date };
  recipient: { answer: CallOutAnswer | null } | null;
  now: Date;
}): AnswerRefusal | null {
  if (!input.recipient) return "NOT_RECIPIENT";
  if (input.callOut.status !== "OPEN") return "CLOSED";
  if (input.callOut.answerBy <= input.now) return "DEADLINE_PASSED";
  return null;
}

/**
 * Call-outs the viewer runs: those touching a region they staff, every one for an admin. Spread
 * into every staff query and mutation, so another region's call-out is a missing one (404).
 */
export function staffedCallOutWhere(viewer: Viewer | null): Prisma.CallOutWhereInput {
  const scope = staffedRegions(viewer);
  if (scope === "ALL") return {};
  return { regions: { hasSome: scope } };
}

/** The session twin of staffedCallOutWhere, for links on a call-out already read. */
export function runsCallOut(viewer: Viewer | null, callOut: { regions: readonly string[] }): boolean {
  const scope = staffedRegions(viewer);
  return scope === "ALL" || callOut.regions.some((r) => (scope as readonly string[]).includes(r));
}
