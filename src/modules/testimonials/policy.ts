import type { ApplicationStatus, Attendance, ProjectStatus } from "@/generated/prisma/enums";

// Who may write a testimonial (docs/decisions/0036-after-the-project.md): the volunteer of an
// ACCEPTED application, once the project has ended (not cancelled), who was there — the organizer
// marked them ATTENDED or confirmed hours of theirs. A no-show never writes, whatever else.

export type TestimonialCandidate = {
  status: ApplicationStatus;
  attendance: Attendance | null;
  confirmedHours: number;
  project: { status: ProjectStatus; endsAt: Date };
};

export type Eligibility = "OK" | "NOT_ACCEPTED" | "NOT_ENDED" | "NOT_ATTENDED";

export function testimonialEligibility(a: TestimonialCandidate, now = new Date()): Eligibility {
  if (a.status !== "ACCEPTED" || a.project.status === "CANCELLED") return "NOT_ACCEPTED";
  if (a.project.endsAt > now) return "NOT_ENDED";
  if (a.attendance === "NO_SHOW") return "NOT_ATTENDED";
  if (a.attendance !== "ATTENDED" && a.confirmedHours === 0) return "NOT_ATTENDED";
  return "OK";
}

/** Below this many visible testimonials a project or organizer shows the texts but no average. */
export const AVERAGE_FROM = 3;

/** "Айгерім Сейітова" → "Айгерім С.": the author as the public sees them. Empty when unknown. */
export function shortName(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "";
  const [first, second] = parts;
  return second ? `${first} ${[...second][0]!.toUpperCase()}.` : first!;
}

/** The average shown: one decimal, or none below AVERAGE_FROM visible testimonials. */
export function shownAverage(count: number, average: number | null): number | null {
  if (count < AVERAGE_FROM || average === null) return null;
  return Math.round(average * 10) / 10;
}
