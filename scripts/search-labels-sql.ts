// Prints the SQL function "search_labels"() that holds src/domain/search-labels.ts in the
// database, for a migration that changes the labels (decision 0022):
//   npx tsx scripts/search-labels-sql.ts
import { searchLabels } from "../src/domain/search-labels";

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function searchLabelsSql(): string {
  const rows = searchLabels().map((l) => `  (${[l.kind, l.code, l.kk, l.ru, l.en].map(quote).join(", ")})`);
  if (rows.some((r) => r.includes(";")))
    throw new Error("a label holds a semicolon: the migration engine splits on it");
  return [
    `CREATE OR REPLACE FUNCTION "search_labels"() RETURNS TABLE ("kind" TEXT, "code" TEXT, "kk" TEXT, "ru" TEXT, "en" TEXT)`,
    `LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ VALUES`,
    rows.join(",\n"),
    `$$;`,
  ].join("\n");
}

if (process.argv[1]?.endsWith("search-labels-sql.ts")) console.log(searchLabelsSql());
