import { NextRequest, type NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { env } from "./server/env";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "./server/security-headers";
import { PATHNAME_HEADER } from "./server/request-path";

// Locale negotiation and the page's security headers. Authorization is never decided here: every
// page, action and query checks the viewer on the server itself.
const intl = createMiddleware(routing);

export default function proxy(request: NextRequest): NextResponse {
  const https = env().APP_URL.startsWith("https:");
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's Content-Security-Policy header and puts it on every
  // script it renders; next-intl passes the request headers we give it on to the page.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  // The page asked for, for the header: a conversation being opened is read, so its badge
  // leaves out that conversation (the header renders alongside the page that marks it read).
  headers.set(PATHNAME_HEADER, request.nextUrl.pathname);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", csp);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|verify|.*\\..*).*)",
};
