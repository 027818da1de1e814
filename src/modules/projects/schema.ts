// The project form and its actions share this schema. Messages: "validation.*" (core) and
// "projects.validation.*" (this capability's namespace).
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
import { needsSocialSubtype } from "@/domain/classification";
import { TRAININGS } from "@/domain/trainings";
import { optionalText, phoneField, TOO_LONG } from "@/modules/accounts/schema";

const required = "validation.required";
const date = z
  .string()
  .max(10, { message: "validation.date", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date");
const time = z
  .string()
  .max(5, { message: "projects.validation.time", abort: true })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "projects.validation.time");
// Empty is "required" (not "write a little more"); too short comes after.
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: required, abort: true })
    .min(min, "projects.validation.tooShort")
    .max(max, "validation.tooLong");
const TRAINING_CODES = TRAININGS.map((t) => t.code) as [string, ...string[]];

export const roleSchema = z.object({
  id: z.string().max(40).optional(),
  title: text(2, 120),
  description: z.string().trim().max(2000, "validation.tooLong").default(""),
  capacity: z.coerce
    .number({ message: required })
    .int("projects.validation.wholeNumber")
    .min(1, "projects.validation.capacityMin")
    .max(100000, "projects.validation.capacityMax"),
  minAge: z.coerce
    .number({ message: required })
    .int("projects.validation.wholeNumber")
    .min(14, "projects.validation.minAgeRange")
    .max(100, "projects.validation.minAgeRange"),
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
      ].slice(0, 15),
    ),
  requiredTraining: z
    .union([z.enum(TRAINING_CODES), z.literal("")])
    .optional()
    .transform((v) => (v ? v : undefined)),
  mode: z.enum(ApplicationMode),
});

export const projectSchema = z
  .object({
    title: text(5, 200),
    description: text(30, 10000),
    language: z.enum(Locale),
    compositions: z.array(z.enum(Composition)).min(1, "projects.validation.pickComposition"),
    primaryDirection: z.enum(Direction, { message: required }),
    secondaryDirection: z
      .union([z.enum(Direction), z.literal("")])
      .optional()
      .transform((v) => (v ? v : undefined)),
    socialSubtype: z
      .union([z.enum(SocialSubtype), z.literal("")])
      .optional()
      .transform((v) => (v ? v : undefined)),
    scope: z.enum(Scope, { message: required }),
    duration: z.enum(Duration, { message: required }),
    birgemiz: z.array(z.enum(BirgemizTag)).default([]),
    hazardous: z.boolean().default(false),
    regionCode: z.enum(RegionCode, { message: required }),
    isOnline: z.boolean().default(false),
    settlement: optionalText(120),
    startDate: date,
    startTime: time,
    endDate: date,
    endTime: time,
    contactName: text(2, 120),
    contactPhone: phoneField,
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, TOO_LONG)
      .refine((v) => v === "" || z.email().safeParse(v).success, "validation.email")
      .optional()
      .transform((v) => (v ? v : undefined)),
    sdgs: z
      .array(z.object({ sdg: z.number().int().min(1).max(17), impact: z.enum(SdgImpact) }))
      .max(17)
      .refine((list) => new Set(list.map((l) => l.sdg)).size === list.length, "projects.validation.sdgTwice"),
    roles: z.array(roleSchema).min(1, "projects.validation.oneRole").max(10, "projects.validation.tooManyRoles"),
  })
  .superRefine((v, ctx) => {
    if (v.secondaryDirection && v.secondaryDirection === v.primaryDirection) {
      ctx.addIssue({ code: "custom", path: ["secondaryDirection"], message: "projects.validation.secondarySame" });
    }
    const social = needsSocialSubtype(v.primaryDirection, v.secondaryDirection);
    if (social && !v.socialSubtype) ctx.addIssue({ code: "custom", path: ["socialSubtype"], message: required });
    if (!v.isOnline && !v.settlement)
      ctx.addIssue({ code: "custom", path: ["settlement"], message: "projects.validation.placeOrOnline" });
    if (`${v.endDate}T${v.endTime}` <= `${v.startDate}T${v.startTime}`) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "projects.validation.endBeforeStart" });
    }
  });

export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectData = z.output<typeof projectSchema>;

const id = z.string().min(1).max(40);

/** A new draft of one of the viewer's organizers. */
export const createProjectSchema = projectSchema.safeExtend({ organizerId: id, helpRequestId: id.optional() });
export type CreateProjectInput = z.input<typeof createProjectSchema>;

export const updateProjectSchema = projectSchema.safeExtend({ projectId: id });
export type UpdateProjectInput = z.input<typeof updateProjectSchema>;

export const submitProjectSchema = z.object({ projectId: id });

export const cancelProjectSchema = z.object({
  projectId: id,
  reason: text(5, 1000),
});
