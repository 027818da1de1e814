import crypto from "node:crypto";
import { db } from "@/server/db";
import { memoizeByKey } from "@/server/memo";
import { getOpenData } from "@/modules/statistics/queries";
import { openDataDefinitions } from "@/modules/statistics/definitions";
import { currentYear, MAX_YEAR, MIN_YEAR } from "@/modules/statistics/schema";

/**
 * Open data: the public aggregates of one year as JSON, read-only, documented on
 * /[locale]/open-data. Cached by browsers and proxies for ten minutes (the summaries' refresh
 * interval); the ETag lets a client ask again for nothing when the figures did not change.
 * The server keeps each year's answer for a minute: the summaries change every ten.
 */
const openDataOf = memoizeByKey(60_000, async (year: number) => {
  const body = JSON.stringify(await getOpenData(db, year, await openDataDefinitions()));
  return { body, etag: `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
});

export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get("year");
  const year = raw === null ? currentYear() : Number(raw);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return Response.json(
      {
        error: `year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`,
        example: `/api/open-data/statistics?year=${currentYear()}`,
      },
      { status: 400 },
    );
  }
  const { body, etag } = await openDataOf(year);
  const headers = {
    "Cache-Control": "public, max-age=600, stale-while-revalidate=300",
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
