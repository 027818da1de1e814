"use server";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { authActionClient } from "@/modules/accounts/action-client";
import { reviewOrganizerSchema } from "@/modules/accounts/schema";
import { reviewOrganizer, updateOrganizer } from "./mutations";
import { leaveOrganizer, removeMember, transferOwnership } from "./members";
import { inviteCoordinator, respondToInvitation, revokeInvitation } from "./invitations";
import {
  inviteCoordinatorSchema,
  leaveOrganizerSchema,
  removeMemberSchema,
  respondInvitationSchema,
  revokeInvitationSchema,
  transferOwnershipSchema,
  updateOrganizerSchema,
} from "./schema";

export const updateOrganizerAction = authActionClient
  .inputSchema(updateOrganizerSchema)
  .action(async ({ parsedInput: { organizerId, ...profile }, ctx }) => {
    const result = await updateOrganizer(db, ctx.viewer, organizerId, profile);
    revalidatePath("/[locale]/organizers/[slug]", "page");
    return result;
  });

export const reviewOrganizerAction = authActionClient
  .inputSchema(reviewOrganizerSchema)
  .action(async ({ parsedInput, ctx }) => {
    await reviewOrganizer(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]", "page");
  });

export const inviteCoordinatorAction = authActionClient
  .inputSchema(inviteCoordinatorSchema)
  .action(async ({ parsedInput, ctx }) => {
    await inviteCoordinator(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
  });

export const revokeInvitationAction = authActionClient
  .inputSchema(revokeInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    await revokeInvitation(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
  });

export const respondInvitationAction = authActionClient
  .inputSchema(respondInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await respondToInvitation(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/invitations", "page");
    revalidatePath("/[locale]/organizers/[slug]", "layout");
    return result;
  });

export const removeMemberAction = authActionClient
  .inputSchema(removeMemberSchema)
  .action(async ({ parsedInput, ctx }) => {
    await removeMember(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
  });

export const transferOwnershipAction = authActionClient
  .inputSchema(transferOwnershipSchema)
  .action(async ({ parsedInput, ctx }) => {
    await transferOwnership(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]", "layout");
  });

export const leaveOrganizerAction = authActionClient
  .inputSchema(leaveOrganizerSchema)
  .action(async ({ parsedInput, ctx }) => {
    await leaveOrganizer(db, ctx.viewer, parsedInput);
    revalidatePath("/[locale]/organizers/[slug]", "layout");
  });
