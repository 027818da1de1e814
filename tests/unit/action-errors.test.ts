import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { AppError } from "@/server/errors";

describe("what a server action answers", () => {
  const schema = z.object({
    name: z.string().min(1, "validation.required"),
    hours: z.number().max(12, "hours.errors.entryTooLong"),
    email: z.string().email(),
    roles: z.array(z.object({ title: z.string().min(1, "validation.required") })),
  });

  it("keeps our message keys from any namespace, one per field, and hides zod's own prose", async () => {
    const action = actionClient.inputSchema(schema).action(async () => "done");
    const result = await action({ name: "", hours: 13, email: "not an email", roles: [{ title: "" }] });
    expect(result).toEqual({
      validationErrors: {
        name: { _errors: ["validation.required"] },
        hours: { _errors: ["hours.errors.entryTooLong"] },
        email: { _errors: ["validation.invalid"] },
        roles: { 0: { title: { _errors: ["validation.required"] } } },
      },
    });
    expect(await action({ name: "Aruzhan", hours: 2, email: "a@b.kz", roles: [] })).toEqual({ data: "done" });
  });

  it("a refusal carries its message key and the field it is about; a wrong type is invalid, not prose", async () => {
    const refusing = actionClient.inputSchema(schema).action(async () => {
      throw new AppError("EMAIL_TAKEN", "email");
    });
    const valid = { name: "Aruzhan", hours: 2, email: "a@b.kz", roles: [] };
    expect(await refusing(valid)).toEqual({ serverError: { message: "errors.EMAIL_TAKEN", field: "email" } });
    expect(await refusing({ ...valid, hours: "two" } as never)).toEqual({
      validationErrors: { hours: { _errors: ["validation.invalid"] } },
    });
  });

  it("an action without a schema takes nothing", async () => {
    const action = actionClient.action(async () => 1);
    expect(await action()).toEqual({ data: 1 });
    expect(await (action as (input: unknown) => Promise<unknown>)({ id: "x" })).toEqual({
      validationErrors: { _errors: ["validation.invalid"] },
    });
  });
});
