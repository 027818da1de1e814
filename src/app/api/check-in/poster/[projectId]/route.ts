import { db } from "@/server/db";
import { env } from "@/server/env";
import { getViewer } from "@/modules/accounts/session";
import { checkInUrl, getPosterOccurrence } from "@/modules/check-in/queries";
import { renderPoster } from "@/modules/check-in/poster";
import { documentLocale, oneAtATime, privateFile, refusal, signInRedirect } from "@/modules/records/http";
import { AppError } from "@/server/errors";

/**
 * The check-in poster of one slot or project day (?o=slot:<id> | day:<date>), as PDF, for
 * members of the project's organizer; anyone else, or an occurrence not of this project, is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const viewer = await getViewer();
  const locale = documentLocale(request, viewer?.locale);
  if (!viewer) return signInRedirect(locale, `/projects/${encodeURIComponent(projectId.slice(0, 40))}/check-in`);
  try {
    return await oneAtATime(viewer.id, async () => {
      const key = (new URL(request.url).searchParams.get("o") ?? "").slice(0, 60);
      const found = await getPosterOccurrence(db, viewer, projectId.slice(0, 40), key);
      if (!found) throw new AppError("NOT_FOUND");
      const pdf = await renderPoster({
        projectTitle: found.project.title,
        roleTitle: found.roleTitle,
        span: found.span,
        url: checkInUrl(env().APP_URL, found.code),
      });
      return privateFile(pdf, "application/pdf", `asar-check-in-${key.replace(/[^a-z0-9]+/gi, "-")}.pdf`);
    });
  } catch (e) {
    return refusal(e, locale);
  }
}
