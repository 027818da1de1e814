import path from "node:path";
import { defineConfig } from "vitest/config";

// Against a real PostgreSQL: global-setup.ts starts a throwaway embedded cluster and migrates a
// template database; each worker gets its own copy (setup.ts).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/integration/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts", "tests/integration/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
