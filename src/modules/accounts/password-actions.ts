"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { actionClient } from "@/server/action-client";
import { clientAddress } from "@/server/client-address";
import { authActionClient } from "./action-client";
import { changePasswordSchema, confirmEmailSchema, forgotPasswordSchema, resetPasswordSchema } from "./schema";
import { changePassword } from "./password-change";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { confirmEmail, resendEmailConfirmation } from "./email-confirmation";

// Password change and reset, and the address confirmation: the actions behind the profile's
// password form, /forgot-password, /reset-password and /confirm-email.

export const changePasswordAction = authActionClient
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    await changePassword(db, ctx.viewer, parsedInput);
  });

export const requestPasswordResetAction = actionClient
  .inputSchema(forgotPasswordSchema)
  .action(async ({ parsedInput }) => {
    await requestPasswordReset(db, parsedInput, clientAddress(await headers()));
  });

export const resetPasswordAction = actionClient.inputSchema(resetPasswordSchema).action(async ({ parsedInput }) => {
  await resetPassword(db, parsedInput);
});

/** Public: the link works in a browser that is not signed in. */
export const confirmEmailAction = actionClient.inputSchema(confirmEmailSchema).action(async ({ parsedInput }) => {
  const result = await confirmEmail(db, parsedInput);
  revalidatePath("/[locale]/profile", "page");
  return result;
});

/** Takes no input. */
export const resendEmailConfirmationAction = authActionClient.action(async ({ ctx }) => {
  await resendEmailConfirmation(db, ctx.viewer, clientAddress(await headers()));
});
