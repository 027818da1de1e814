import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "./helpers";
import { actAs, actor, resetActor } from "./action-harness";
import { organizer, volunteer } from "./applications-fixtures";
import { createCallOutFixture } from "../../prisma/seed/call-out-fixture";
import { answerCallOutAction } from "../../src/modules/call-outs/answer-actions";

// The answer action as the browser (and the bench) posts it: a public endpoint.
vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

describe("the call-out answer action", () => {
  it("refuses the signed-out and hostile input without a change, and records a recipient's answer", async () => {
    const v = await volunteer();
    const { org } = await organizer();
    const { callOutId, roleId } = await createCallOutFixture(db(), {
      organizerId: org.id,
      peopleNeeded: 2,
      recipients: [v.id],
    });

    expect(await answerCallOutAction({ callOutId, answer: "COMING" })).toMatchObject({
      serverError: { message: "errors.UNAUTHENTICATED" },
    });
    await actAs(v.id);
    expect(await answerCallOutAction({ callOutId, answer: "MAYBE" } as never)).toEqual({
      validationErrors: { answer: { _errors: ["validation.invalid"] } },
    });
    expect(await answerCallOutAction({ callOutId: "x".repeat(100_000), answer: "COMING" })).toEqual({
      validationErrors: { callOutId: { _errors: ["validation.invalid"] } },
    });
    expect(await answerCallOutAction('DROP TABLE "CallOut"; --' as never)).toEqual({
      validationErrors: { _errors: ["validation.invalid"] },
    });
    expect(await db().application.count()).toBe(0);
    expect(actor.revalidated).toEqual([]);

    expect(await answerCallOutAction({ callOutId, answer: "COMING" })).toEqual({
      data: { answer: "COMING", status: "ACCEPTED", changed: true },
    });
    expect(await db().application.count({ where: { roleId, status: "ACCEPTED" } })).toBe(1);
    // The answer re-renders nothing (decision 0028): the form lands on the page by a redirect.
    expect(actor.revalidated).toEqual([]);
    // The volunteer's own notice is written just after the place is committed.
    expect(await db().notification.count({ where: { userId: v.id, type: "APPLICATION_ACCEPTED" } })).toBe(1);
  });
});
