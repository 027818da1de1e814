import { describe, expect, it } from "vitest";
import { cancelProjectSchema, projectSchema } from "@/modules/projects/schema";
import { nameField } from "@/modules/accounts/schema";

/** The message key the form shows for one field: the first issue on that path. */
function messageFor(schema: typeof projectSchema | typeof cancelProjectSchema, input: object, field: string) {
  const result = schema.safeParse(input);
  return result.error?.issues.find((i) => i.path[0] === field)?.message;
}

describe("what a project form says about a text that is missing or too short", () => {
  it("an empty or blank title is required, not 'write a little more'", () => {
    expect(messageFor(projectSchema, { title: "" }, "title")).toBe("validation.required");
    expect(messageFor(projectSchema, { title: "   " }, "title")).toBe("validation.required");
    expect(messageFor(projectSchema, { description: "" }, "description")).toBe("validation.required");
    expect(messageFor(cancelProjectSchema, { projectId: "x", reason: "" }, "reason")).toBe("validation.required");
  });

  it("an empty name is required too; one letter is too short", () => {
    expect(nameField.safeParse("").error?.issues.map((i) => i.message)).toEqual(["validation.required"]);
    expect(nameField.safeParse("А").error?.issues.map((i) => i.message)).toEqual(["validation.nameTooShort"]);
  });

  it("a title that is there but too short asks for more", () => {
    expect(messageFor(projectSchema, { title: "Ab" }, "title")).toBe("projects.validation.tooShort");
    expect(messageFor(projectSchema, { title: "Тазалық күні" }, "title")).toBeUndefined();
  });
});
