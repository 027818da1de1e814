"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/modules/accounts/session";
import { organizerProfileSchema, reviewOrganizerSchema } from "@/modules/accounts/schema";
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
} from "./schema";

const idSchema = z.string().min(1).max(40);

export async function updateOrganizerAction(organizerId: unknown, input: unknown) {
  return runAction(
    z.object({ id: idSchema, input: organizerProfileSchema }),
    { id: organizerId, input },
    async ({ id, input }) => {
      const viewer = await requireViewer();
      const result = await updateOrganizer(db, viewer, id, input);
      revalidatePath("/[locale]/organizers/[slug]", "page");
      return result;
    },
  );
}

export async function reviewOrganizerAction(input: unknown) {
  return runAction(reviewOrganizerSchema, input, async (data) => {
    const viewer = await requireViewer();
    await reviewOrganizer(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]", "page");
    return null;
  });
}

export async function inviteCoordinatorAction(input: unknown) {
  return runAction(inviteCoordinatorSchema, input, async (data) => {
    const viewer = await requireViewer();
    await inviteCoordinator(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
    return null;
  });
}

export async function revokeInvitationAction(input: unknown) {
  return runAction(revokeInvitationSchema, input, async (data) => {
    const viewer = await requireViewer();
    await revokeInvitation(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
    return null;
  });
}

export async function respondInvitationAction(input: unknown) {
  return runAction(respondInvitationSchema, input, async (data) => {
    const viewer = await requireViewer();
    const result = await respondToInvitation(db, viewer, data);
    revalidatePath("/[locale]/invitations", "page");
    revalidatePath("/[locale]/organizers/[slug]", "layout");
    return result;
  });
}

export async function removeMemberAction(input: unknown) {
  return runAction(removeMemberSchema, input, async (data) => {
    const viewer = await requireViewer();
    await removeMember(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
    return null;
  });
}

export async function transferOwnershipAction(input: unknown) {
  return runAction(transferOwnershipSchema, input, async (data) => {
    const viewer = await requireViewer();
    await transferOwnership(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]", "layout");
    return null;
  });
}

export async function leaveOrganizerAction(input: unknown) {
  return runAction(leaveOrganizerSchema, input, async (data) => {
    const viewer = await requireViewer();
    await leaveOrganizer(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]", "layout");
    return null;
  });
}
