// Accounts the end-to-end specs start from (run by scripts/e2e.ts before Playwright).
import { createPrismaClient } from "../../src/server/prisma-client";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import { E2E_ADMIN, E2E_ORGANIZER_OWNER, E2E_ORGANIZERS, E2E_STAFF_ASTANA } from "./accounts";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await createUser(db, { email: E2E_ADMIN.email, password: E2E_ADMIN.password, name: "Админ Платформы", isAdmin: true, locale: "ru" });
  for (const o of E2E_ORGANIZERS) {
    await createOrganizer(db, { name: o.name, slug: o.slug, form: "INITIATIVE_GROUP", regionCode: o.regionCode, directions: ["SOCIAL"] });
  }
  const owner = await createUser(db, { email: E2E_ORGANIZER_OWNER.email, password: E2E_ORGANIZER_OWNER.password, name: "Дана Ахметова", locale: "ru" });
  await createOrganizer(db, { name: E2E_ORGANIZER_OWNER.name, slug: E2E_ORGANIZER_OWNER.slug, regionCode: "ASTANA", settlement: "Астана", directions: ["ENVIRONMENTAL"], verified: true, owner });
  const staff = await createUser(db, { email: E2E_STAFF_ASTANA.email, password: E2E_STAFF_ASTANA.password, name: "Ерлан Сапаров", locale: "ru" });
  await db.staffAssignment.create({ data: { userId: staff.id, regionCode: "ASTANA" } });
  await db.$disconnect();
}

void main();
