// The one description of the platform's settings. Parsed once by src/server/env.ts inside the
// app and by scripts/start.ts before the server starts, so a bad setting stops the start with
// a message that names the variable.
import { z } from "zod";
import { isProxyEntry, parseTrustedProxies } from "./client-address";

/** Emergency call-outs one volunteer receives at most in 7 days, unless CALL_OUT_WEEKLY_CAP says otherwise. */
export const DEFAULT_CALL_OUT_WEEKLY_CAP = 3;

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().startsWith("postgres", "DATABASE_URL must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    APP_URL: z.string().url().default("http://localhost:3000"),
    DATA_DIR: z.string().default(".data"),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Asar <no-reply@asar.kz>"),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    // How many emergency call-outs one volunteer receives at most in 7 days (issue 11).
    CALL_OUT_WEEKLY_CAP: z.coerce.number().int().min(1).max(50).default(DEFAULT_CALL_OUT_WEEKLY_CAP),
    // Bearer token for /api/metrics (Prometheus). Unset: the endpoint answers 404.
    METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
    // Set by scripts/e2e.ts only: /<locale>/e2e-fault exists and can fail on purpose, so the
    // end-to-end tests can see the error page. Unset, that address is a 404 like any other.
    E2E_FAULT_PAGE: z.literal("1").optional(),
    // Set by scripts/e2e.ts only: POST /api/e2e/jobs runs a scheduled job at a given time (the
    // reminders' clock in tests/e2e/reminders.spec.ts). Unset, that address is a 404.
    E2E_JOB_CLOCK: z.literal("1").optional(),
    // Web Push (decision 0029): the VAPID key pair (base64url, as `npx web-push generate-vapid-keys`
    // prints it) and the contact push services may use. Both keys or neither; without them push
    // is off (the profile says so) and everything else works. Locally, scripts/lib/local-env.ts
    // generates a pair once into DATA_DIR.
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, "VAPID_PUBLIC_KEY must be the base64url public key (87 characters)")
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, "VAPID_PRIVATE_KEY must be the base64url private key (43 characters)")
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "VAPID_SUBJECT must be a mailto: address or an https:// URL")
      .default("mailto:no-reply@asar.kz"),
    // The reverse proxies / load balancers in front of the app (IPs or CIDRs, comma-separated):
    // only their X-Forwarded-For entries are believed. Unset: the socket address is the client.
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform(parseTrustedProxies)
      .refine(
        (list) => list.every(isProxyEntry),
        "TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,192.168.1.5",
      ),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY"],
        message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together (or neither: Web Push off)",
      });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "AUTH_SECRET is required in production (at least 32 random characters)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the environment, or throws one readable message naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`);
    throw new Error(`Invalid settings:\n${lines.join("\n")}`);
  }
  return result.data;
}
