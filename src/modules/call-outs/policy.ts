// Who may call out whom, and who a call-out may reach: pure rules, shared by the form, the
// creation, the recipients' SQL (which says the same in SQL: keep them together) and the tests.
import type { Direction } from "@/generated/prisma/enums";
import { ADULT_AGE, ageOn } from "@/domain/age";
import { utcToZoned, dateValue } from "@/domain/time";

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
