import "server-only";
import type { Db } from "@/server/prisma-client";
import type { ApplicationStatus, CallOutAnswer } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import type { Viewer } from "@/modules/accounts/viewer";
import { apply, withdraw } from "@/modules/applications/mutations";
import { ACTIVE_STATUSES } from "@/modules/applications/policy";
import { answerRefusal } from "./policy";
import type { AnswerCallOutInput } from "./answer-schema";

export type AnswerResult = {
  answer: CallOutAnswer;
  /** The application's status after a "coming" (ACCEPTED: confirmed; WAITLISTED: in line). */
  status: ApplicationStatus | null;
  /** False when the same answer was given again: nothing changed. */
  changed: boolean;
};

/**
 * A recipient answers a call-out (docs/decisions/0028-call-out-answers.md). "Coming" applies to
 * the call-out's first-come role through the applications module — the first N are confirmed,
 * the rest wait in line, and the role's lock, CHECK and invariant hold the places — and records
 * the answer in the same transaction, after checking under the role's lock that the call-out is
 * still open (closing takes that lock too, so no one is confirmed after it closed). "Can't"
 * records the answer and withdraws a "coming" given before; the withdrawal promotes the first in
 * line. Either answer given twice changes nothing.
 */
export async function answerCallOut(db: Db, viewer: Viewer, input: AnswerCallOutInput): Promise<AnswerResult> {
  const callOut = await db.callOut.findUnique({
    where: { id: input.callOutId },
    select: {
      id: true,
      roleId: true,
      status: true,
      answerBy: true,
      recipients: { where: { userId: viewer.id }, select: { answer: true } },
    },
  });
  if (!callOut) throw new AppError("NOT_FOUND");
  const recipient = callOut.recipients[0] ?? null;
  const refusal = answerRefusal({ callOut, recipient, now: new Date() });
  if (refusal) throw new AppError(`callOutAnswers.errors.${refusal}`);
  const application = await db.application.findUnique({
    where: { roleId_volunteerId: { roleId: callOut.roleId, volunteerId: viewer.id } },
    select: { id: true, status: true },
  });
  const active = application && ACTIVE_STATUSES.includes(application.status) ? application : null;
  const key = { callOutId_userId: { callOutId: callOut.id, userId: viewer.id } };

  if (input.answer === "CANT") {
    if (active) await withdraw(db, viewer, active.id);
    else if (recipient?.answer === "CANT") return { answer: "CANT", status: null, changed: false };
    await db.callOutRecipient.update({ where: key, data: { answer: "CANT", answeredAt: new Date() } });
    return { answer: "CANT", status: null, changed: true };
  }

  if (active) {
    if (recipient?.answer === "COMING") return { answer: "COMING", status: active.status, changed: false };
    await db.callOutRecipient.update({ where: key, data: { answer: "COMING", answeredAt: new Date() } });
    return { answer: "COMING", status: active.status, changed: true };
  }
  const result = await apply(
    db,
    viewer,
    { roleId: callOut.roleId, motivation: "" },
    {
      underRoleLock: async (tx) => {
        // One statement under the role's lock: the answer is recorded only while the call-out is
        // open and before its deadline (closing holds this lock while it closes). Columns hold
        // UTC without a zone, hence the database's clock in UTC.
        const recorded = await tx.$executeRaw`
          UPDATE "CallOutRecipient" r SET answer = 'COMING', "answeredAt" = (clock_timestamp() AT TIME ZONE 'UTC')
            FROM "CallOut" c
           WHERE c.id = r."callOutId" AND r."callOutId" = ${callOut.id} AND r."userId" = ${viewer.id}
             AND c.status = 'OPEN' AND c."answerBy" > (clock_timestamp() AT TIME ZONE 'UTC')`;
        if (recorded === 1) return;
        const [now] = await tx.$queryRaw<{ open: boolean }[]>`
          SELECT status = 'OPEN' AS open FROM "CallOut" WHERE id = ${callOut.id}`;
        throw new AppError(now?.open ? "callOutAnswers.errors.DEADLINE_PASSED" : "callOutAnswers.errors.CLOSED");
      },
    },
  );
  // The same volunteer's two "coming" at once: the second got the first's application back.
  if (result.duplicate)
    await db.callOutRecipient.updateMany({
      where: { callOutId: callOut.id, userId: viewer.id, answer: { not: "COMING" } },
      data: { answer: "COMING", answeredAt: new Date() },
    });
  return { answer: "COMING", status: result.status, changed: !result.duplicate };
}

/** The recipient opened the call-out's page: counted once, for the staff's "opened" figure. */
export async function markCallOutOpened(db: Db, viewer: Viewer, callOutId: string): Promise<void> {
  await db.callOutRecipient.updateMany({
    where: { callOutId, userId: viewer.id, openedAt: null },
    data: { openedAt: new Date() },
  });
}
