// Requests for help: the public form (posted as FormData, so it works without JavaScript) and the
// triage steps. Messages are keys under "validation." and "help.errors." in the message files.
import { z } from "zod";
import { HelpCategory, RegionCode } from "@/generated/prisma/enums";
import { normalizeKazakhMobile } from "@/domain/help-requests";
import { addDays, isCalendarDate, utcToZoned } from "@/domain/time";
import { emailField, optionalText, TOO_LONG } from "@/modules/accounts/schema";

const required = "validation.required";

/** Today's date on Kazakhstan's calendar ("YYYY-MM-DD"). */
const kzToday = () => utcToZoned(new Date()).date;

/** Hidden from people and never filled by them; a bot filling every field fills it too. */
export const HONEYPOT_FIELD = "fax";

/** FormData → a plain object of its text entries (a form posts each field once). */
function fromFormData(value: unknown): unknown {
  if (!(value instanceof FormData)) return value;
  const out: Record<string, string> = {};
  for (const [k, v] of value.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}

export const helpRequestFields = z
  .object({
    category: z.enum(HelpCategory, { message: required }),
    regionCode: z.enum(RegionCode, { message: required }),
    settlement: z.string().trim().min(1, required).max(120, TOO_LONG),
    address: optionalText(300),
    neededOn: z
      .string()
      .trim()
      .max(10, { message: "validation.date", abort: true })
      .refine((v) => v === "" || isCalendarDate(v), { message: "validation.date", abort: true })
      .refine((v) => v === "" || v >= kzToday(), "help.errors.dateInPast")
      .refine((v) => v === "" || v <= addDays(kzToday(), 366), "help.errors.dateTooFar")
      .optional()
      .transform((v) => (v ? v : undefined)),
    peopleNeeded: z
      .string()
      .trim()
      .min(1, required)
      .max(4, { message: "help.errors.people", abort: true })
      .regex(/^\d+$/, { message: "help.errors.people", abort: true })
      .transform(Number)
      .refine((n) => n >= 1 && n <= 500, "help.errors.people"),
    description: z.string().trim().min(1, required).min(10, "help.errors.describe").max(2000, TOO_LONG),
    requesterName: optionalText(120),
    contactPhone: z
      .string()
      .trim()
      .max(24, TOO_LONG)
      .refine((v) => v === "" || normalizeKazakhMobile(v) !== null, "help.errors.phone")
      .optional()
      .transform((v) => (v ? normalizeKazakhMobile(v)! : undefined)),
    contactEmail: z
      .string()
      .trim()
      .max(254, TOO_LONG)
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(emailField.optional()),
    consentToShare: z.literal("on", { message: "help.errors.consent" }),
    [HONEYPOT_FIELD]: z.string().max(0, "help.errors.rejected").optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.contactPhone && !v.contactEmail)
      ctx.addIssue({ code: "custom", path: ["contactPhone"], message: "help.errors.contact" });
  });

export const helpRequestSchema = z.preprocess(fromFormData, helpRequestFields);
export type HelpRequestInput = z.output<typeof helpRequestFields>;

/** The form's fields, for keeping what was typed when the server says no. */
export const HELP_FORM_FIELDS = [
  "category",
  "regionCode",
  "settlement",
  "address",
  "neededOn",
  "peopleNeeded",
  "description",
  "requesterName",
  "contactPhone",
  "contactEmail",
  "consentToShare",
] as const;

const requestId = z.string().min(1).max(40);
const reason = z.string().trim().min(1, required).max(500, TOO_LONG);

// Triage steps: the region's staff, then the organizer the request was offered to.
export const assignHelpRequestSchema = z.object({ requestId, organizerId: z.string().min(1).max(40) });
export const declineHelpRequestSchema = z.object({ requestId, reason });
export const duplicateHelpRequestSchema = z.object({
  requestId,
  duplicateOf: z.string().trim().min(1, required).max(40, TOO_LONG),
});
export const helpRequestIdSchema = z.object({ requestId });
export const organizerAnswerSchema = z.discriminatedUnion("answer", [
  z.object({ requestId, answer: z.literal("ACCEPT") }),
  z.object({ requestId, answer: z.literal("DECLINE"), reason }),
]);
