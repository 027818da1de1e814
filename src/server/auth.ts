import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "./db";
import { env } from "./env";
import { checkCredentials } from "@/modules/accounts/sign-in";
import { safeReturnPath } from "@/domain/return-path";
import { DEFAULT_LOCALE } from "@/domain/locales";

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "local";
}

let options: NextAuthOptions | undefined;

/** Built on first use, so `next build` needs no settings. */
export function authOptions(): NextAuthOptions {
  options ??= build();
  return options;
}

const build = (): NextAuthOptions => ({
  // env-schema refuses to start production without AUTH_SECRET; this fallback is dev-only.
  secret: env().AUTH_SECRET ?? "development-only-secret-development-only",
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/kk/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(db, credentials, clientIp(req?.headers));
        if (!result.ok) {
          // The message becomes `error` in signIn()'s result; only these two exist.
          if (result.error === "RATE_LIMITED") throw new Error("RATE_LIMITED");
          return null;
        }
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Where signIn()/signOut() send the browser (their callbackUrl): only to a page of ours.
    redirect({ url, baseUrl }) {
      return new URL(safeReturnPath(url, baseUrl) ?? `/${DEFAULT_LOCALE}`, baseUrl).toString();
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
});
