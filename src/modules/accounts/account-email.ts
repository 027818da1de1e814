import "server-only";
import type { AccountEmailKind, Locale, Prisma } from "@/generated/prisma/client";
import { enqueueAccountEmailsInTransaction } from "@/server/jobs";

// Emails that are not in-app notifications: a password-reset or address-confirmation link for
// the account's owner, and an invitation to an address that may have no account yet. Same
// outbox discipline as notifications (decision 0006): the row and its job are written in the
// caller's transaction and the job worker sends it, so a page never waits for a mail server
// and the answer takes as long whether or not an email goes out. The worker's side is in
// account-email-worker.ts (put on its queue by src/jobs.ts).

type Tx = Pick<Prisma.TransactionClient, "accountEmail" | "$queryRawUnsafe" | "$executeRawUnsafe">;

export type AccountEmailInput = {
  kind: AccountEmailKind;
  userId?: string;
  /** HELP_REQUEST_UPDATE: the request, whose tracking link the email carries. */
  helpRequestId?: string;
  to: string;
  locale: Locale;
  /** ORGANIZER_INVITATION: { organizerName, inviterName }; HELP_REQUEST_UPDATE: { step, reason?, organizerName? }. */
  data?: Prisma.InputJsonValue;
};

export async function queueAccountEmail(tx: Tx, input: AccountEmailInput): Promise<string> {
  const row = await tx.accountEmail.create({ data: { ...input, data: input.data ?? {} }, select: { id: true } });
  await enqueueAccountEmailsInTransaction(tx, [row.id]);
  return row.id;
}
