// Accounts the end-to-end specs start from (run by scripts/e2e.ts before Playwright).
import { createPrismaClient } from "../../src/server/prisma-client";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import { E2E_ADMIN, E2E_ORGANIZERS } from "./accounts";

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL!, 2);
  await createUser(db, { email: E2E_ADMIN.email, password: E2E_ADMIN.password, name: "Админ Платформы", isAdmin: true, locale: "ru" });
  for (const o of E2E_ORGANIZERS) {
    await createOrganizer(db, { name: o.name, slug: o.slug, form: "INITIATIVE_GROUP", regionCode: o.regionCode, directions: ["SOCIAL"] });
  }
  await db.$disconnect();
}

void main();
