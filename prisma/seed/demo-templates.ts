// Astana Jastary's template for "Addresses for Care", which runs every winter (issue 12): last
// winter's snow-clearing project with its volunteers' role on a weekly pattern — Saturdays
// 10:00–15:00 for six weeks, 12 places a Saturday — so that a coordinator makes next winter's
// project from it in one step (src/modules/project-templates).
import type { Db } from "../../src/server/prisma-client";
import { snapshotOf, SOURCE_SELECT, type SourceProject } from "../../src/modules/project-templates/snapshot";
import { templateDataSchema } from "../../src/modules/project-templates/schema";

export const DEMO_TEMPLATE_NAME = "«Адреса заботы» — зимний сезон";
const SOURCE_TITLE = "«Адреса заботы»: зимний десант";

export async function seedDemoTemplates(db: Db, opts: { organizerId: string; createdById: string; now: Date }) {
  const project = await db.project.findFirst({
    where: { organizerId: opts.organizerId, title: { startsWith: SOURCE_TITLE }, endsAt: { lt: opts.now } },
    orderBy: { startsAt: "desc" },
    select: SOURCE_SELECT,
  });
  if (!project) throw new Error(`demo templates: no past project "${SOURCE_TITLE}…" of Astana Jastary`);
  const data = snapshotOf(project as SourceProject);
  data.roles = data.roles.map((r, i) =>
    i === 0
      ? {
          ...r,
          slotPattern: { offsetDays: 0, weekdays: [6], start: "10:00", end: "15:00", weeks: 6, capacity: 12 },
        }
      : r,
  );
  await db.projectTemplate.create({
    data: {
      organizerId: opts.organizerId,
      name: DEMO_TEMPLATE_NAME,
      data: templateDataSchema.parse(data),
      createdById: opts.createdById,
      createdAt: new Date(project.endsAt.getTime() + 86_400_000),
    },
  });
}
