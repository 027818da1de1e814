// The call-out form and its action share this schema. Messages: "validation.*" (core) and
// "callOuts.validation.*" (this capability's namespace). Times are Kazakhstan wall-clock times.
import { z } from "zod";
import { Direction, RegionCode } from "@/generated/prisma/enums";
import { TRAININGS } from "@/domain/trainings";
import { TOO_LONG } from "@/modules/accounts/schema";
import { CALL_OUT_LIMITS } from "./policy";

const required = "validation.required";
const id = z.string().min(1).max(40);
const date = z
  .string()
  .max(10, { message: "validation.date", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date");
const time = z
  .string()
  .max(5, { message: "callOuts.validation.time", abort: true })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "callOuts.validation.time");
const text = (min: number, max: number) =>
  z
    .string()
    .max(max * 2, TOO_LONG)
    .trim()
    .min(1, { message: required, abort: true })
    .min(min, "callOuts.validation.tooShort")
    .max(max, "validation.tooLong");
/** "a, b\nc" → ["a", "b", "c"]: distinct, trimmed, at most `count`, each at most `max` long. */
const list = (count: number, max: number, tooLong: string) =>
  z
    .string()
    .max(count * (max + 2), TOO_LONG)
    .default("")
    .transform((s) => [
      ...new Set(
        s
          .split(/[,;\n]/)
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((l) => l.length <= count, tooLong)
    .refine((l) => l.every((x) => x.length <= max), tooLong);
const TRAINING_CODES = TRAININGS.map((t) => t.code) as [string, ...string[]];
const whole = (min: number, max: number, range: string) =>
  z.coerce.number({ message: required }).int("callOuts.validation.wholeNumber").min(min, range).max(max, range);

export const callOutSchema = z
  .object({
    title: text(5, 200),
    description: text(20, 5000),
    direction: z.enum(Direction, { message: required }),
    regions: z
      .array(z.enum(RegionCode, { message: "validation.invalid" }))
      .min(1, "callOuts.validation.pickRegion")
      .max(20, "validation.invalid"),
    settlements: list(20, 120, "callOuts.validation.settlements"),
    startDate: date,
    startTime: time,
    endDate: date,
    endTime: time,
    answerByDate: date,
    answerByTime: time,
    peopleNeeded: whole(1, CALL_OUT_LIMITS.maxPeople, "callOuts.validation.peopleRange"),
    minAge: whole(14, 99, "callOuts.validation.minAgeRange"),
    skills: list(15, 60, "callOuts.validation.skills"),
    requiredTraining: z
      .union([z.enum(TRAINING_CODES), z.literal("")])
      .optional()
      .transform((v) => (v ? v : undefined)),
    organizerId: z.string().min(1, "callOuts.validation.pickOrganizer").max(40, "validation.invalid"),
    helpRequestId: id.optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine((v, ctx) => {
    const start = `${v.startDate}T${v.startTime}`;
    if (`${v.endDate}T${v.endTime}` <= start)
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "callOuts.validation.endBeforeStart" });
    if (`${v.answerByDate}T${v.answerByTime}` > start)
      ctx.addIssue({ code: "custom", path: ["answerByDate"], message: "callOuts.validation.answerAfterStart" });
  });

export type CallOutInput = z.input<typeof callOutSchema>;
export type CallOutData = z.output<typeof callOutSchema>;
