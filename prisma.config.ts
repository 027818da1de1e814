// Prisma CLI configuration: the WebAssembly schema engine over the pg driver adapter, because
// Prisma's native engines cannot be downloaded here (docs/decisions/0001-prisma-6-19-wasm.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgConfigFromUrl } from "./src/server/pg-url";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return new PrismaPg(pgConfigFromUrl(url));
  },
  migrations: { path: path.join("prisma", "migrations") },
});
