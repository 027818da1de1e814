// Who takes part in a conversation, in one place. A conversation belongs to one application; its
// participants are the volunteer who applied and every member of the organizer's team that runs
// the project — all of them, always: there is no path by which a conversation is private to one
// member (decision 0034), which matters most when the volunteer is a minor. Nobody else reads it,
// not even an admin: the region's staff see a conversation only through a report of one of its
// messages (staffReportWhere). Every query and mutation spreads these into its `where`, so anyone
// else gets exactly what a missing conversation gives: NOT_FOUND, a 404.
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/modules/accounts/viewer";
import { memberOfWhere } from "@/modules/organizers/scope";
import { staffedRegionWhere } from "@/modules/staff/scope";

/** Applications whose conversation the user takes part in: their own, or their organizer's. */
export function participantApplicationWhere(userId: string): Prisma.ApplicationWhereInput {
  return { OR: [{ volunteerId: userId }, { project: { organizer: memberOfWhere(userId) } }] };
}

/** Conversations the user takes part in. */
export function participantConversationWhere(userId: string): Prisma.ConversationWhereInput {
  return { application: participantApplicationWhere(userId) };
}

/** Reported messages the viewer moderates: those of projects in the regions they staff. */
export function staffMessageWhere(viewer: Viewer): Prisma.MessageWhereInput {
  return { conversation: { application: { project: staffedRegionWhere(viewer) } } };
}

export type Side = "VOLUNTEER" | "ORGANIZER";

/**
 * Which side the user writes from: the volunteer of the application, else the organizer's team
 * (someone who applied to their own organizer's project writes as the volunteer).
 */
export function sideOf(userId: string, application: { volunteerId: string }): Side {
  return application.volunteerId === userId ? "VOLUNTEER" : "ORGANIZER";
}

/** The `fromOrganizer` of the messages the user has to read: those written by the other side. */
export function readsFromOrganizer(side: Side): boolean {
  return side === "VOLUNTEER";
}

/** A person may report a message they did not write, once it is not hidden already. */
export function mayReport(userId: string, message: { senderId: string | null; hiddenAt: Date | null }): boolean {
  return message.senderId !== userId && message.hiddenAt === null;
}

/** Unread messages are emailed after this long, at most once an hour per conversation. */
export const UNREAD_EMAIL_AFTER_MS = 15 * 60_000;
export const UNREAD_EMAIL_EVERY_MS = 60 * 60_000;
