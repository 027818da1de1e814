import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import type { Viewer } from "@/modules/accounts/viewer";
import { nextInQueue } from "../queries";

/** How long after deciding the moderator still sees the confirmation on the project's page. */
const SHOWN_FOR_MS = 15 * 60_000;

/** Whether the project's page should confirm the viewer's own decision, made a moment ago. */
export function justDecidedBy(
  viewer: Viewer | null,
  project: { status: string; reviewedById: string | null; reviewedAt: Date | null },
  now = new Date(),
): project is { status: "PUBLISHED" | "CHANGES_REQUESTED" | "REJECTED"; reviewedById: string; reviewedAt: Date } {
  return (
    Boolean(viewer) &&
    project.reviewedById === viewer?.id &&
    project.reviewedAt !== null &&
    now.getTime() - project.reviewedAt.getTime() < SHOWN_FOR_MS &&
    ["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"].includes(project.status)
  );
}

/**
 * After a moderator's decision the page re-renders without the decision panel: this says what
 * was done and leads to the next item of the viewer's queue (or back to the queue when it is
 * empty). Read from the project itself (who reviewed it, when), so it needs no client state.
 */
export async function DecisionDone({
  viewer,
  projectId,
  status,
}: {
  viewer: Viewer;
  projectId: string;
  status: "PUBLISHED" | "CHANGES_REQUESTED" | "REJECTED";
}) {
  const [t, next] = await Promise.all([getTranslations("moderation.done"), nextInQueue(db, viewer, projectId)]);
  return (
    <div
      role="status"
      className="space-y-2 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900"
      data-testid="decision-done"
    >
      <p className="font-semibold">{t(status)}</p>
      {next ? (
        <p>
          {t("next")}{" "}
          <Link
            href={next.kind === "project" ? `/projects/${next.id}` : `/organizers/${next.slug}`}
            className="font-semibold text-brand-700 underline"
            data-testid="next-in-queue"
          >
            {next.kind === "project" ? next.title : next.name}
          </Link>
          {next.kind === "organizer" ? ` ${t("organizerHint")}` : null}
        </p>
      ) : (
        <p>{t("empty")}</p>
      )}
      <p>
        <Link href="/moderation" className="text-brand-700 underline">
          {t("queue")}
        </Link>
      </p>
    </div>
  );
}
