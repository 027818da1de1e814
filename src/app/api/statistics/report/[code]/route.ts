import { negotiateLocale } from "@/domain/locales";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { getAreaReport } from "@/modules/statistics/queries";
import { isArea, periodOf, statisticsFilterSchema } from "@/modules/statistics/schema";
import { exportFileName, reportSheets, sheetsToCsv, sheetsToXlsx } from "@/modules/statistics/export";

/**
 * The monthly (or yearly) statistics report of an area as CSV or XLSX, with the page's figures.
 * Authorization is in getAreaReport: admins any area, regional staff their own; anyone else 404.
 * ?year=2026&month=3&format=xlsx|csv&locale=kk|ru|en
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  if (!isArea(code)) return new Response("Not found", { status: 404 });
  const search = new URL(request.url).searchParams;
  const period = periodOf(statisticsFilterSchema.parse(Object.fromEntries(search)));
  const requested = search.get("locale");
  const locale = negotiateLocale(requested);
  const format = search.get("format") === "csv" ? "csv" : "xlsx";
  const report = await getAreaReport(db, viewer, code, period);
  if (!report) return new Response("Not found", { status: 404 });
  const sheets = await reportSheets(report, locale);
  const headers = {
    "Content-Disposition": `attachment; filename="${exportFileName(report, format)}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv")
    return new Response(sheetsToCsv(sheets), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const body = await sheetsToXlsx(sheets);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
