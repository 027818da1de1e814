import type { CallOutAnswer, CallOutStatus, Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { staffedRegions } from "@/modules/staff/scope";

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
