import { env } from "@/server/env";
import { preferredLocale } from "@/modules/records/http";

/** /verify without a language: the code form in the browser's language. */
export async function GET(request: Request) {
  return Response.redirect(new URL(`/${preferredLocale(request)}/verify`, env().APP_URL), 307);
}
