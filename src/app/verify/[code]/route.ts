import { env } from "@/server/env";
import { normalizeCode } from "@/modules/records/code";
import { preferredLocale } from "@/modules/records/http";

/**
 * The short address /verify/<code> (typed from paper, without a language): to the verify page in
 * the browser's language. The locale proxy leaves /verify alone for this.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const locale = preferredLocale(request);
  const normalized = normalizeCode(code.slice(0, 40));
  const target = normalized ? `/${locale}/verify/${normalized}` : `/${locale}/verify`;
  return Response.redirect(new URL(target, env().APP_URL), 307);
}
