import { getTranslations } from "next-intl/server";
import { db } from "@/server/db";
import { getViewer } from "@/modules/accounts/session";
import { negotiateLocale } from "@/domain/locales";
import { domainLabel } from "@/i18n/labels";
import { exportAcceptedCsv } from "@/modules/applications/queries";

/**
 * The accepted volunteers of a project as CSV. Authorization is here, not in any page: the query
 * only finds the project for members of its organizer (and admins); anyone else gets 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const viewer = await getViewer();
  if (!viewer) return new Response("Unauthorized", { status: 401 });
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = negotiateLocale(requested);
  const t = await getTranslations({ locale, namespace: "applications.csv" });
  const headers = {
    role: t("role"),
    name: t("name"),
    email: t("email"),
    phone: t("phone"),
    age: t("age"),
    region: t("region"),
    acceptedAt: t("acceptedAt"),
  };
  const result = await exportAcceptedCsv(db, viewer, projectId.slice(0, 40), headers, (code) =>
    domainLabel("region", code, locale),
  );
  if (!result) return new Response("Not found", { status: 404 });
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
