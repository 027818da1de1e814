// The hours forms and their actions share these schemas. Messages: "validation.*" (core) and
// "hours.*" (this capability's namespace). The bounds that depend on the project and the
// volunteer's day are checked again on the server by policy.hoursRefusal.
import { z } from "zod";
import { pageNumber } from "@/domain/search-params";
import { isCalendarDate } from "@/domain/time";
import { entryHoursRefusal } from "./policy";

const id = z.string().min(1).max(40);

/** A Kazakhstan calendar date, "YYYY-MM-DD". */
export const workedOnField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(10, { message: "validation.date", abort: true })
  .refine(isCalendarDate, "validation.date");

/** Hours as typed ("7,5" is accepted too): more than zero, at most 12, in quarter hours. */
export const hoursField = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? Number.NaN : Number(v.trim().replace(",", "."))) : v),
  z.number({ message: "hours.errors.HOURS_NOT_POSITIVE" }).superRefine((h, ctx) => {
    const reason = entryHoursRefusal(h);
    if (reason) ctx.addIssue({ code: "custom", message: `hours.errors.${reason}` });
  }),
);

export const NOTE_MAX = 500;
export const COMMENT_MIN = 3;

const optionalNote = z.string().trim().max(NOTE_MAX, "validation.tooLong").default("");
const requiredText = z.string().trim().min(COMMENT_MIN, "hours.validation.explain").max(NOTE_MAX, "validation.tooLong");

/** A page shows at most 50 volunteers; 200 leaves room and still bounds the work. */
const applicationIds = z.array(id).min(1, "hours.validation.chooseSome").max(200);

export const attendanceSchema = z.object({
  projectId: id,
  applicationIds,
  attendance: z.enum(["ATTENDED", "NO_SHOW"]),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;

/** The organizer confirms one date and amount for every selected volunteer of a role. */
export const bulkHoursSchema = z.object({
  projectId: id,
  applicationIds,
  workedOn: workedOnField,
  hours: hoursField,
  note: optionalNote,
});
export type BulkHoursInput = z.input<typeof bulkHoursSchema>;

/** The organizer confirms hours for one volunteer. */
export const personHoursSchema = z.object({
  applicationId: id,
  workedOn: workedOnField,
  hours: hoursField,
  note: optionalNote,
});
export type PersonHoursInput = z.input<typeof personHoursSchema>;

/** The volunteer reports their own hours on an application of theirs. */
export const reportSchema = personHoursSchema;
export type ReportInput = z.input<typeof reportSchema>;

export const confirmEntrySchema = z.object({ entryId: id });

export const disputeSchema = z.object({ entryId: id, comment: requiredText });
export type DisputeInput = z.input<typeof disputeSchema>;

/** A correction is a new entry with a reason; the confirmed one it replaces is never edited. */
export const correctionSchema = z.object({
  entryId: id,
  workedOn: workedOnField,
  hours: hoursField,
  reason: requiredText,
});
export type CorrectionInput = z.input<typeof correctionSchema>;

/** The organizer page's role and page, read from the URL. */
export const hoursPageSchema = z.object({
  role: id.optional().catch(undefined),
  page: z
    .unknown()
    .optional()
    .transform((v) => pageNumber(v)),
});
