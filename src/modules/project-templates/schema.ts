// "Duplicate this project" and templates (issue 12, decision 0036). A template's data is a
// project with its dates made relative: the start and end times, how many days it lasts, and each
// role's weekly slot pattern as a number of days after the start. Messages: "validation.*" (core)
// and "projectTemplates.validation.*".
import { z } from "zod";
import {
  ApplicationMode,
  BirgemizTag,
  Composition,
  Direction,
  Duration,
  Locale,
  RegionCode,
  Scope,
  SdgImpact,
  SocialSubtype,
} from "@/generated/prisma/enums";
import { isCalendarDate } from "@/domain/time";
import { MAX_PATTERN_WEEKS } from "@/domain/slot-pattern";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A role's weekly pattern, its first day counted from the project's start date. */
export const relativePatternSchema = z.object({
  offsetDays: z.number().int().min(0).max(3660),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  start: hhmm,
  end: hhmm,
  weeks: z.number().int().min(1).max(MAX_PATTERN_WEEKS),
  capacity: z.number().int().min(1).max(10_000),
});
export type RelativePattern = z.infer<typeof relativePatternSchema>;

/** What ProjectTemplate.data holds (version 1). Parsed again on every use: it is stored JSON. */
export const templateDataSchema = z.object({
  version: z.literal(1),
  project: z.object({
    title: z.string().min(1).max(200),
    description: z.string().min(1).max(10000),
    language: z.enum(Locale),
    compositions: z.array(z.enum(Composition)).min(1),
    primaryDirection: z.enum(Direction),
    secondaryDirection: z.enum(Direction).nullable(),
    socialSubtype: z.enum(SocialSubtype).nullable(),
    scope: z.enum(Scope),
    duration: z.enum(Duration),
    birgemiz: z.array(z.enum(BirgemizTag)),
    hazardous: z.boolean(),
    regionCode: z.enum(RegionCode),
    settlement: z.string().max(120).nullable(),
    isOnline: z.boolean(),
    contactName: z.string().max(120),
    contactPhone: z.string().max(40).nullable(),
    contactEmail: z.string().max(254).nullable(),
    startTime: hhmm,
    endTime: hhmm,
    /** Calendar days from the start date to the end date (0: the same day). */
    lengthDays: z.number().int().min(0).max(3660),
  }),
  sdgs: z.array(z.object({ sdg: z.number().int().min(1).max(17), impact: z.enum(SdgImpact) })).max(17),
  roles: z
    .array(
      z.object({
        title: z.string().min(1).max(120),
        description: z.string().max(2000),
        capacity: z.number().int().min(1).max(100000),
        minAge: z.number().int().min(14).max(100),
        skills: z.array(z.string().max(100)).max(15),
        requiredTraining: z.string().max(40).nullable(),
        mode: z.enum(ApplicationMode),
        slotPattern: relativePatternSchema.nullable(),
      }),
    )
    .min(1)
    .max(10),
});
export type TemplateData = z.infer<typeof templateDataSchema>;

const id = z.string().min(1).max(40);
const startDate = z
  .string()
  .max(10, { message: "validation.date", abort: true })
  .refine(isCalendarDate, "validation.date");

/** A copy of a managed project as a new draft starting on another date. */
export const duplicateProjectSchema = z.object({ projectId: id, startDate });
export type DuplicateProjectInput = z.input<typeof duplicateProjectSchema>;

export const saveTemplateSchema = z.object({
  projectId: id,
  name: z
    .string()
    .trim()
    .min(1, { message: "validation.required", abort: true })
    .min(2, "projectTemplates.validation.nameTooShort")
    .max(120, "validation.tooLong"),
});
export type SaveTemplateInput = z.input<typeof saveTemplateSchema>;

export const deleteTemplateSchema = z.object({ templateId: id });

export const createFromTemplateSchema = z.object({ templateId: id, startDate });
export type CreateFromTemplateInput = z.input<typeof createFromTemplateSchema>;
