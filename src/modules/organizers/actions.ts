"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { db } from "@/server/db";
import { runAction } from "@/server/action";
import { requireViewer } from "@/server/session";
import { organizerProfileSchema, reviewOrganizerSchema } from "@/modules/accounts/schema";
import { reviewOrganizer, updateOrganizer } from "./mutations";
import { addCoordinator, leaveOrganizer, removeMember, transferOwnership } from "./members";
import { addCoordinatorSchema, leaveOrganizerSchema, removeMemberSchema, transferOwnershipSchema } from "./schema";

const idSchema = z.string().min(1).max(40);

export async function updateOrganizerAction(organizerId: unknown, input: unknown) {
  return runAction(z.object({ id: idSchema, input: organizerProfileSchema }), { id: organizerId, input }, async ({ id, input }) => {
    const viewer = await requireViewer();
    const result = await updateOrganizer(db, viewer, id, input);
    revalidatePath("/[locale]/organizers/[slug]", "page");
    return result;
  });
}

export async function reviewOrganizerAction(input: unknown) {
  return runAction(reviewOrganizerSchema, input, async (data) => {
    const viewer = await requireViewer();
    await reviewOrganizer(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]", "page");
    return null;
  });
}

export async function addCoordinatorAction(input: unknown) {
  return runAction(addCoordinatorSchema, input, async (data) => {
    const viewer = await requireViewer();
    await addCoordinator(db, viewer, data);
    revalidatePath("/[locale]/organizers/[slug]/members", "page");
    return null;
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
