import { z } from "zod";
import { emailField, organizerProfileSchema } from "@/modules/accounts/schema";

/** Inviting someone to the team by email: they become a coordinator once they accept. */
export const inviteCoordinatorSchema = z.object({
  organizerId: z.string().min(1).max(40),
  email: emailField,
});
export type InviteCoordinatorInput = z.input<typeof inviteCoordinatorSchema>;

export const revokeInvitationSchema = z.object({
  organizerId: z.string().min(1).max(40),
  invitationId: z.string().min(1).max(40),
});

export const respondInvitationSchema = z.object({
  invitationId: z.string().min(1).max(40),
  accept: z.boolean(),
});

export const removeMemberSchema = z.object({
  organizerId: z.string().min(1).max(40),
  userId: z.string().min(1).max(40),
});

/** Handing the organizer over: the new owner is one of its current coordinators. */
export const transferOwnershipSchema = z.object({
  organizerId: z.string().min(1).max(40),
  userId: z.string().min(1, "members.errors.chooseCoordinator").max(40),
});
export type TransferOwnershipInput = z.input<typeof transferOwnershipSchema>;

export const leaveOrganizerSchema = z.object({
  organizerId: z.string().min(1).max(40),
});

/** The organizer's own profile, edited by its owner. */
export const updateOrganizerSchema = organizerProfileSchema.safeExtend({ organizerId: z.string().min(1).max(40) });
export type UpdateOrganizerInput = z.input<typeof updateOrganizerSchema>;
