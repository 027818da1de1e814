import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "src/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    // The bench's floor is a plain Next.js page on purpose (scripts/bench-request-path.ts).
    "bench/floor/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only src/server/env.ts reads settings; scripts and tests prepare the environment.
      "no-restricted-syntax": "off",
    },
  },
  // Layers. The infrastructure (src/server) and the production server in front of Next
  // (src/serve) never reach into a capability: capabilities build on them, and the wiring of
  // both lives outside (src/jobs.ts, src/instrumentation-node.ts). src/domain is pure: no
  // framework, no database, no infrastructure. Checked on resolved paths, so `@/modules/x`,
  // `../modules/x` and `import()` are all caught.
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./src/server", "./src/serve"],
              from: "./src/modules",
              message:
                "src/server and src/serve must not import a capability (src/modules); wire it in src/jobs.ts or the caller.",
            },
            {
              target: "./src/domain",
              from: [
                "./src/server",
                "./src/serve",
                "./src/modules",
                "./src/generated",
                "./src/app",
                "./src/components",
                "./src/i18n",
              ],
              message: "src/domain is pure: no infrastructure, capability, database client or UI.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-intl", "next-intl/*", "next-auth", "next-auth/*"],
              message: "src/domain is framework-free.",
            },
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "src/domain is framework-free." },
            { group: ["@prisma/*", "prisma", "pg", "server-only"], message: "src/domain does not touch the database." },
          ],
        },
      ],
    },
  },
]);
