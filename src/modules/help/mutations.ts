import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/server/prisma-client";
import type { Prisma } from "@/generated/prisma/client";
import type { HelpRequestStatus, Locale, RegionCode } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { hashedKey, takeAllowance } from "@/server/rate-limit";
import { dateValue } from "@/domain/time";
import { notify } from "@/modules/notifications/notify";
import { queueAccountEmail } from "@/modules/accounts/account-email";
import { staffedRegionWhere } from "@/modules/staff/scope";
import { managedOrganizerWhere } from "@/modules/organizers/scope";
import { takenForProjectWhere } from "./scope";
import type { Viewer } from "@/modules/accounts/viewer";
import type { HelpRequestInput } from "./schema";

// Requests for help (docs/decisions/0026-help-requests.md). Anyone submits; the region's staff
// triage; the organizer a request is offered to accepts or declines; staff or that organizer
// close it. Every step is one conditional update (two people acting at once: the second finds
// the request already moved on), written to the audit log — the requester's timeline is read
// from it — and told to the requester by email when they left an address.

/** Limits on submitting, counted in PostgreSQL across instances (decision 0026). */
export const HELP_LIMITS = {
  /** From one client address (a school or a carrier's shared address sends many people). */
  perAddressPerHour: 10,
  /** With one phone number or one email address. */
  perContactPerDay: 3,
  /** A region's hourly count above which requests are flagged and its staff alerted (once an hour). */
  regionPerHour: 50,
};

const OPEN: HelpRequestStatus[] = ["NEW", "IN_PROGRESS"];

type Tx = Prisma.TransactionClient;

/** The region's staff; the admins when the region has none yet (someone must see it). */
async function regionStaff(tx: Tx, regionCode: RegionCode): Promise<string[]> {
  const staff = await tx.staffAssignment.findMany({ where: { regionCode }, select: { userId: true } });
  if (staff.length > 0) return staff.map((s) => s.userId);
  const admins = await tx.user.findMany({ where: { isAdmin: true, deletedAt: null }, select: { id: true } });
  return admins.map((a) => a.id);
}

/** An email to the requester about a step, when they left an address and it is not erased. */
async function tellRequester(
  tx: Tx,
  request: { id: string; contactEmail: string | null; locale: Locale },
  data: { step: string; reason?: string | null; organizerName?: string | null },
) {
  if (!request.contactEmail) return;
  await queueAccountEmail(tx, {
    kind: "HELP_REQUEST_UPDATE",
    to: request.contactEmail,
    locale: request.locale,
    helpRequestId: request.id,
    data,
  });
}

export async function submitHelpRequest(
  db: Db,
  input: HelpRequestInput,
  context: { address: string; locale: Locale; userId?: string | null },
): Promise<{ id: string; token: string }> {
  if (!(await takeAllowance(db, "help-address", context.address, HELP_LIMITS.perAddressPerHour, 3600)))
    throw new AppError("help.errors.tooManyFromAddress");
  for (const [field, contact] of [
    ["contactPhone", input.contactPhone],
    ["contactEmail", input.contactEmail],
  ] as const) {
    if (contact && !(await takeAllowance(db, "help-contact", hashedKey(contact), HELP_LIMITS.perContactPerDay, 86400)))
      throw new AppError("help.errors.tooManyFromContact", field);
  }
  const withinCap = await takeAllowance(db, "help-region", input.regionCode, HELP_LIMITS.regionPerHour, 3600);
  // One alert per region and hour, however many requests come over the cap.
  const alert = !withinCap && (await takeAllowance(db, "help-surge-alert", input.regionCode, 1, 3600));

  const token = crypto.randomBytes(24).toString("base64url");
  const request = await db.$transaction(async (tx) => {
    const created = await tx.helpRequest.create({
      data: {
        trackingToken: token,
        locale: context.locale,
        category: input.category,
        regionCode: input.regionCode,
        settlement: input.settlement,
        address: input.address ?? null,
        neededOn: input.neededOn ? dateValue(input.neededOn) : null,
        peopleNeeded: input.peopleNeeded,
        description: input.description,
        requesterName: input.requesterName ?? null,
        contactPhone: input.contactPhone ?? null,
        contactEmail: input.contactEmail ?? null,
        consentToShare: true,
        surge: !withinCap,
      },
      select: { id: true, contactEmail: true, locale: true, regionCode: true },
    });
    const staff = await regionStaff(tx, created.regionCode);
    const summary = {
      requestId: created.id,
      regionCode: created.regionCode,
      category: input.category,
      settlement: input.settlement,
    };
    await notify(tx, [
      ...staff.map((userId) => ({ userId, type: "HELP_REQUEST_RECEIVED" as const, data: summary })),
      ...(alert
        ? staff.map((userId) => ({
            userId,
            type: "HELP_REQUESTS_SURGE" as const,
            data: { regionCode: created.regionCode, cap: HELP_LIMITS.regionPerHour },
          }))
        : []),
    ]);
    await audit(tx, {
      actorId: context.userId ?? null,
      action: "help.submitted",
      entityType: "HelpRequest",
      entityId: created.id,
      regionCode: created.regionCode,
      data: { surge: !withinCap },
    });
    await tellRequester(tx, created, { step: "received" });
    return created;
  });
  return { id: request.id, token };
}

/** A request of a region the viewer staffs, or NOT_FOUND (another region's looks missing). */
async function staffRequest(db: Db | Tx, viewer: Viewer, requestId: string) {
  const request = await db.helpRequest.findFirst({
    where: { id: requestId, ...staffedRegionWhere(viewer) },
    select: {
      id: true,
      status: true,
      regionCode: true,
      version: true,
      acceptedAt: true,
      assignedOrganizerId: true,
      contactEmail: true,
      locale: true,
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  return request;
}

/**
 * Moves a request on only if nobody moved it since it was read (its version): of two people
 * acting at once, the second is told to reload.
 */
async function move(
  tx: Tx,
  request: { id: string; version: number },
  data: Prisma.HelpRequestUncheckedUpdateManyInput,
) {
  const { count } = await tx.helpRequest.updateMany({
    where: { id: request.id, version: request.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT");
  // The first step anyone took: "time to first action" in the statistics.
  await tx.helpRequest.updateMany({
    where: { id: request.id, firstActionAt: null },
    data: { firstActionAt: new Date() },
  });
}

/** Staff offer a NEW request (or one still waiting for an organizer's answer) to a verified organizer of the region. */
export async function assignHelpRequest(db: Db, viewer: Viewer, input: { requestId: string; organizerId: string }) {
  const request = await staffRequest(db, viewer, input.requestId);
  if (!(request.status === "NEW" || (request.status === "IN_PROGRESS" && !request.acceptedAt)))
    throw new AppError("help.errors.notOpen");
  const organizer = await db.organizer.findFirst({
    where: { id: input.organizerId, regionCode: request.regionCode, verificationStatus: "VERIFIED" },
    select: { id: true, name: true, members: { select: { userId: true } } },
  });
  if (!organizer) throw new AppError("help.errors.organizerNotEligible", "organizerId");
  await db.$transaction(async (tx) => {
    await move(tx, request, {
      status: "IN_PROGRESS",
      assignedOrganizerId: organizer.id,
      assignedAt: new Date(),
      acceptedAt: null,
    });
    await notify(
      tx,
      organizer.members.map((m) => ({
        userId: m.userId,
        type: "HELP_REQUEST_ASSIGNED" as const,
        data: { requestId: request.id, organizerId: organizer.id },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "help.assigned",
      entityType: "HelpRequest",
      entityId: request.id,
      regionCode: request.regionCode,
      data: { organizerId: organizer.id, organizerName: organizer.name },
    });
  });
}

/** Staff decline an open request, with a reason the requester reads. */
export async function declineHelpRequest(db: Db, viewer: Viewer, input: { requestId: string; reason: string }) {
  const request = await staffRequest(db, viewer, input.requestId);
  if (!OPEN.includes(request.status)) throw new AppError("help.errors.notOpen");
  await db.$transaction(async (tx) => {
    await move(tx, request, { status: "DECLINED", outcomeReason: input.reason, closedAt: new Date() });
    await audit(tx, {
      actorId: viewer.id,
      action: "help.declined",
      entityType: "HelpRequest",
      entityId: request.id,
      regionCode: request.regionCode,
      data: { reason: input.reason },
    });
    await tellRequester(tx, request, { step: "declined", reason: input.reason });
  });
}

/** Staff close an open request as a duplicate of another request of the same region. */
export async function markHelpRequestDuplicate(
  db: Db,
  viewer: Viewer,
  input: { requestId: string; duplicateOf: string },
) {
  const request = await staffRequest(db, viewer, input.requestId);
  if (!OPEN.includes(request.status)) throw new AppError("help.errors.notOpen");
  const original = await db.helpRequest.findFirst({
    where: { id: input.duplicateOf, regionCode: request.regionCode, NOT: { id: request.id } },
    select: { id: true, status: true, duplicateOfId: true },
  });
  if (!original) throw new AppError("help.errors.duplicateNotFound", "duplicateOf");
  // Point at the request that is being handled, never at another duplicate.
  const target = original.status === "DUPLICATE" && original.duplicateOfId ? original.duplicateOfId : original.id;
  if (target === request.id) throw new AppError("help.errors.duplicateNotFound", "duplicateOf");
  await db.$transaction(async (tx) => {
    await move(tx, request, { status: "DUPLICATE", duplicateOfId: target, closedAt: new Date() });
    await audit(tx, {
      actorId: viewer.id,
      action: "help.duplicate",
      entityType: "HelpRequest",
      entityId: request.id,
      regionCode: request.regionCode,
      data: { duplicateOf: target },
    });
    await tellRequester(tx, request, { step: "duplicate" });
  });
}

/**
 * The request is done: closed by the region's staff (any open request, e.g. solved by phone) or
 * by the organizer that accepted it.
 */
export async function resolveHelpRequest(db: Db, viewer: Viewer, input: { requestId: string }) {
  const request = await db.helpRequest.findFirst({
    where: {
      id: input.requestId,
      OR: [staffedRegionWhere(viewer), { acceptedAt: { not: null }, assignedOrganizer: managedOrganizerWhere(viewer) }],
    },
    select: {
      id: true,
      status: true,
      regionCode: true,
      version: true,
      contactEmail: true,
      locale: true,
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  if (!OPEN.includes(request.status)) throw new AppError("help.errors.notOpen");
  await db.$transaction(async (tx) => {
    await move(tx, request, { status: "RESOLVED", closedAt: new Date() });
    await audit(tx, {
      actorId: viewer.id,
      action: "help.resolved",
      entityType: "HelpRequest",
      entityId: request.id,
      regionCode: request.regionCode,
    });
    await tellRequester(tx, request, { step: "resolved" });
  });
}

/** The organizer a request was offered to accepts it (and sees the contact) or hands it back. */
export async function answerHelpRequest(
  db: Db,
  viewer: Viewer,
  input: { requestId: string } & ({ answer: "ACCEPT" } | { answer: "DECLINE"; reason: string }),
) {
  const request = await db.helpRequest.findFirst({
    where: { id: input.requestId, assignedOrganizer: managedOrganizerWhere(viewer) },
    select: {
      id: true,
      status: true,
      regionCode: true,
      version: true,
      acceptedAt: true,
      contactEmail: true,
      locale: true,
      assignedOrganizer: { select: { id: true, name: true } },
    },
  });
  if (!request || !request.assignedOrganizer) throw new AppError("NOT_FOUND");
  if (request.status !== "IN_PROGRESS" || request.acceptedAt) throw new AppError("help.errors.notOpen");
  const organizer = request.assignedOrganizer;
  const accepted = input.answer === "ACCEPT";
  const reason = input.answer === "DECLINE" ? input.reason : null;
  await db.$transaction(async (tx) => {
    await move(
      tx,
      request,
      accepted
        ? { acceptedAt: new Date() }
        : { status: "NEW", assignedOrganizerId: null, assignedAt: null, acceptedAt: null },
    );
    const staff = await regionStaff(tx, request.regionCode);
    await notify(
      tx,
      staff.map((userId) => ({
        userId,
        type: "HELP_REQUEST_ANSWERED" as const,
        data: { requestId: request.id, accepted, organizerName: organizer.name, reason },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: accepted ? "help.accepted" : "help.handed_back",
      entityType: "HelpRequest",
      entityId: request.id,
      regionCode: request.regionCode,
      data: { organizerId: organizer.id, organizerName: organizer.name, reason },
    });
    if (accepted) await tellRequester(tx, request, { step: "accepted", organizerName: organizer.name });
  });
}

/**
 * The organizer that took a request made a project of it (src/modules/projects createProject, in
 * its transaction): the request points at the project, and its requester sees the project once it
 * is published. Only a request this organizer accepted, still open and not yet made into one.
 */
export async function linkHelpRequestToProject(
  tx: Tx,
  viewer: Viewer,
  input: { helpRequestId: string; organizerId: string; projectId: string },
) {
  const request = await tx.helpRequest.findFirst({
    where: { id: input.helpRequestId, ...takenForProjectWhere(viewer, input.organizerId) },
    select: { id: true, version: true, regionCode: true },
  });
  if (!request) throw new AppError("help.errors.notOpen");
  await move(tx, request, { projectId: input.projectId });
  await audit(tx, {
    actorId: viewer.id,
    action: "help.converted",
    entityType: "HelpRequest",
    entityId: request.id,
    regionCode: request.regionCode,
    data: { projectId: input.projectId },
  });
}
