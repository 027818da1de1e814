import { db } from "@/server/db";
import { env } from "@/server/env";
import { getViewer } from "@/modules/accounts/session";
import { issueProjectCertificate } from "@/modules/records/documents";
import { renderDocumentPdf } from "@/modules/records/pdf";
import { documentLocale, oneAtATime, privateFile, refusal, signInRedirect } from "@/modules/records/http";

/**
 * The signed-in volunteer's certificate for one project, as PDF. Only the viewer's own confirmed
 * hours are read: someone else's project, or one without confirmed hours, is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const viewer = await getViewer();
  const locale = documentLocale(request, viewer?.locale);
  if (!viewer) return signInRedirect(locale, "/my/record");
  try {
    return await oneAtATime(viewer.id, async () => {
      const doc = await issueProjectCertificate(db, viewer, projectId.slice(0, 40), locale);
      return privateFile(
        await renderDocumentPdf(doc, env().APP_URL),
        "application/pdf",
        `asar-certificate-${doc.code}.pdf`,
      );
    });
  } catch (e) {
    return refusal(e, locale);
  }
}
