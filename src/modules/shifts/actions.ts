"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { negotiateLocale, type Locale } from "@/domain/locales";
import { validationMessages } from "@/components/forms/action-outcome";
import { authActionClient } from "@/modules/accounts/action-client";
import {
  addSlot,
  addSlotsFromPattern,
  askToCover,
  cancelSlotSignup,
  changeSlots,
  deleteSlot,
  editSlot,
} from "./mutations";
import { createFeed, revokeFeed } from "./feed";
import {
  addSlotSchema,
  changeSlotsSchema,
  editSlotSchema,
  FEED_TOKEN_COOKIE,
  patternFormSchema,
  signupIdSchema,
  SLOT_FORM_FIELDS,
  slotIdSchema,
} from "./schema";

// Shifts (decision 0032). Every form here is a plain post that works without JavaScript: the
// `…FormAction` reads the FormData, runs the safe action (parse → session → authorize → mutate)
// and comes back to its page saying what happened (?done=…) or the message key of the refusal
// (?error=…), which the page translates.

const slotPages = () => {
  revalidatePath("/[locale]/organizers/[slug]/projects/[id]/roles/[roleId]/slots", "page");
  revalidatePath("/[locale]/projects/[id]", "page");
  revalidatePath("/[locale]/my/calendar", "page");
};

export const addSlotAction = authActionClient.inputSchema(addSlotSchema).action(async ({ parsedInput, ctx }) => {
  const result = await addSlot(db, ctx.viewer, parsedInput);
  slotPages();
  return result;
});

export const addPatternAction = authActionClient.inputSchema(patternFormSchema).action(async ({ parsedInput, ctx }) => {
  const result = await addSlotsFromPattern(db, ctx.viewer, parsedInput);
  slotPages();
  return result;
});

export const editSlotAction = authActionClient.inputSchema(editSlotSchema).action(async ({ parsedInput, ctx }) => {
  const result = await editSlot(db, ctx.viewer, parsedInput);
  slotPages();
  return result;
});

export const deleteSlotAction = authActionClient.inputSchema(slotIdSchema).action(async ({ parsedInput, ctx }) => {
  const result = await deleteSlot(db, ctx.viewer, parsedInput.slotId);
  slotPages();
  return result;
});

export const askToCoverAction = authActionClient.inputSchema(slotIdSchema).action(async ({ parsedInput, ctx }) => {
  return askToCover(db, ctx.viewer, parsedInput.slotId);
});

export const cancelSlotSignupAction = authActionClient
  .inputSchema(signupIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await cancelSlotSignup(db, ctx.viewer, parsedInput.signupId);
    slotPages();
    return result;
  });

export const changeSlotsAction = authActionClient
  .inputSchema(changeSlotsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeSlots(db, ctx.viewer, parsedInput);
    slotPages();
    return { count: result.signups.length };
  });

export const createFeedAction = authActionClient.action(async ({ ctx }) => createFeed(db, ctx.viewer));

export const revokeFeedAction = authActionClient.action(async ({ ctx }) => {
  await revokeFeed(db, ctx.viewer);
  revalidatePath("/[locale]/my/calendar", "page");
});

// ------------------------------------------------------------------ plain form posts

type Outcome =
  { data?: unknown; serverError?: { message: string; field?: string }; validationErrors?: unknown } | undefined;

/** The message key of a refusal, or null when the action succeeded. */
function refusal(result: Outcome): string | null {
  if (!result) return "errors.UNEXPECTED";
  if (result.serverError) return result.serverError.message;
  if (result.validationErrors) return validationMessages(result.validationErrors)[0]?.[1] ?? "errors.INVALID_INPUT";
  return null;
}

const text = (f: FormData, key: string) => {
  const v = f.get(key);
  return typeof v === "string" ? v : "";
};
const all = (f: FormData, key: string) => f.getAll(key).filter((v): v is string => typeof v === "string");
const safeId = (v: string) => (/^[A-Za-z0-9_-]{1,60}$/.test(v) ? v : "x");

async function locale(): Promise<Locale> {
  return negotiateLocale(await getLocale());
}

/** The organizer's slots page of a role the form came from; off to sign in when the session ended. */
async function slotsPage(f: FormData, result: Outcome) {
  const l = await locale();
  const page = `/${l}/organizers/${safeId(text(f, "slug"))}/projects/${safeId(text(f, "projectId"))}/roles/${safeId(
    text(f, "roleId"),
  )}/slots`;
  if (result?.serverError?.message === "errors.UNAUTHENTICATED")
    redirect(`/${l}/sign-in?next=${encodeURIComponent(page)}`);
  return page;
}

/** Back to the organizer's slots page of a role, saying what happened. */
async function backToSlots(f: FormData, result: Outcome, done: string) {
  const page = await slotsPage(f, result);
  const error = refusal(result);
  const count = (result?.data as { added?: number; told?: number; asked?: number } | undefined) ?? {};
  const n = count.added ?? count.told ?? count.asked ?? 0;
  redirect(error ? `${page}?error=${encodeURIComponent(error)}` : `${page}?done=${done}&n=${n}`);
}

export async function addSlotFormAction(f: FormData): Promise<void> {
  const result = await addSlotAction({
    roleId: text(f, "roleId"),
    date: text(f, "date"),
    start: text(f, "start"),
    end: text(f, "end"),
    capacity: text(f, "capacity") as unknown as number,
  });
  await backToSlots(f, result, "added");
}

export async function addPatternFormAction(f: FormData): Promise<void> {
  const result = await addPatternAction({
    roleId: text(f, "roleId"),
    from: text(f, "from"),
    weekdays: all(f, "weekdays") as unknown as number[],
    start: text(f, "start"),
    end: text(f, "end"),
    weeks: text(f, "weeks") as unknown as number,
    capacity: text(f, "capacity") as unknown as number,
  });
  await backToSlots(f, result, "added");
}

/**
 * Editing a slot comes back to the page with its form open (`edit`), what was typed kept in the
 * query and the refusal next to its field (`field`), or saying it was saved.
 */
export async function editSlotFormAction(f: FormData): Promise<void> {
  const slotId = text(f, "slotId");
  const values = { date: text(f, "date"), start: text(f, "start"), end: text(f, "end"), capacity: text(f, "capacity") };
  const result = await editSlotAction({ slotId, ...values, capacity: values.capacity as unknown as number });
  const page = await slotsPage(f, result);
  const anchor = `#slot-${safeId(slotId)}`;
  const error = refusal(result);
  if (!error) {
    const data = result?.data as { told?: number } | undefined;
    redirect(`${page}?done=edited&n=${data?.told ?? 0}${anchor}`);
  }
  const field =
    result?.serverError?.field ?? (result?.validationErrors ? validationMessages(result.validationErrors)[0]?.[0] : "");
  const query = new URLSearchParams({ edit: safeId(slotId), error });
  if (field && (SLOT_FORM_FIELDS as readonly string[]).includes(field)) query.set("field", field);
  for (const [k, v] of Object.entries(values)) query.set(k, v.slice(0, 20));
  redirect(`${page}?${query}${anchor}`);
}

export async function deleteSlotFormAction(f: FormData): Promise<void> {
  await backToSlots(f, await deleteSlotAction({ slotId: text(f, "slotId") }), "deleted");
}

export async function askToCoverFormAction(f: FormData): Promise<void> {
  await backToSlots(f, await askToCoverAction({ slotId: text(f, "slotId") }), "asked");
}

/** Back to /my/calendar, at the sign-up or application the form was about. */
async function backToCalendar(result: Outcome, done: string, anchor: string) {
  const l = await locale();
  const page = `/${l}/my/calendar`;
  if (result?.serverError?.message === "errors.UNAUTHENTICATED")
    redirect(`/${l}/sign-in?next=${encodeURIComponent(page)}`);
  const error = refusal(result);
  redirect(error ? `${page}?error=${encodeURIComponent(error)}#${anchor}` : `${page}?done=${done}#${anchor}`);
}

export async function cancelSlotSignupFormAction(f: FormData): Promise<void> {
  const signupId = text(f, "signupId");
  await backToCalendar(await cancelSlotSignupAction({ signupId }), "cancelled", "signups");
}

export async function changeSlotsFormAction(f: FormData): Promise<void> {
  const applicationId = text(f, "applicationId");
  const result = await changeSlotsAction({ applicationId, slotIds: all(f, "slotIds") });
  await backToCalendar(result, "changed", `application-${safeId(applicationId)}`);
}

export async function createFeedFormAction(): Promise<void> {
  const l = await locale();
  const result = await createFeedAction();
  const token = result?.data?.token;
  if (token) {
    (await cookies()).set(FEED_TOKEN_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().NODE_ENV === "production",
      path: `/${l}/my/calendar`,
      maxAge: 120,
    });
  }
  await backToCalendar(result, "feed", "feed");
}

export async function revokeFeedFormAction(): Promise<void> {
  (await cookies()).delete({ name: FEED_TOKEN_COOKIE, path: `/${await locale()}/my/calendar` });
  await backToCalendar(await revokeFeedAction(), "revoked", "feed");
}
