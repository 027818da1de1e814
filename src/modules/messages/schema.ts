import { z } from "zod";

/** The longest message: long enough for directions to a place, short enough to stay a message. */
export const MESSAGE_MAX = 2000;
export const REPORT_REASON_MAX = 500;
export const SAVED_REPLY_TITLE_MAX = 80;
/** Saved replies an organizer keeps: a handful of answers, not a library. */
export const SAVED_REPLIES_MAX = 50;

const id = z.string().min(1).max(40);
const body = z.string().trim().min(1, "validation.required").max(MESSAGE_MAX, "validation.tooLong");

/** A message into the conversation of one application (created on the first message). */
export const sendMessageSchema = z.object({ applicationId: id, body });
export type SendMessageInput = z.output<typeof sendMessageSchema>;

/** One message into the conversation of everyone accepted for a role, or confirmed for a slot. */
export const sendToManySchema = z.object({
  organizerId: id,
  target: z
    .string()
    .max(50)
    .regex(/^(role|slot):[a-z0-9]{1,40}$/, "validation.required"),
  body,
});
export type SendToManyInput = z.output<typeof sendToManySchema>;

export const reportMessageSchema = z.object({
  messageId: id,
  reason: z.string().trim().min(1, "validation.required").max(REPORT_REASON_MAX, "validation.tooLong"),
});

/** Staff: hide the reported message (and block its sender), or dismiss the report. */
export const resolveReportSchema = z.object({
  messageId: id,
  decision: z.enum(["HIDE", "HIDE_AND_BLOCK", "DISMISS"]),
});
export type ResolveReportInput = z.output<typeof resolveReportSchema>;

export const unblockSchema = z.object({ userId: id });

export const savedReplySchema = z.object({
  organizerId: id,
  title: z.string().trim().min(1, "validation.required").max(SAVED_REPLY_TITLE_MAX, "validation.tooLong"),
  body,
});

export const deleteSavedReplySchema = z.object({ id });
