"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { defaultPusher } from "@/server/web-push";
import { negotiateLocale } from "@/domain/locales";
import { authActionClient } from "@/modules/accounts/action-client";
import { markAllRead, markRead } from "./mutations";
import { savePreferences } from "./preferences";
import { sendTestPush, subscribePush, unsubscribePush } from "./subscriptions";
import {
  markReadSchema,
  preferencesSchema,
  pushDeviceSchema,
  pushEndpointSchema,
  pushSubscriptionSchema,
} from "./schema";

export const markReadAction = authActionClient
  .inputSchema(markReadSchema)
  .action(async ({ parsedInput: { id }, ctx }) => {
    await markRead(db, ctx.viewer, id);
    revalidatePath("/[locale]", "layout");
  });

/** Takes no input. */
export const markAllReadAction = authActionClient.action(async ({ ctx }) => {
  const count = await markAllRead(db, ctx.viewer);
  revalidatePath("/[locale]", "layout");
  return { count };
});

const profile = () => revalidatePath("/[locale]/profile", "page");

export const savePreferencesAction = authActionClient
  .inputSchema(preferencesSchema)
  .action(async ({ parsedInput: { on }, ctx }) => {
    await savePreferences(db, ctx.viewer, on);
    profile();
  });

/**
 * The profile's notification switches, posted as a plain form: works without JavaScript. Every
 * checked box is one "on" value; the page comes back saying whether it was saved.
 */
export async function savePreferencesFormAction(formData: FormData): Promise<void> {
  const locale = negotiateLocale(await getLocale());
  const on = formData instanceof FormData ? formData.getAll("on").filter((v) => typeof v === "string") : [];
  const result = formData instanceof FormData ? await savePreferencesAction({ on }) : null;
  if (result?.serverError?.message === "errors.UNAUTHENTICATED")
    redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/profile`)}`);
  const saved = Boolean(result) && !result?.serverError && !result?.validationErrors;
  redirect(`/${locale}/profile?notifications=${saved ? "saved" : "failed"}#notification-settings`);
}

export const subscribePushAction = authActionClient
  .inputSchema(pushSubscriptionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const device = await subscribePush(db, ctx.viewer, parsedInput, {
      userAgent: (await headers()).get("user-agent"),
      production: env().NODE_ENV === "production",
    });
    profile();
    return device;
  });

/** Removes a device from the list (any of the viewer's). */
export const unsubscribePushAction = authActionClient
  .inputSchema(pushDeviceSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unsubscribePush(db, ctx.viewer, { id: parsedInput.id });
    profile();
  });

/** Turns push off on this browser: its endpoint, if it is the viewer's. */
export const unsubscribeThisDeviceAction = authActionClient
  .inputSchema(pushEndpointSchema)
  .action(async ({ parsedInput, ctx }) => {
    await unsubscribePush(db, ctx.viewer, { endpoint: parsedInput.endpoint });
    profile();
  });

export const testPushAction = authActionClient.action(async ({ ctx }) => {
  const outcome = await sendTestPush(db, defaultPusher(), ctx.viewer, {
    appUrl: env().APP_URL,
    locale: await getLocale(),
  });
  profile();
  return outcome;
});
