"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { availabilitySchema, declineVolunteerInvitationSchema, inviteVolunteerSchema } from "./schema";
import { updateMyAvailability } from "./availability";
import { declineVolunteerInvitation, inviteVolunteer } from "./invitations";

export const saveAvailabilityAction = authActionClient
  .inputSchema(availabilitySchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateMyAvailability(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/profile", "page");
    return result;
  });

export const inviteVolunteerAction = authActionClient
  .inputSchema(inviteVolunteerSchema)
  .action(async ({ parsedInput, ctx }) => {
    // No revalidation: the row stays on the find page saying the invitation went out (a reload
    // leaves the person out, as invited).
    return inviteVolunteer(db, ctx.viewer, parsedInput);
  });

export const declineVolunteerInvitationAction = authActionClient
  .inputSchema(declineVolunteerInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    await declineVolunteerInvitation(db, ctx.viewer, parsedInput);
  });
