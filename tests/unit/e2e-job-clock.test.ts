import { beforeEach, describe, expect, it, vi } from "vitest";

// POST /api/e2e/jobs runs a scheduled job at a chosen time for the end-to-end tests; in
// production (E2E_JOB_CLOCK unset) it must not exist at all.
const settings: { E2E_JOB_CLOCK?: "1" } = {};
const run = vi.fn(async () => ({ candidates: 0, notifications: 0 }));
vi.mock("@/server/env", () => ({ env: () => settings }));
vi.mock("@/server/db", () => ({ db: { marker: "db" } }));
vi.mock("@/modules/reminders/jobs", () => ({
  isReminderJob: (name: string) => name === "reminders-day-before",
  runReminderJob: run,
}));

const { POST } = await import("../../src/app/api/e2e/jobs/route");

const post = (body: unknown) =>
  POST(new Request("http://localhost/api/e2e/jobs", { method: "POST", body: JSON.stringify(body) }));

describe("the e2e job clock", () => {
  beforeEach(() => {
    run.mockClear();
    delete settings.E2E_JOB_CLOCK;
  });

  it("is a 404 that runs nothing when the e2e flag is off", async () => {
    const res = await post({ job: "reminders-day-before", at: "2026-12-04T13:00:00.000Z" });
    expect(res.status).toBe(404);
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the job as its schedule would at the given time when the flag is on", async () => {
    settings.E2E_JOB_CLOCK = "1";
    const res = await post({ job: "reminders-day-before", at: "2026-12-04T13:00:00.000Z" });
    expect(res.status).toBe(200);
    expect(run).toHaveBeenCalledWith({ marker: "db" }, "reminders-day-before", new Date("2026-12-04T13:00:00.000Z"));
    expect((await post({ job: "drop-tables", at: "2026-12-04T13:00:00.000Z" })).status).toBe(400);
    expect((await post({ job: "reminders-day-before", at: "tomorrow" })).status).toBe(400);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
