"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/server/db";
import { negotiateLocale } from "@/domain/locales";
import { authActionClient } from "@/modules/accounts/action-client";
import { answerCallOut } from "./answers";
import { closeCallOut, sendCallOutUpdate } from "./manage";
import { answerCallOutSchema, callOutUpdateSchema, closeCallOutSchema } from "./answer-schema";

// scripts/bench-call-out-answers.ts posts `[{ callOutId, answer }]` to `answerCallOutAction`,
// found by this name and file in the build's server-reference manifest: keep both.
// No revalidatePath: both call-out pages are rendered per request (signed in), the answer form
// lands on the call-out's page by a redirect that renders it afresh, and the staff's live page
// refreshes itself. A revalidation would make every answer's response carry a re-render of the
// page it was posted from — most of the action's CPU under a burst of answers (decision 0028).
export const answerCallOutAction = authActionClient
  .inputSchema(answerCallOutSchema)
  .action(async ({ parsedInput, ctx }) => answerCallOut(db, ctx.viewer, parsedInput));

const sendUpdate = authActionClient.inputSchema(callOutUpdateSchema).action(async ({ parsedInput, ctx }) => {
  const result = await sendCallOutUpdate(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/moderation/call-outs/[id]", "page");
  return result;
});

const close = authActionClient.inputSchema(closeCallOutSchema).action(async ({ parsedInput, ctx }) => {
  const result = await closeCallOut(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/moderation/call-outs/[id]", "page");
  revalidatePath("/[locale]/call-outs/[id]", "page");
  return result;
});

type Outcome = { data?: unknown; serverError?: { message: string }; validationErrors?: unknown } | undefined;

/**
 * Where a form post lands: the page again with `?done=<what>` or `?error=<message key>` (the page
 * translates only keys it knows). The forms are plain HTML posts, so they work without
 * JavaScript; a signed-out visitor is sent to sign in and back.
 */
async function land(path: string, outcome: Outcome, done: string): Promise<never> {
  const locale = negotiateLocale(await getLocale());
  const here = `/${locale}${path}`;
  if (outcome?.serverError?.message === "errors.UNAUTHENTICATED")
    redirect(`/${locale}/sign-in?next=${encodeURIComponent(here)}`);
  if (outcome?.validationErrors) redirect(`${here}?error=errors.INVALID_INPUT`);
  if (outcome?.serverError) redirect(`${here}?error=${encodeURIComponent(outcome.serverError.message)}`);
  redirect(`${here}?done=${done}`);
}

const field = (formData: FormData, name: string) => {
  const v = formData instanceof FormData ? formData.get(name) : null;
  return typeof v === "string" ? v : "";
};

/** The volunteer's answer form ("I'm coming" / "I can't"). */
export async function answerCallOutFormAction(formData: FormData): Promise<void> {
  const callOutId = field(formData, "callOutId").slice(0, 40);
  const answer = field(formData, "answer");
  const outcome = await answerCallOutAction({ callOutId, answer: answer as "COMING" | "CANT" });
  await land(`/call-outs/${encodeURIComponent(callOutId)}`, outcome, answer === "CANT" ? "cant" : "coming");
}

/** Staff: a message to everyone confirmed. */
export async function sendCallOutUpdateFormAction(formData: FormData): Promise<void> {
  const callOutId = field(formData, "callOutId").slice(0, 40);
  const outcome = await sendUpdate({ callOutId, body: field(formData, "body") });
  await land(`/moderation/call-outs/${encodeURIComponent(callOutId)}`, outcome, "update");
}

/** Staff: close the call-out, after the confirmation step on the page. */
export async function closeCallOutFormAction(formData: FormData): Promise<void> {
  const callOutId = field(formData, "callOutId").slice(0, 40);
  const outcome = await close({ callOutId });
  await land(`/moderation/call-outs/${encodeURIComponent(callOutId)}`, outcome, "closed");
}
