import { db } from "@/server/db";
import { env } from "@/server/env";
import { toIcs } from "@/modules/projects/ics";
import { negotiateLocale } from "@/domain/locales";

/** "Add to calendar": an .ics file for a published project. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Row ids are cuids: anything else names no project, and text PostgreSQL cannot hold (a NUL
  // byte) must not reach the query.
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) return new Response("Not found", { status: 404 });
  const project = await db.project.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      settlement: true,
      isOnline: true,
      updatedAt: true,
    },
  });
  if (!project) return new Response("Not found", { status: 404 });
  const locale = negotiateLocale(new URL(request.url).searchParams.get("locale"));
  const url = `${env().APP_URL}/${locale}/projects/${project.id}`;
  return new Response(toIcs({ ...project, url }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="asar-${project.id}.ics"`,
      // Public and the same for everyone; a changed or cancelled project shows within 5 minutes.
      "Cache-Control": "public, max-age=300",
    },
  });
}
