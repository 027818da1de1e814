import "server-only";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { notify } from "@/modules/notifications/notify";
import { staffedRegionWhere } from "@/modules/staff/scope";
import type { Viewer } from "@/modules/accounts/viewer";
import type { RejectionGround } from "@/generated/prisma/enums";

const NEXT_STATUS = { APPROVE: "PUBLISHED", REQUEST_CHANGES: "CHANGES_REQUESTED", REJECT: "REJECTED" } as const;
const NOTICE = {
  APPROVE: "PROJECT_APPROVED",
  REQUEST_CHANGES: "PROJECT_CHANGES_REQUESTED",
  REJECT: "PROJECT_REJECTED",
} as const;

/**
 * A moderator's decision on a submitted project: staff of the project's region or an admin.
 * Only a verified organizer's project can be published. The organizer's members are told,
 * and the decision is in the audit log with who and when.
 */
export async function decideProject(
  db: Db,
  viewer: Viewer,
  input: {
    projectId: string;
    decision: "APPROVE" | "REQUEST_CHANGES" | "REJECT";
    ground?: RejectionGround;
    comment?: string;
  },
) {
  // Another region's project looks exactly like a missing one.
  const project = await db.project.findFirst({
    where: { id: input.projectId, ...staffedRegionWhere(viewer) },
    select: {
      id: true,
      title: true,
      status: true,
      regionCode: true,
      organizer: { select: { verificationStatus: true, members: { select: { userId: true } } } },
    },
  });
  if (!project) throw new AppError("NOT_FOUND");
  if (project.status !== "SUBMITTED") throw new AppError("moderation.errors.NOT_AWAITING");
  if (input.decision === "APPROVE" && project.organizer.verificationStatus !== "VERIFIED") {
    throw new AppError("moderation.errors.ORGANIZER_NOT_VERIFIED");
  }
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id: project.id, status: "SUBMITTED" },
      data: {
        status: NEXT_STATUS[input.decision],
        reviewedById: viewer.id,
        reviewedAt: now,
        rejectionGround: input.decision === "REJECT" ? input.ground : null,
        moderationComment: input.comment ?? null,
        ...(input.decision === "APPROVE" ? { publishedAt: now } : {}),
      },
    });
    // Two moderators deciding at once: the second finds it already decided.
    if (count === 0) throw new AppError("moderation.errors.NOT_AWAITING");
    await notify(
      tx,
      project.organizer.members.map((m) => ({
        userId: m.userId,
        type: NOTICE[input.decision],
        data: {
          projectId: project.id,
          projectTitle: project.title,
          ground: input.ground ?? null,
          comment: input.comment ?? null,
        },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: `project.${input.decision.toLowerCase()}`,
      entityType: "Project",
      entityId: project.id,
      regionCode: project.regionCode,
      data: { ground: input.ground ?? null, comment: input.comment ?? null },
    });
  });
}
