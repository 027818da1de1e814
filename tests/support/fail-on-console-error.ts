import { afterEach, vi } from "vitest";

// An unexpected console.error fails the test; a test that expects one mocks it itself.
let spy: ReturnType<typeof vi.spyOn> | undefined;
afterEach(() => {
  const calls = spy?.mock.calls ?? [];
  spy?.mockRestore();
  spy = vi.spyOn(console, "error");
  if (calls.length > 0)
    throw new Error(
      `console.error was called: ${(calls as unknown[][]).map((c) => c.map(String).join(" ")).join("\n")}`,
    );
});
spy = vi.spyOn(console, "error");
