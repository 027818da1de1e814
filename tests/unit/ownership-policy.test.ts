import { describe, expect, it } from "vitest";
import { leaveRefusal, transferRefusal } from "../../src/modules/organizers/policy";
import { transferOwnershipSchema } from "../../src/modules/organizers/schema";
import { actionClient } from "../../src/server/action-client";

const coordinatorTarget = { role: "COORDINATOR" as const, deleted: false };

describe("handing an organizer over", () => {
  it("only the current owner or an admin may, and only to a living coordinator", () => {
    const owner = { id: "owner", isAdmin: false };
    expect(transferRefusal(owner, { ownerId: "owner", target: coordinatorTarget })).toBeNull();
    expect(transferRefusal({ id: "admin", isAdmin: true }, { ownerId: "owner", target: coordinatorTarget })).toBeNull();
    expect(transferRefusal({ id: "c1", isAdmin: false }, { ownerId: "owner", target: coordinatorTarget })).toBe(
      "NOT_FOUND",
    );
    expect(transferRefusal(owner, { ownerId: "owner", target: null })).toBe("members.errors.NOT_COORDINATOR");
    expect(transferRefusal(owner, { ownerId: "owner", target: { role: "OWNER", deleted: false } })).toBe(
      "members.errors.NOT_COORDINATOR",
    );
    expect(transferRefusal(owner, { ownerId: "owner", target: { role: "COORDINATOR", deleted: true } })).toBe(
      "members.errors.NOT_COORDINATOR",
    );
  });

  it("asks to choose a coordinator when none is chosen, next to the choice", async () => {
    const action = actionClient.inputSchema(transferOwnershipSchema).action(async () => "transferred");
    expect(await action({ organizerId: "o1", userId: "" })).toEqual({
      validationErrors: { userId: { _errors: ["members.errors.chooseCoordinator"] } },
    });
  });
});

describe("leaving an organizer", () => {
  it("a coordinator may leave, the owner must hand over first, a stranger has nothing to leave", () => {
    expect(leaveRefusal("COORDINATOR")).toBeNull();
    expect(leaveRefusal("OWNER")).toBe("members.errors.OWNER_CANNOT_LEAVE");
    expect(leaveRefusal(null)).toBe("NOT_FOUND");
  });
});
