import { z } from "zod";
import { pageNumber } from "@/domain/search-params";

const id = z.string().min(1).max(40);

export const APPLICATION_STATUSES = [
  "SUBMITTED",
  "ACCEPTED",
  "WAITLISTED",
  "REJECTED",
  "WITHDRAWN",
  "CANCELLED",
] as const;
export type ApplicationStatusCode = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ["ACCEPT", "REJECT", "WAITLIST"] as const;
export type Decision = (typeof DECISIONS)[number];

export const MOTIVATION_MAX = 1000;

/**
 * Picked slots as a form sends them: every checked box (FormData.getAll), one box's value, or
 * react-hook-form's `false` for a lone unchecked box.
 */
export const slotIdsField = z.preprocess(
  (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
  z.array(id).max(60, "shifts.errors.TOO_MANY_PICKS"),
);

export const applySchema = z.object({
  roleId: id,
  motivation: z.string().trim().max(MOTIVATION_MAX, "validation.tooLong").default(""),
  /** The role's slots the volunteer picks (decision 0032); required when the role has slots. */
  slotIds: slotIdsField.default([]),
});
export type ApplyInput = z.input<typeof applySchema>;

export const withdrawSchema = z.object({ applicationId: id });

// Bulk decisions: a page shows at most one page of applications, so 200 ids is plenty.
export const decideSchema = z.object({
  applicationIds: z.array(id).min(1, "applications.validation.chooseSome").max(200),
  decision: z.enum(DECISIONS),
  note: z.string().trim().max(500, "validation.tooLong").optional(),
});
export type DecideInput = z.input<typeof decideSchema>;

/** The organizer dashboard's filters, read from the URL. Unknown values fall back to none. */
export const organizerFilterSchema = z.object({
  project: id.optional().catch(undefined),
  role: id.optional().catch(undefined),
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  page: z
    .unknown()
    .optional()
    .transform((v) => pageNumber(v)),
});
export type OrganizerFilter = z.output<typeof organizerFilterSchema>;
