"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/server/db";
import { negotiateLocale } from "@/domain/locales";
import { authActionClient } from "@/modules/accounts/action-client";
import { closeCallOut, sendCallOutUpdate } from "./manage";
import { callOutUpdateSchema, closeCallOutSchema } from "./answer-schema";

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
