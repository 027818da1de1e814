import { z } from "zod";
import { emailField } from "@/modules/accounts/schema";

export const addCoordinatorSchema = z.object({
  organizerId: z.string().min(1).max(40),
  email: emailField,
});
export type AddCoordinatorInput = z.input<typeof addCoordinatorSchema>;

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
