import { db } from "@/server/db";
import { env } from "@/server/env";
import { negotiateLocale } from "@/domain/locales";
import { slotCalendar } from "@/modules/shifts/feed";

/** "Add to calendar" for one slot of a published project (decision 0032). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Row ids are cuids: anything else names no slot and never reaches the query.
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) return new Response("Not found", { status: 404 });
  const locale = negotiateLocale(new URL(request.url).searchParams.get("locale"));
  const ics = await slotCalendar(db, id, env().APP_URL, locale);
  if (!ics) return new Response("Not found", { status: 404 });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="asar-slot-${id}.ics"`,
      // Public and the same for everyone, like a project's .ics.
      "Cache-Control": "public, max-age=300",
    },
  });
}
