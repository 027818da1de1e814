import "server-only";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import { templateDataSchema } from "./schema";

/** An organizer's templates, for its members (null: not theirs, a 404). */
export async function listTemplates(db: Db, viewer: Viewer, slug: string) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...managedOrganizerWhere(viewer) },
    select: { id: true, slug: true, name: true },
  });
  if (!organizer) return null;
  const rows = await db.projectTemplate.findMany({
    where: { organizerId: organizer.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, data: true, createdAt: true },
  });
  return {
    organizer,
    templates: rows.map(({ data, ...t }) => {
      const parsed = templateDataSchema.safeParse(data);
      return {
        ...t,
        title: parsed.success ? parsed.data.project.title : null,
        roles: parsed.success ? parsed.data.roles.length : 0,
        lengthDays: parsed.success ? parsed.data.project.lengthDays : 0,
      };
    }),
  };
}
