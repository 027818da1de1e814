"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { actionClient } from "@/server/action-client";
import { authActionClient } from "./action-client";
import {
  certificateSchema,
  organizerSignUpSchema,
  removeCertificateSchema,
  volunteerProfileSchema,
  volunteerSignUpSchema,
} from "./schema";
import { addCertificate, removeCertificate } from "./certificates";
import { registerOrganizer, registerVolunteer, updateVolunteerProfile } from "./mutations";
import { signOutEverywhere } from "./sessions";

export const signUpVolunteerAction = actionClient.inputSchema(volunteerSignUpSchema).action(async ({ parsedInput }) => {
  await registerVolunteer(db, parsedInput);
});

export const signUpOrganizerAction = actionClient.inputSchema(organizerSignUpSchema).action(async ({ parsedInput }) => {
  const { slug } = await registerOrganizer(db, parsedInput);
  return { slug };
});

export const updateVolunteerProfileAction = authActionClient
  .inputSchema(volunteerProfileSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateVolunteerProfile(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/profile", "page");
  });

export const addCertificateAction = authActionClient
  .inputSchema(certificateSchema)
  .action(async ({ parsedInput, ctx }) => {
    await addCertificate(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/profile", "page");
  });

export const removeCertificateAction = authActionClient
  .inputSchema(removeCertificateSchema)
  .action(async ({ parsedInput: { certificateId }, ctx }) => {
    await removeCertificate(db, ctx.viewer, certificateId);
    revalidatePath("/[locale]/profile", "page");
  });

/** Ends every session of the viewer on every device; the browser then signs itself out. Takes no input. */
export const signOutEverywhereAction = authActionClient.action(async ({ ctx }) => {
  await signOutEverywhere(db, ctx.viewer);
});
