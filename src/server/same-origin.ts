/**
 * Whether a state-changing request to a route handler comes from a page of this site — what Next
 * checks for server actions, which route handlers do not get: the Origin header's host is the
 * host the request was sent to (`x-forwarded-host` behind a proxy, as Next reads it). A request
 * without Origin (some older browsers on a same-site form post) passes only when the browser says
 * `Sec-Fetch-Site: same-origin`. The session cookie is SameSite=Lax as well, so another site's
 * form posts without it; this refuses such a post even before the session is read.
 */
export function isSameOriginRequest(request: Request): boolean {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return request.headers.get("sec-fetch-site") === "same-origin";
}
