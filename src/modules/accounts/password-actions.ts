"use server";
import { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { clientAddress } from "@/server/client-address";
import { changePasswordSchema, confirmEmailSchema, forgotPasswordSchema, resetPasswordSchema } from "./schema";
import { changePassword } from "./password-change";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { confirmEmail, resendEmailConfirmation } from "./email-confirmation";

// Password change and reset, and the address confirmation: the actions behind the profile's
// password form, /forgot-password, /reset-password and /confirm-email.

export async function changePasswordAction(input: unknown) {
  return runAction(changePasswordSchema, input, async (data) => {
    const viewer = await requireViewer();
    await changePassword(db, viewer, data);
    return null;
  });
}

export async function requestPasswordResetAction(input: unknown) {
  return runAction(forgotPasswordSchema, input, async (data) => {
    await requestPasswordReset(db, data, clientAddress(await headers()));
    return null;
  });
}

export async function resetPasswordAction(input: unknown) {
  return runAction(resetPasswordSchema, input, async (data) => {
    await resetPassword(db, data);
    return null;
  });
}

export async function confirmEmailAction(input: unknown) {
  return runAction(confirmEmailSchema, input, async (data) => {
    const result = await confirmEmail(db, data);
    revalidatePath("/[locale]/profile", "page");
    return result;
  });
}

export async function resendEmailConfirmationAction() {
  return runAction(z.object({}), {}, async () => {
    const viewer = await requireViewer();
    await resendEmailConfirmation(db, viewer, clientAddress(await headers()));
    return null;
  });
}
