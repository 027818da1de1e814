// Shared by the forms (react-hook-form + zodResolver) and the actions. Messages are keys.
import { z } from "zod";
import { RegionCode, TravelRange, WeekSlot } from "@/generated/prisma/enums";
import { pageNumber } from "@/domain/search-params";

const id = z.string().min(1).max(40);

/**
 * The volunteer's availability on the profile. Each list is of known codes and no longer than the
 * list of codes itself (a hostile 500-region list is refused, not trimmed); repeats are dropped.
 */
export const availabilitySchema = z.object({
  weeklyAvailability: z
    .array(z.enum(WeekSlot, { message: "validation.invalid" }))
    .max(Object.keys(WeekSlot).length, "validation.invalid")
    .default([])
    .transform((v) => [...new Set(v)]),
  travelRange: z.enum(TravelRange, { message: "validation.required" }),
  callOutRegions: z
    .array(z.enum(RegionCode, { message: "validation.invalid" }))
    .max(Object.keys(RegionCode).length, "validation.invalid")
    .default([])
    .transform((v) => [...new Set(v)]),
  findable: z.boolean().default(false),
});
export type AvailabilityInput = z.input<typeof availabilitySchema>;

/** The find page's filters, from the URL: unknown values fall back to none. */
export const findFilterSchema = z.object({
  /** "1": only volunteers free at some part of the project's days. */
  available: z
    .unknown()
    .optional()
    .transform((v) => v === "1" || (Array.isArray(v) && v[0] === "1")),
  /** "1": only volunteers of the project's settlement. */
  near: z
    .unknown()
    .optional()
    .transform((v) => v === "1" || (Array.isArray(v) && v[0] === "1")),
  page: z
    .unknown()
    .optional()
    .transform((v) => pageNumber(v)),
});
export type FindFilter = z.output<typeof findFilterSchema>;

export const INVITATION_MESSAGE_MAX = 500;

export const inviteVolunteerSchema = z.object({
  roleId: id,
  volunteerId: id,
  message: z
    .string()
    .trim()
    .max(INVITATION_MESSAGE_MAX, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type InviteVolunteerInput = z.input<typeof inviteVolunteerSchema>;

export const declineVolunteerInvitationSchema = z.object({ invitationId: id });
