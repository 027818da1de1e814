"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { negotiateLocale } from "@/domain/locales";
import { authActionClient } from "@/modules/accounts/action-client";
import { createSavedReply, deleteSavedReply, reportMessage, resolveReport, sendMessage, sendToMany } from "./mutations";
import {
  deleteSavedReplySchema,
  reportMessageSchema,
  resolveReportSchema,
  savedReplySchema,
  sendMessageSchema,
  sendToManySchema,
  type ResolveReportInput,
} from "./schema";

// Every form of the messages works as a plain HTML post, without JavaScript. The composer (the
// thread's send form and the team's "message everyone") keeps what was typed when the server says
// no: it runs through useActionState, which answers a post made before hydration too. The other
// forms land on their page again with ?done=<what> or ?error=<message key>.

const revalidateMessages = () => {
  revalidatePath("/[locale]/messages", "layout");
  revalidatePath("/[locale]/organizers/[slug]/messages", "page");
};

export const sendMessageAction = authActionClient
  .inputSchema(sendMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await sendMessage(db, ctx.viewer, parsedInput);
    revalidateMessages();
    return result;
  });

export const sendToManyAction = authActionClient.inputSchema(sendToManySchema).action(async ({ parsedInput, ctx }) => {
  const result = await sendToMany(db, ctx.viewer, parsedInput);
  revalidateMessages();
  return result;
});

export const reportMessageAction = authActionClient
  .inputSchema(reportMessageSchema)
  .action(async ({ parsedInput, ctx }) => reportMessage(db, ctx.viewer, parsedInput));

export const resolveReportAction = authActionClient
  .inputSchema(resolveReportSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resolveReport(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/moderation/messages", "page");
    revalidateMessages();
    return result;
  });

export const createSavedReplyAction = authActionClient
  .inputSchema(savedReplySchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createSavedReply(db, ctx.viewer, parsedInput);
    revalidateMessages();
    return result;
  });

export const deleteSavedReplyAction = authActionClient
  .inputSchema(deleteSavedReplySchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteSavedReply(db, ctx.viewer, parsedInput);
    revalidateMessages();
    return result;
  });

type Outcome =
  { data?: unknown; serverError?: { message: string; text?: string }; validationErrors?: unknown } | undefined;

const field = (formData: FormData, name: string, max = 40) => {
  const v = formData instanceof FormData ? formData.get(name) : null;
  return typeof v === "string" ? v.slice(0, max) : "";
};

/** A same-site path below the locale for the page a form came from, or the fallback. */
function backTo(formData: FormData, fallback: string): string {
  const back = field(formData, "back", 300);
  return /^\/[a-z0-9/_-]*$/i.test(back) && !back.startsWith("//") ? back : fallback;
}

async function signInFirst(path: string): Promise<never> {
  const locale = negotiateLocale(await getLocale());
  redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
}

/** Where a plain form post lands: its page with `?done=<what>` or `?error=<message key>`. */
async function land(path: string, outcome: Outcome, done: string): Promise<never> {
  const locale = negotiateLocale(await getLocale());
  const here = `/${locale}${path}`;
  const sep = path.includes("?") ? "&" : "?";
  if (outcome?.serverError?.message === "errors.UNAUTHENTICATED") return signInFirst(path);
  if (outcome?.validationErrors) redirect(`${here}${sep}error=errors.INVALID_INPUT`);
  if (outcome?.serverError) redirect(`${here}${sep}error=${encodeURIComponent(outcome.serverError.message)}`);
  redirect(`${here}${sep}done=${done}`);
}

/** What the composer shows after a refused post: the refusal, and the text as it was typed. */
export type ComposerState = { error: string | null; body: string; target?: string };

/** The first validation message of the outcome, translated (the body's "too long", "required"). */
async function refusalText(outcome: Outcome): Promise<string> {
  const t = await getTranslations();
  if (outcome?.serverError) return outcome.serverError.text ?? t("errors.UNEXPECTED");
  const errors = outcome?.validationErrors as { body?: { _errors?: string[] } } | undefined;
  const key = errors?.body?._errors?.[0];
  return key && t.has(key) ? t(key) : t("errors.INVALID_INPUT");
}

/** The thread's send form: back to the thread on success, the text kept on a refusal. */
export async function composeMessageFormAction(_prev: ComposerState, formData: FormData): Promise<ComposerState> {
  const applicationId = field(formData, "applicationId");
  const body = field(formData, "body", 10_000);
  const outcome = await sendMessageAction({ applicationId, body });
  if (outcome?.serverError?.message === "errors.UNAUTHENTICATED")
    return signInFirst(`/messages/application/${encodeURIComponent(applicationId)}`);
  const data = outcome?.data as { conversationId: string; messageId: string } | undefined;
  if (!data) return { error: await refusalText(outcome), body };
  const locale = negotiateLocale(await getLocale());
  redirect(`/${locale}/messages/${data.conversationId}#m-${data.messageId}`);
}

/** The team's "message everyone accepted for a role / confirmed for a slot" form. */
export async function composeToManyFormAction(_prev: ComposerState, formData: FormData): Promise<ComposerState> {
  const organizerId = field(formData, "organizerId");
  const target = field(formData, "target", 100);
  const body = field(formData, "body", 10_000);
  const back = backTo(formData, "/messages");
  const outcome = await sendToManyAction({ organizerId, target, body });
  if (outcome?.serverError?.message === "errors.UNAUTHENTICATED") return signInFirst(back);
  const data = outcome?.data as { sent: number } | undefined;
  if (!data) {
    const errors = outcome?.validationErrors as { target?: unknown } | undefined;
    if (errors?.target) {
      const t = await getTranslations();
      return { error: t("messages.errors.PICK_TARGET"), body, target };
    }
    return { error: await refusalText(outcome), body, target };
  }
  const locale = negotiateLocale(await getLocale());
  redirect(`/${locale}${back}?done=sent&count=${data.sent}`);
}

/** "Report this message", from the thread. */
export async function reportMessageFormAction(formData: FormData): Promise<void> {
  const back = backTo(formData, "/messages");
  const outcome = await reportMessageAction({
    messageId: field(formData, "messageId"),
    reason: field(formData, "reason", 2000),
  });
  await land(back, outcome, "reported");
}

/** Staff: hide, hide and block, or dismiss. */
export async function resolveReportFormAction(formData: FormData): Promise<void> {
  const decision = field(formData, "decision") as ResolveReportInput["decision"];
  const outcome = await resolveReportAction({ messageId: field(formData, "messageId"), decision });
  await land("/moderation/messages", outcome, decision === "DISMISS" ? "dismissed" : "hidden");
}

export async function createSavedReplyFormAction(formData: FormData): Promise<void> {
  const back = backTo(formData, "/messages");
  const outcome = await createSavedReplyAction({
    organizerId: field(formData, "organizerId"),
    title: field(formData, "title", 1000),
    body: field(formData, "body", 10_000),
  });
  await land(back, outcome, "replySaved");
}

export async function deleteSavedReplyFormAction(formData: FormData): Promise<void> {
  const back = backTo(formData, "/messages");
  const outcome = await deleteSavedReplyAction({ id: field(formData, "id") });
  await land(back, outcome, "replyDeleted");
}
