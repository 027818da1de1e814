import { db } from "@/server/db";
import { env } from "@/server/env";
import { getViewer } from "@/modules/accounts/session";
import { issueVolunteerRecord } from "@/modules/records/documents";
import { renderDocumentPdf } from "@/modules/records/pdf";
import { documentLocale, oneAtATime, privateFile, refusal, signInRedirect } from "@/modules/records/http";

/** The signed-in volunteer's whole record as PDF; 404 while there is no confirmed hour. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  const locale = documentLocale(request, viewer?.locale);
  if (!viewer) return signInRedirect(locale, "/my/record");
  try {
    return await oneAtATime(viewer.id, async () => {
      const doc = await issueVolunteerRecord(db, viewer, locale);
      return privateFile(await renderDocumentPdf(doc, env().APP_URL), "application/pdf", `asar-record-${doc.code}.pdf`);
    });
  } catch (e) {
    return refusal(e, locale);
  }
}
