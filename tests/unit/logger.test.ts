import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionClient } from "../../src/server/action-client";

// Production logs are one JSON object per line, so a log collector can search them by request id;
// in tests and development they are plain lines through console.
describe("server logs", () => {
  it("are JSON lines with level, time, request id and the error's stack in production", () => {
    const script = `import { logger } from "./src/server/logger.ts"; logger.error({ requestId: "ab12cd34", err: new Error("boom") }, "server action failed");`;
    const out = execFileSync("node_modules/.bin/tsx", ["-e", script], {
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production", VITEST: "" },
    });
    const line = JSON.parse(out.trim()) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "error",
      requestId: "ab12cd34",
      msg: "server action failed",
      pid: expect.any(Number),
    });
    expect(new Date(String(line.time)).getTime()).not.toBeNaN();
    expect((line.err as { stack: string }).stack).toContain("Error: boom");
  });

  it("name the request id of a failed server action next to its error", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = actionClient.inputSchema(z.object({})).action(() => Promise.reject(new Error("database exploded")));
    const result = await failing({});
    // The person sees a generic message, never the error or its stack.
    expect(result).toEqual({ serverError: { message: "errors.UNEXPECTED" } });
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(
      /^\[requestId=[0-9a-f]{8}\] server action failed\nError: database exploded/,
    );
    errors.mockRestore();
  });
});
