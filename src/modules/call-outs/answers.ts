import "server-only";
import type { Db } from "@/server/prisma-client";
import type { ApplicationStatus, CallOutAnswer, CallOutStatus } from "@/generated/prisma/client";
import type { ProjectStatus } from "@/generated/prisma/enums";
import { AppError, type AppErrorCode } from "@/server/errors";
import { newId } from "@/server/ids";
import type { Viewer } from "@/modules/accounts/viewer";
import { notifyChangeAfterCommit, withdraw } from "@/modules/applications/mutations";
import { ACTIVE_STATUSES, eligibility, type EligibilityInput } from "@/modules/applications/policy";
import { answerRefusal } from "./policy";
import type { AnswerCallOutInput } from "./answer-schema";

export type AnswerResult = {
  answer: CallOutAnswer;
  /** The application's status after a "coming" (ACCEPTED: confirmed; WAITLISTED: in line). */
  status: ApplicationStatus | null;
  /** False when the same answer was given again: nothing changed. */
  changed: boolean;
};

/** Everything an answer is checked against, read in one statement (no lock: checked again under it). */
type AnswerState = {
  status: CallOutStatus;
  answerBy: Date;
  roleId: string;
  roleTitle: string;
  minAge: number;
  requiredTrainingId: string | null;
  projectId: string;
  projectTitle: string;
  projectStatus: ProjectStatus;
  isRecipient: boolean;
  recipientAnswer: CallOutAnswer | null;
  certificateExpiresOn: Date | null;
  hasCertificate: boolean;
  applicationId: string | null;
  applicationStatus: ApplicationStatus | null;
} & Omit<EligibilityInput["project"], "status">;

async function answerState(db: Db, userId: string, callOutId: string): Promise<AnswerState | null> {
  const [row] = await db.$queryRaw<AnswerState[]>`
    SELECT c.status::text AS status, c."answerBy", c."roleId", pr.title AS "roleTitle", pr."minAge",
           pr."requiredTrainingId", c."projectId", p.title AS "projectTitle", p.status::text AS "projectStatus",
           p."startsAt", p."endsAt", p."primaryDirection"::text AS "primaryDirection",
           p."secondaryDirection"::text AS "secondaryDirection", p."socialSubtype"::text AS "socialSubtype",
           p.hazardous, r."userId" IS NOT NULL AS "isRecipient", r.answer::text AS "recipientAnswer",
           vc."expiresOn" AS "certificateExpiresOn", vc."userId" IS NOT NULL AS "hasCertificate",
           a.id AS "applicationId", a.status::text AS "applicationStatus"
      FROM "CallOut" c
      JOIN "Project" p ON p.id = c."projectId"
      JOIN "ProjectRole" pr ON pr.id = c."roleId"
      LEFT JOIN "CallOutRecipient" r ON r."callOutId" = c.id AND r."userId" = ${userId}
      LEFT JOIN "VolunteerCertificate" vc ON vc."userId" = ${userId} AND vc."trainingId" = pr."requiredTrainingId"
      LEFT JOIN "Application" a ON a."roleId" = c."roleId" AND a."volunteerId" = ${userId}
     WHERE c.id = ${callOutId}`;
  return row ?? null;
}

type ComingRow = {
  outcome: string;
  application_id: string | null;
  status: ApplicationStatus | null;
  from_status: ApplicationStatus | null;
  changed: boolean;
};

/** call_out_coming's refusals, as the message keys the pages translate. */
const COMING_REFUSALS: Record<string, AppErrorCode> = {
  NOT_FOUND: "NOT_FOUND",
  NOT_RECIPIENT: "callOutAnswers.errors.NOT_RECIPIENT",
  CLOSED: "callOutAnswers.errors.CLOSED",
  DEADLINE_PASSED: "callOutAnswers.errors.DEADLINE_PASSED",
  PROJECT_NOT_OPEN: "applications.errors.PROJECT_NOT_OPEN",
  PROJECT_ENDED: "applications.errors.PROJECT_ENDED",
  ALREADY_APPLIED: "applications.errors.ALREADY_APPLIED",
};

/**
 * A recipient answers a call-out (docs/decisions/0028-call-out-answers.md). "Coming" takes a
 * place in the call-out's first-come role — the first N are confirmed, the rest wait in line —
 * through the database function call_out_coming (migration 20261130003000), which holds the role's
 * lock only inside PostgreSQL: one statement that locks the project (shared) and the role, checks
 * the call-out still open under that lock (closing takes it too, so no one is confirmed after it
 * closed), writes the application, its history and the answer. The volunteer's own requirements
 * (age, consent, training) are checked before, by the applications module's eligibility(); their
 * notification is written after the commit. "Can't" records the answer and withdraws a "coming"
 * given before; the withdrawal promotes the first in line. Either answer given twice changes
 * nothing.
 */
export async function answerCallOut(db: Db, viewer: Viewer, input: AnswerCallOutInput): Promise<AnswerResult> {
  const state = await answerState(db, viewer.id, input.callOutId);
  if (!state) throw new AppError("NOT_FOUND");
  const recipient = state.isRecipient ? { answer: state.recipientAnswer } : null;
  const refusal = answerRefusal({
    callOut: { status: state.status, answerBy: state.answerBy },
    recipient,
    now: new Date(),
  });
  if (refusal) throw new AppError(`callOutAnswers.errors.${refusal}`);
  const active =
    state.applicationId && state.applicationStatus && ACTIVE_STATUSES.includes(state.applicationStatus)
      ? { id: state.applicationId, status: state.applicationStatus }
      : null;
  const key = { callOutId_userId: { callOutId: input.callOutId, userId: viewer.id } };

  if (input.answer === "CANT") {
    if (active) await withdraw(db, viewer, active.id);
    else if (recipient?.answer === "CANT") return { answer: "CANT", status: null, changed: false };
    await db.callOutRecipient.update({ where: key, data: { answer: "CANT", answeredAt: new Date() } });
    return { answer: "CANT", status: null, changed: true };
  }

  if (active && recipient?.answer === "COMING") return { answer: "COMING", status: active.status, changed: false };
  if (!active) {
    const reason = eligibility({
      volunteer: viewer.volunteer,
      project: {
        status: state.projectStatus,
        startsAt: state.startsAt,
        endsAt: state.endsAt,
        primaryDirection: state.primaryDirection,
        secondaryDirection: state.secondaryDirection,
        socialSubtype: state.socialSubtype,
        hazardous: state.hazardous,
      },
      role: { minAge: state.minAge, requiredTrainingId: state.requiredTrainingId },
      certificate: state.hasCertificate ? { expiresOn: state.certificateExpiresOn } : null,
      existing: state.applicationStatus ? { status: state.applicationStatus } : null,
      now: new Date(),
    });
    if (reason) throw new AppError(`applications.errors.${reason}`);
  }
  // One statement, in autocommit: the role's lock is held inside PostgreSQL only.
  const [row] = await db.$queryRaw<ComingRow[]>`
    SELECT * FROM call_out_coming(${input.callOutId}, ${viewer.id}, ${newId()})`;
  if (!row) throw new Error("call_out_coming returned no row");
  const refused = COMING_REFUSALS[row.outcome];
  if (refused) throw new AppError(refused);
  // An application that was already active (the same volunteer's "coming" twice, or one given
  // before a "can't" was recorded elsewhere): the answer may change, the place does not.
  if (row.outcome === "ALREADY") return { answer: "COMING", status: row.status, changed: row.changed };
  await notifyChangeAfterCommit(
    db,
    { title: state.roleTitle, project: { id: state.projectId, title: state.projectTitle } },
    {
      applicationId: row.application_id!,
      volunteerId: viewer.id,
      from: row.from_status,
      to: row.status!,
      actorId: viewer.id,
    },
  );
  return { answer: "COMING", status: row.status, changed: true };
}

/** The recipient opened the call-out's page: counted once, for the staff's "opened" figure. */
export async function markCallOutOpened(db: Db, viewer: Viewer, callOutId: string): Promise<void> {
  await db.callOutRecipient.updateMany({
    where: { callOutId, userId: viewer.id, openedAt: null },
    data: { openedAt: new Date() },
  });
}
