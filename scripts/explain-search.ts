// The search page's queries under EXPLAIN ANALYZE on the national-scale data: runs the app's own
// searchProjects() with a client that explains each statement before running it. Called by
// `npm run bench` (it needs `--conditions=react-server` for the server-only guard):
//   node --conditions=react-server --import tsx scripts/explain-search.ts <DATABASE_URL> <query string>
import { Prisma } from "../src/generated/prisma/client";
import { createPrismaClient, type Db } from "../src/server/prisma-client";
import { searchProjects } from "../src/modules/search/queries";
import { parseSearchParams } from "../src/modules/search/schema";

async function main() {
  const [url, query] = process.argv.slice(2);
  if (!url || query === undefined) throw new Error("usage: explain-search.ts <DATABASE_URL> <query string>");
  const db = createPrismaClient(url, 2);
  const statements: { ms: number; plan: string }[] = [];
  const explaining = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== "$queryRaw") return Reflect.get(target, prop, receiver);
      return async (strings: TemplateStringsArray, ...values: unknown[]) => {
        const sql = Prisma.sql(strings, ...values);
        const rows = await target.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
          `EXPLAIN (ANALYZE, FORMAT TEXT) ${sql.text}`,
          ...sql.values,
        );
        const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
        statements.push({ ms: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? NaN), plan });
        // Then for real, so searchProjects takes the same path as on the page.
        return target.$queryRaw(strings, ...values);
      };
    },
  }) as Db;
  // Twice: the first run warms the buffers, the second is the figure.
  for (let i = 0; i < 2; i++) {
    statements.length = 0;
    await searchProjects(explaining, parseSearchParams(Object.fromEntries(new URLSearchParams(query))));
  }
  console.log(JSON.stringify(statements));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
