"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { actionClient } from "@/server/action-client";
import { clientAddress } from "@/server/client-address";
import { negotiateLocale } from "@/domain/locales";
import { getViewer } from "@/modules/accounts/session";
import { authActionClient } from "@/modules/accounts/action-client";
import {
  HELP_FORM_FIELDS,
  assignHelpRequestSchema,
  declineHelpRequestSchema,
  duplicateHelpRequestSchema,
  helpRequestIdSchema,
  helpRequestSchema,
  organizerAnswerSchema,
} from "./schema";
import {
  answerHelpRequest,
  assignHelpRequest,
  declineHelpRequest,
  markHelpRequestDuplicate,
  resolveHelpRequest,
  submitHelpRequest,
} from "./mutations";

const submit = actionClient.inputSchema(helpRequestSchema).action(async ({ parsedInput }) => {
  const locale = negotiateLocale(await getLocale());
  const viewer = await getViewer();
  const { token } = await submitHelpRequest(db, parsedInput, {
    address: clientAddress(await headers()),
    locale,
    userId: viewer?.id ?? null,
  });
  revalidatePath("/[locale]/moderation/help", "page");
  redirect(`/${locale}/help/${token}?sent=1`);
});

/** What the form shows after a refused submit: the typed values and each refusal, translated. */
export type HelpFormState = {
  attempt: number;
  values: Partial<Record<(typeof HELP_FORM_FIELDS)[number], string>>;
  fieldErrors: Partial<Record<string, string>>;
  formError: string | null;
};

/**
 * The help form's action, for React's useActionState: it works before (and without) JavaScript —
 * the browser posts the form, the page renders again with this state. On success the person is
 * taken to their tracking page; otherwise what they typed comes back with the reasons.
 */
export async function submitHelpRequestAction(prev: HelpFormState | null, formData: FormData): Promise<HelpFormState> {
  const t = await getTranslations();
  const attempt = (typeof prev?.attempt === "number" ? prev.attempt : 0) + 1;
  // A server action is a public endpoint: anything but the form's own post is refused, unread.
  if (!(formData instanceof FormData))
    return { attempt, values: {}, fieldErrors: {}, formError: t("errors.INVALID_INPUT") };
  const result = await submit(formData);
  const say = (key: string) => (t.has(key) ? t(key) : t("errors.UNEXPECTED"));
  const values: HelpFormState["values"] = {};
  for (const field of HELP_FORM_FIELDS) {
    const v = formData.get(field);
    if (typeof v === "string") values[field] = v.slice(0, 4000);
  }
  const fieldErrors: HelpFormState["fieldErrors"] = {};
  let formError: string | null = null;
  const validation = result?.validationErrors as Record<string, { _errors?: string[] }> | undefined;
  if (validation) {
    for (const [field, v] of Object.entries(validation)) {
      const key = v?._errors?.[0];
      if (!key) continue;
      if ((HELP_FORM_FIELDS as readonly string[]).includes(field)) fieldErrors[field] = say(key);
      else formError = say(key);
    }
    if (!formError && Object.keys(fieldErrors).length === 0) formError = say("errors.INVALID_INPUT");
  }
  const serverError = result?.serverError;
  if (serverError) {
    const text = serverError.text ?? say(serverError.message);
    if (serverError.field) fieldErrors[serverError.field] = text;
    else formError = text;
  }
  return { attempt, values, fieldErrors, formError };
}

const triagePaths = () => {
  revalidatePath("/[locale]/moderation/help", "page");
  revalidatePath("/[locale]/moderation/help/[id]", "page");
  revalidatePath("/[locale]/organizers/[slug]/help", "page");
};

export const assignHelpRequestAction = authActionClient
  .inputSchema(assignHelpRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    await assignHelpRequest(db, ctx.viewer, parsedInput);
    triagePaths();
  });

export const declineHelpRequestAction = authActionClient
  .inputSchema(declineHelpRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    await declineHelpRequest(db, ctx.viewer, parsedInput);
    triagePaths();
  });

export const markHelpRequestDuplicateAction = authActionClient
  .inputSchema(duplicateHelpRequestSchema)
  .action(async ({ parsedInput, ctx }) => {
    await markHelpRequestDuplicate(db, ctx.viewer, parsedInput);
    triagePaths();
  });

export const resolveHelpRequestAction = authActionClient
  .inputSchema(helpRequestIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    await resolveHelpRequest(db, ctx.viewer, parsedInput);
    triagePaths();
  });

export const answerHelpRequestAction = authActionClient
  .inputSchema(organizerAnswerSchema)
  .action(async ({ parsedInput, ctx }) => {
    await answerHelpRequest(db, ctx.viewer, parsedInput);
    triagePaths();
  });
