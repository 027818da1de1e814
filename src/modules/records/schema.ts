import { z } from "zod";
import { LOCALES } from "@/domain/locales";

/** The language of a PDF, from the download form; the user's own language when missing or unknown. */
export const documentLocaleSchema = z.enum(LOCALES);

/** Deleting the account: the person types their email address to confirm. */
export const deleteAccountSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "validation.required").max(254, "validation.tooLong"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

/** A typed verification code: checked for shape by normalizeCode (code.ts). */
export const verifyCodeSchema = z.object({ code: z.string().trim().max(40).default("") });
