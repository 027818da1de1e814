// `tsx prisma/seed/index.ts [--demo-if-empty]`: reference data always; the demo dataset only on
// a database without users (so a second `npm start` keeps everything that was there).
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../src/server/prisma-client";
import { seedReferenceData } from "./factories";
import { seedDemo } from "./demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url, 4);
  try {
    await seedReferenceData(db);
    if (process.argv.includes("--demo-if-empty")) {
      if ((await db.user.count()) === 0) {
        const t0 = Date.now();
        await seedDemo(db);
        console.log(`▸ demo dataset loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      const marker = path.join(process.env.DATA_DIR ?? ".data", "demo-seeded");
      if ((await db.user.count({ where: { email: { endsWith: "@asar.demo" } } })) > 0) fs.writeFileSync(marker, "");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
