import type { ApplicationStatus, Direction, ProjectStatus, SocialSubtype } from "@/generated/prisma/enums";
import { ADULT_AGE, MIN_VOLUNTEER_AGE, ageOn } from "@/domain/age";
import { isForbiddenForMinors } from "@/domain/classification";

/** Why a volunteer may not apply to a role; each is a message key applications.eligibility.<reason>. */
export const ELIGIBILITY_REASONS = [
  "NOT_VOLUNTEER",
  "PROJECT_NOT_OPEN",
  "PROJECT_ENDED",
  "ALREADY_APPLIED",
  "MINOR_FORBIDDEN",
  "TOO_YOUNG",
  "NO_GUARDIAN_CONSENT",
  "TRAINING_REQUIRED",
  "TRAINING_EXPIRED",
] as const;
export type EligibilityReason = (typeof ELIGIBILITY_REASONS)[number];

/** Statuses in which an application still holds (or waits for) a place; the volunteer may withdraw. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED"];

/** The project fields eligibility() reads: one select for the apply mutation and the apply state. */
export const ELIGIBILITY_PROJECT_SELECT = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  primaryDirection: true,
  secondaryDirection: true,
  socialSubtype: true,
  hazardous: true,
} as const;

export type EligibilityInput = {
  volunteer: { birthDate: Date; guardianConsentAt: Date | null } | null;
  project: {
    status: ProjectStatus;
    startsAt: Date;
    endsAt: Date;
    primaryDirection: Direction;
    secondaryDirection: Direction | null;
    socialSubtype: SocialSubtype | null;
    hazardous: boolean;
  };
  role: { minAge: number; requiredTrainingId: string | null };
  /** The volunteer's certificate for the role's required training, if any. */
  certificate: { expiresOn: Date | null } | null;
  /** The volunteer's earlier application to this role, if any. */
  existing: { status: ApplicationStatus } | null;
  now: Date;
};

/**
 * The one answer to "may this volunteer apply to this role?": the refusal reason, or null.
 *
 * Ages: the role's minimum age is checked on the day the project starts (someone who turns 16
 * before the event may apply for a 16+ role), or today when it has already started. The rules
 * for minors — consent, and the directions closed to them — use the age today: the law speaks
 * of the person applying, and being refused until one's 18th birthday is the safe side.
 * Re-applying after a withdrawal reopens the application; after a rejection it does not.
 */
export function eligibility(input: EligibilityInput): EligibilityReason | null {
  const { volunteer, project, role, certificate, existing, now } = input;
  if (!volunteer) return "NOT_VOLUNTEER";
  if (project.status !== "PUBLISHED") return "PROJECT_NOT_OPEN";
  if (project.endsAt <= now) return "PROJECT_ENDED";
  if (existing && existing.status !== "WITHDRAWN") return "ALREADY_APPLIED";
  const minorToday = ageOn(volunteer.birthDate, now) < ADULT_AGE;
  if (minorToday && isForbiddenForMinors(project)) return "MINOR_FORBIDDEN";
  const ageAtStart = ageOn(volunteer.birthDate, project.startsAt > now ? project.startsAt : now);
  if (ageAtStart < Math.max(role.minAge, MIN_VOLUNTEER_AGE)) return "TOO_YOUNG";
  if (minorToday && !volunteer.guardianConsentAt) return "NO_GUARDIAN_CONSENT";
  if (role.requiredTrainingId) {
    if (!certificate) return "TRAINING_REQUIRED";
    if (certificate.expiresOn && certificate.expiresOn < startOfUtcDay(now)) return "TRAINING_EXPIRED";
  }
  return null;
}

// Certificates carry calendar dates (UTC midnight): one expiring today is still valid today.
function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Which decisions apply to an application in a given status; the rest are skipped, not errors. */
export function decisionApplies(decision: "ACCEPT" | "REJECT" | "WAITLIST", status: ApplicationStatus): boolean {
  switch (decision) {
    case "ACCEPT":
      return status === "SUBMITTED" || status === "WAITLISTED" || status === "REJECTED";
    case "REJECT":
      return status === "SUBMITTED" || status === "WAITLISTED" || status === "ACCEPTED";
    case "WAITLIST":
      return status === "SUBMITTED" || status === "ACCEPTED" || status === "REJECTED";
  }
}

export const DECISION_STATUS = {
  ACCEPT: "ACCEPTED",
  REJECT: "REJECTED",
  WAITLIST: "WAITLISTED",
} as const satisfies Record<"ACCEPT" | "REJECT" | "WAITLIST", ApplicationStatus>;
