import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/server/action";

describe("field errors a server action returns", () => {
  it("keeps our message keys from any namespace and hides zod's own prose", () => {
    const schema = z.object({
      name: z.string().min(1, "validation.required"),
      hours: z.number().max(12, "hours.errors.entryTooLong"),
      email: z.string().email(),
    });
    const result = schema.safeParse({ name: "", hours: 13, email: "not an email" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      name: "validation.required",
      hours: "hours.errors.entryTooLong",
      email: "validation.invalid",
    });
  });
});
