import { z } from "zod";
import { RejectionGround } from "@/generated/prisma/enums";

export const projectDecisionSchema = z
  .object({
    projectId: z.string().min(1).max(40),
    decision: z.enum(["APPROVE", "REQUEST_CHANGES", "REJECT"]),
    ground: z
      .union([z.enum(RejectionGround), z.literal("")])
      .optional()
      .transform((v) => (v ? v : undefined)),
    comment: z
      .string()
      .trim()
      .max(2000, "validation.tooLong")
      .transform((v) => (v ? v : undefined))
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && !v.ground)
      ctx.addIssue({ code: "custom", path: ["ground"], message: "validation.required" });
    if (v.decision !== "APPROVE" && !v.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "validation.required" });
  });
export type ProjectDecisionInput = z.input<typeof projectDecisionSchema>;
