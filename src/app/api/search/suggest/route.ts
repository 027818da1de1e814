import { db } from "@/server/db";
import { negotiateLocale } from "@/domain/locales";
import { searchSuggestions } from "@/modules/search/suggestions";

/** Suggestions for the search box: a JSON array of at most eight strings. Public data only. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const suggestions = await searchSuggestions(db, params.get("q") ?? "", negotiateLocale(params.get("locale")));
  return Response.json(suggestions, {
    // The same for everyone; a new organizer shows within five minutes.
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
