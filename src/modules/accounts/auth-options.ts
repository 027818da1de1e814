import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { clientAddress } from "@/server/client-address";
import { checkCredentials } from "./sign-in";
import {
  SESSION_IDLE_SECONDS,
  SESSION_RENEW_SECONDS,
  adoptSessionVersion,
  revokeSession,
  sessionOutlived,
  type SessionClaims,
} from "./sessions";
import { safeReturnPath } from "@/domain/return-path";
import { DEFAULT_LOCALE } from "@/domain/locales";

let options: NextAuthOptions | undefined;

/** Built on first use, so `next build` needs no settings. */
export function authOptions(): NextAuthOptions {
  options ??= build();
  return options;
}

const build = (): NextAuthOptions => ({
  // env-schema refuses to start production without AUTH_SECRET; this fallback is dev-only.
  secret: env().AUTH_SECRET ?? "development-only-secret-development-only",
  // maxAge is an idle limit: every renewal (SessionRenewal, update()) re-signs the token for
  // another maxAge. next-auth ignores updateAge for JWTs; SessionRenewal applies it.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
  pages: { signIn: "/kk/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await checkCredentials(db, credentials, clientAddress(req?.headers));
        if (!result.ok) {
          // The message becomes `error` in signIn()'s result; only these two exist.
          if (result.error === "RATE_LIMITED") throw new Error("RATE_LIMITED");
          return null;
        }
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  events: {
    // Clearing the cookie is not enough: a copy of the token would work until it expired.
    async signOut({ token }) {
      await revokeSession(db, token as SessionClaims);
    },
  },
  callbacks: {
    // Where signIn()/signOut() send the browser (their callbackUrl): only to a page of ours.
    redirect({ url, baseUrl }) {
      return new URL(safeReturnPath(url, baseUrl) ?? `/${DEFAULT_LOCALE}`, baseUrl).toString();
    },
    async jwt({ token, user, trigger }) {
      const t = token as JWT & SessionClaims;
      if (user) {
        t.sub = user.id;
        t.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        t.sid = randomUUID();
        t.authAt = Math.floor(Date.now() / 1000);
      }
      // Past its absolute life the token is emptied: it names nobody, so it is no session.
      if (sessionOutlived(t)) return {};
      // Contract for code that bumps User.sessionVersion but keeps the current session (password
      // change): write the bump with endOtherSessions(viewer) (src/modules/accounts/sessions.ts),
      // then call next-auth's update() from that browser. Here the session re-reads its user's
      // current sessionVersion from the database and adopts it only when it is the session that
      // made the bump; every other token stays on the old version and so stays signed out.
      if (trigger === "update") return adoptSessionVersion(db, t);
      return t;
    },
    session({ session, token }) {
      const t = token as JWT & SessionClaims;
      return { ...session, userId: t.sub, sv: t.sv, sid: t.sid, iat: t.iat };
    },
  },
});
