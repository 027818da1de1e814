// Builds a Prisma client on the pg driver adapter (Prisma 6.19's Rust-free client). The app
// uses the singleton in db.ts; seeders and tests build their own with a URL of their choice.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { pgConfigFromUrl } from "./pg-url";

export function createPrismaClient(url: string, poolSize = 10) {
  return new PrismaClient({ adapter: new PrismaPg(pgConfigFromUrl(url, poolSize)) });
}

export type Db = ReturnType<typeof createPrismaClient>;
