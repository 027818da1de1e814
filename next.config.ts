import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/e2e.ts sets this: `npm test` has type-checked the same sources already, and the
  // build's own pass would double the build's time (docs/decisions/0025-test-time.md).
  typescript: { ignoreBuildErrors: process.env.ASAR_BUILD_SKIP_TYPECHECK === "1" },
  // The prisma client and argon2 are server-only native/wasm packages: keep them out of bundles.
  // esbuild bundles the service worker at build time (src/app/serwist/[path]/route.ts, decision 0030).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "esbuild", "esbuild-wasm"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // Nothing on Asar uses these; a script that got in still cannot ask for them.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
          },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
