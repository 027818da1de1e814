import { z } from "zod";

const id = z.string().min(1).max(40);

export const CALL_OUT_ANSWERS = ["COMING", "CANT"] as const;

export const answerCallOutSchema = z.object({ callOutId: id, answer: z.enum(CALL_OUT_ANSWERS) });
export type AnswerCallOutInput = z.output<typeof answerCallOutSchema>;

export const CALL_OUT_UPDATE_MAX = 1000;

export const callOutUpdateSchema = z.object({
  callOutId: id,
  body: z.string().trim().min(1, "validation.required").max(CALL_OUT_UPDATE_MAX, "validation.tooLong"),
});

export const closeCallOutSchema = z.object({ callOutId: id });

/** `?answer=coming|cant` of the email and push links: the choice the form shows ready. */
export function answerFromQuery(value: unknown): (typeof CALL_OUT_ANSWERS)[number] | null {
  if (value === "coming") return "COMING";
  if (value === "cant") return "CANT";
  return null;
}
