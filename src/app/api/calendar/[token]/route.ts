import { db } from "@/server/db";
import { env } from "@/server/env";
import { feedCalendar } from "@/modules/shifts/feed";

/**
 * The personal calendar feed phones subscribe to (decision 0032). The token is the only key: an
 * unknown, malformed or revoked one is a 404 like any missing page. Never stored by a cache.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await feedCalendar(db, token.replace(/\.ics$/, ""), env().APP_URL);
  if (!ics) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="asar.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
