import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale negotiation only. Authorization is never decided here: every page, action and query
// checks the viewer on the server itself.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|verify|.*\\..*).*)",
};
