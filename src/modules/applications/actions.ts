"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { negotiateLocale } from "@/domain/locales";
import { validationMessages } from "@/components/forms/action-outcome";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { apply, decide, withdraw } from "./mutations";
import { applySchema, decideSchema, withdrawSchema } from "./schema";

// scripts/bench.ts posts `[{ roleId, motivation }]` to `applyAction`, found by this name and file
// in the build's server-reference manifest: keep both.
export const applyAction = authActionClient.inputSchema(applySchema).action(async ({ parsedInput, ctx }) => {
  const result = await apply(db, ctx.viewer, parsedInput);
  // Any revalidation makes Next render the whole project page again into the action's answer.
  // That is worth it when a place was taken: the page shows the places and slots left. An
  // application sent for review, or put in line for a full role, changes nothing on the page, and
  // the form says "sent" by itself. The volunteer's list is a dynamic page, fetched fresh on the
  // next visit either way. (Anonymous visitors' cached copies are dropped by the action client.)
  if (result.status === "ACCEPTED" && !result.duplicate) {
    revalidatePath("/[locale]/projects/[id]", "page");
    revalidatePath("/[locale]/my/applications", "page");
  }
  return result;
});

export const withdrawAction = authActionClient
  .inputSchema(withdrawSchema)
  .action(async ({ parsedInput: { applicationId }, ctx }) => {
    const result = await withdraw(db, ctx.viewer, applicationId);
    revalidatePath("/[locale]/my/applications", "page");
    revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });

export const decideAction = authActionClient.inputSchema(decideSchema).action(async ({ parsedInput, ctx }) => {
  const result = await decide(db, ctx.viewer, parsedInput);
  revalidatePath("/[locale]/organizers/[slug]/applications", "page");
  revalidatePath("/[locale]/projects/[id]", "page");
  return result;
});

/**
 * The apply form posted without JavaScript (a role's slots are picked with plain checkboxes):
 * back to the project page at the role, with the outcome (?applied=<roleId>) or the refusal's
 * message key (?applyError=…&role=<roleId>), which the page says in the volunteer's language.
 */
export async function applyFormAction(f: FormData): Promise<void> {
  const text = (key: string) => (typeof f.get(key) === "string" ? (f.get(key) as string) : "");
  const locale = negotiateLocale(await getLocale());
  const roleId = text("roleId");
  const projectId = /^[A-Za-z0-9_-]{1,40}$/.test(text("projectId")) ? text("projectId") : "";
  const page = projectId ? `/${locale}/projects/${projectId}` : `/${locale}/my/applications`;
  const result = await applyAction({
    roleId,
    motivation: text("motivation"),
    slotIds: f.getAll("slotIds").filter((v): v is string => typeof v === "string"),
  });
  if (result?.serverError?.message === "errors.UNAUTHENTICATED")
    redirect(`/${locale}/sign-in?next=${encodeURIComponent(page)}`);
  const error =
    result?.serverError?.message ??
    (result?.validationErrors ? (validationMessages(result.validationErrors)[0]?.[1] ?? "errors.INVALID_INPUT") : null);
  const anchor = /^[A-Za-z0-9_-]{1,40}$/.test(roleId) ? `#role-${roleId}` : "";
  redirect(
    error
      ? `${page}?applyError=${encodeURIComponent(error)}&role=${encodeURIComponent(roleId)}${anchor}`
      : `${page}?applied=${encodeURIComponent(roleId)}${anchor}`,
  );
}
