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
