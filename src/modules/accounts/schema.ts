// Shared by the sign-up and profile forms (react-hook-form + zodResolver) and the actions.
// Messages are keys under "validation." in src/messages/*.json.
import { z } from "zod";
import {
  RegionCode,
  Gender,
  Direction,
  Composition,
  Employment,
  Availability,
  OrganizerForm,
  Locale,
} from "@/generated/prisma/enums";
import { ageOn, MIN_VOLUNTEER_AGE, ADULT_AGE } from "@/domain/age";
import { isValidBin } from "@/domain/bin";
import { dateValue, isCalendarDate } from "@/domain/time";
import { LEGAL_FORMS } from "@/domain/classification";

const required = "validation.required";

/**
 * A length limit that stops the field's other checks: zod runs every check of a string even after
 * one failed, so without `abort` a 1 MB value would still reach the format checks (regexes, email,
 * URL parsing) that follow. Put it before them in every field that has them.
 */
export const TOO_LONG = { message: "validation.tooLong", abort: true } as const;

/** An http(s) address with a dotted host name: parsed by the URL parser, not by a regex. */
export function isWebsite(value: string): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.hostname.endsWith(".")
  );
}

export const emailField = z.string().trim().toLowerCase().min(1, required).max(254, TOO_LONG).email("validation.email");

// The common-password check runs on the server only (its list is large); see actions.ts.
export const passwordField = z.string().min(8, "validation.passwordTooShort").max(128, "validation.tooLong");

// An empty name is "required"; one letter is "too short".
const REQUIRED_FIRST = { message: required, abort: true } as const;
export const nameField = z
  .string()
  .trim()
  .min(1, REQUIRED_FIRST)
  .min(2, "validation.nameTooShort")
  .max(120, "validation.tooLong");

/** An optional trimmed text: empty becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : undefined));

export const phoneField = z
  .string()
  .trim()
  .max(32, TOO_LONG)
  .refine((v) => v === "" || /^\+?[0-9 ()-]{7,20}$/.test(v), "validation.phone")
  .optional()
  .transform((v) => (v ? v : undefined));

/** A date typed as YYYY-MM-DD in a date input. */
export const birthDateField = z
  .string()
  .min(1, required)
  .max(10, { message: "validation.date", abort: true })
  .refine(isCalendarDate, { message: "validation.date", abort: true })
  .refine((v) => dateValue(v).getTime() < Date.now(), "validation.dateInFuture")
  .refine((v) => v > "1900-01-01", "validation.date")
  .refine((v) => ageOn(dateValue(v), new Date()) >= MIN_VOLUNTEER_AGE, "validation.tooYoung");

export function isMinorBirthDate(value: string | undefined, on = new Date()): boolean {
  if (!value || !isCalendarDate(value)) return false;
  const age = ageOn(dateValue(value), on);
  return age >= MIN_VOLUNTEER_AGE && age < ADULT_AGE;
}

/** A parent's or legal representative's consent: all three or none. */
const guardianFields = {
  guardianName: optionalText(120),
  guardianContact: optionalText(120),
  guardianConsent: z.boolean().optional(),
};

function refineGuardian<T extends { guardianName?: string; guardianContact?: string; guardianConsent?: boolean }>(
  v: T,
  ctx: z.RefinementCtx,
) {
  const any = Boolean(v.guardianName || v.guardianContact || v.guardianConsent);
  if (!any) return;
  if (!v.guardianName) ctx.addIssue({ code: "custom", path: ["guardianName"], message: required });
  if (!v.guardianContact) ctx.addIssue({ code: "custom", path: ["guardianContact"], message: required });
  if (!v.guardianConsent)
    ctx.addIssue({ code: "custom", path: ["guardianConsent"], message: "validation.consentRequired" });
}

export const volunteerSignUpSchema = z
  .object({
    name: nameField,
    email: emailField,
    password: passwordField,
    birthDate: birthDateField,
    regionCode: z.enum(RegionCode, { message: required }),
    locale: z.enum(Locale).default("kk"),
    ...guardianFields,
  })
  .superRefine(refineGuardian);
export type VolunteerSignUpInput = z.input<typeof volunteerSignUpSchema>;

const directionsField = z.array(z.enum(Direction)).max(14);

export const organizerFields = {
  orgName: z.string().trim().min(1, REQUIRED_FIRST).min(2, "validation.nameTooShort").max(200, "validation.tooLong"),
  form: z.enum(OrganizerForm, { message: required }),
  legalForm: z.string().max(40, { abort: true }).optional(),
  bin: z.string().trim().max(40, { message: "validation.binFormat", abort: true }).optional(),
  regionCode: z.enum(RegionCode, { message: required }),
  settlement: optionalText(120),
  directions: directionsField.min(1, "validation.pickDirection"),
  orgEmail: emailField,
  phone: phoneField,
  website: z
    .string()
    .trim()
    .max(200, TOO_LONG)
    .refine((v) => v === "" || isWebsite(v), "validation.url")
    .optional()
    .transform((v) => (v ? v : undefined)),
  description: z.string().trim().max(4000, "validation.tooLong").default(""),
};

/** BIN and legal form: required and checked for registered organizations, absent for others. */
function refineOrganizer(v: { form?: string; legalForm?: string; bin?: string }, ctx: z.RefinementCtx) {
  if (v.form !== "REGISTERED") return;
  const legal = LEGAL_FORMS.find((f) => f.code === v.legalForm);
  if (!legal) ctx.addIssue({ code: "custom", path: ["legalForm"], message: required });
  else if (!legal.allowed)
    ctx.addIssue({ code: "custom", path: ["legalForm"], message: "validation.legalFormForbidden" });
  if (!v.bin) ctx.addIssue({ code: "custom", path: ["bin"], message: required });
  else if (!/^\d{12}$/.test(v.bin)) ctx.addIssue({ code: "custom", path: ["bin"], message: "validation.binFormat" });
  else if (!isValidBin(v.bin)) ctx.addIssue({ code: "custom", path: ["bin"], message: "validation.binChecksum" });
}

export const organizerSignUpSchema = z
  .object({
    ...organizerFields,
    name: nameField,
    email: emailField,
    password: passwordField,
    locale: z.enum(Locale).default("kk"),
  })
  .superRefine(refineOrganizer);
export type OrganizerSignUpInput = z.input<typeof organizerSignUpSchema>;

export const organizerProfileSchema = z.object({ ...organizerFields }).superRefine(refineOrganizer);
export type OrganizerProfileInput = z.input<typeof organizerProfileSchema>;

export const volunteerProfileSchema = z
  .object({
    name: nameField,
    birthDate: birthDateField,
    gender: z.enum(Gender).optional(),
    regionCode: z.enum(RegionCode, { message: required }),
    settlement: optionalText(120),
    phone: phoneField,
    languages: z.array(z.string().max(20)).max(10).default([]),
    skills: z
      .string()
      .max(500, "validation.tooLong")
      .default("")
      .transform((s) =>
        [
          ...new Set(
            s
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean),
          ),
        ].slice(0, 20),
      ),
    interests: directionsField.default([]),
    compositions: z.array(z.enum(Composition)).max(8).default([]),
    employment: z.enum(Employment).optional(),
    availability: z.array(z.enum(Availability)).max(5).default([]),
    about: optionalText(2000),
    locale: z.enum(Locale),
    ...guardianFields,
  })
  .superRefine(refineGuardian);
export type VolunteerProfileInput = z.input<typeof volunteerProfileSchema>;

export const appointStaffSchema = z.object({
  email: emailField,
  regionCode: z.enum(RegionCode, { message: required }),
});
export type AppointStaffInput = z.input<typeof appointStaffSchema>;

export const reviewOrganizerSchema = z
  .object({
    organizerId: z.string().min(1).max(40),
    decision: z.enum(["VERIFY", "REJECT"]),
    reason: z
      .string()
      .trim()
      .max(1000, "validation.tooLong")
      .transform((v) => (v ? v : undefined))
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: required });
  });

/** A calendar date typed as YYYY-MM-DD ("2026-02-30" is not one). */
const calendarDateField = z
  .string()
  .max(10, { message: "validation.date", abort: true })
  .refine(isCalendarDate, "validation.date");

/** A training or certificate the volunteer holds. */
export const certificateSchema = z
  .object({
    training: z.string().min(1, "validation.required").max(40),
    issuedBy: z
      .string()
      .trim()
      .max(200, "validation.tooLong")
      .optional()
      .transform((v) => (v ? v : undefined)),
    issuedOn: calendarDateField.refine((v) => dateValue(v).getTime() <= Date.now(), "validation.dateInFuture"),
    expiresOn: z
      .union([calendarDateField, z.literal("")])
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.expiresOn && v.expiresOn <= v.issuedOn)
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "validation.expiresBeforeIssued" });
  });
export type CertificateInput = z.input<typeof certificateSchema>;

export const removeCertificateSchema = z.object({ certificateId: z.string().min(1).max(40) });

const confirmPassword = z.string().max(128, "validation.tooLong");
const samePassword = (password: string, confirm: string) => password === confirm;

/** Changing the password in the profile: the current one proves it is the account's owner. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, required).max(200, "validation.tooLong"),
    newPassword: passwordField,
    confirmPassword,
  })
  .refine((v) => samePassword(v.newPassword, v.confirmPassword), {
    path: ["confirmPassword"],
    message: "account.errors.PASSWORD_MISMATCH",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** An emailed link's secret (43 base64url characters when we made it). */
const linkToken = z.string().min(1).max(200);

export const resetPasswordSchema = z
  .object({ token: linkToken, password: passwordField, confirmPassword })
  .refine((v) => samePassword(v.password, v.confirmPassword), {
    path: ["confirmPassword"],
    message: "account.errors.PASSWORD_MISMATCH",
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const confirmEmailSchema = z.object({ token: linkToken });
