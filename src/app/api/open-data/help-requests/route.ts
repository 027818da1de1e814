import crypto from "node:crypto";
import { db } from "@/server/db";
import { memoizeByKey } from "@/server/memo";
import { toCsv } from "@/modules/applications/csv";
import { getHelpOpenData } from "@/modules/help/statistics";
import { helpCellsTable, helpFieldsTable, helpFirstActionTable, type HelpOpenData } from "@/modules/help/open-data";
import { currentYear, MAX_YEAR, MIN_YEAR } from "@/modules/statistics/schema";

/**
 * Open data: requests for help of one year, as JSON or (format=csv) a CSV table — the counts
 * (table=cells), the median time to first action (table=first-action) or the fields' meanings
 * in kk/ru/en (table=fields). Documented on /[locale]/open-data#help-requests; cached like the
 * statistics' open data (ten minutes for clients, a minute in the server).
 */
const TABLES: Record<string, (data: HelpOpenData) => (string | number | null)[][]> = {
  cells: helpCellsTable,
  "first-action": helpFirstActionTable,
  fields: helpFieldsTable,
};

const openDataOf = memoizeByKey(60_000, async (year: number) => {
  const data = await getHelpOpenData(db, year);
  const body = (format: string, table: string) =>
    format === "csv" ? toCsv(TABLES[table]!(data)) : JSON.stringify(data);
  const etag = (text: string) => `"${crypto.createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const bodies = new Map<string, { body: string; etag: string }>();
  return (format: string, table: string) => {
    const key = `${format}:${table}`;
    let entry = bodies.get(key);
    if (!entry) {
      const text = body(format, table);
      entry = { body: text, etag: etag(text) };
      bodies.set(key, entry);
    }
    return entry;
  };
});

function badRequest(error: string) {
  return Response.json(
    { error, example: `/api/open-data/help-requests?year=${currentYear()}&format=csv&table=cells` },
    { status: 400 },
  );
}

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const raw = params.get("year");
  const year = raw === null ? currentYear() : Number(raw);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return badRequest(`year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`);
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return badRequest("format must be json or csv");
  const table = params.get("table") ?? "cells";
  if (format === "csv" && !Object.hasOwn(TABLES, table))
    return badRequest(`table must be one of ${Object.keys(TABLES).join(", ")}`);

  const { body, etag } = (await openDataOf(year))(format, format === "csv" ? table : "");
  const headers: Record<string, string> = {
    "Cache-Control": "public, max-age=600, stale-while-revalidate=300",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  if (format === "csv") {
    headers["Content-Type"] = "text/csv; charset=utf-8";
    headers["Content-Disposition"] = `attachment; filename="asar-help-requests-${year}-${table}.csv"`;
  } else headers["Content-Type"] = "application/json; charset=utf-8";
  return new Response(body, { headers });
}
