import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import { AppError } from "@/server/errors";
import { audit } from "@/server/audit";
import { takeAllowance } from "@/server/rate-limit";
import type { Viewer } from "@/modules/accounts/viewer";
import { memberOfWhere } from "@/modules/organizers/scope";
import { notify } from "@/modules/notifications/notify";
import {
  mayReport,
  participantApplicationWhere,
  participantConversationWhere,
  sideOf,
  staffMessageWhere,
} from "./policy";
import {
  SAVED_REPLIES_MAX,
  type deleteSavedReplySchema,
  type reportMessageSchema,
  type ResolveReportInput,
  type savedReplySchema,
  type SendMessageInput,
  type SendToManyInput,
} from "./schema";

type Tx = Prisma.TransactionClient;

/** Messages one person may send in an hour (a message to many counts once): enough for any real exchange. */
export const SEND_LIMIT_PER_HOUR = 120;
/** Conversations one "message everyone" reaches at most. */
export const SEND_TO_MANY_MAX = 1000;

/** Refuses a person staff blocked from messaging, and anyone over the hourly allowance. */
async function assertMaySend(db: Db, viewer: Viewer): Promise<void> {
  const block = await db.messagingBlock.findUnique({ where: { userId: viewer.id }, select: { userId: true } });
  if (block) throw new AppError("messages.errors.BLOCKED");
  if (!(await takeAllowance(db, "messages-send", viewer.id, SEND_LIMIT_PER_HOUR, 3600)))
    throw new AppError("messages.errors.TOO_MANY");
}

/**
 * Writes one message into the conversation of each application (creating the conversations that
 * do not exist yet), moves their last-message time, gives every participant a read row (the unread
 * email job works on those) and marks them read for the sender. One transaction, a few statements
 * whatever the number of conversations.
 */
async function writeMessages(
  tx: Tx,
  input: { applicationIds: string[]; organizerId: string; senderId: string; fromOrganizer: boolean; body: string },
  now: Date,
): Promise<{ conversationIds: string[]; messageIds: string[] }> {
  const { applicationIds, senderId, fromOrganizer, body } = input;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Conversation" ("id", "applicationId", "createdAt")
     SELECT 'c' || substr(md5(random()::text || a), 1, 24), a, $2
     FROM unnest($1::text[]) AS a
     ON CONFLICT ("applicationId") DO NOTHING`,
    applicationIds,
    now,
  );
  const conversations = await tx.conversation.findMany({
    where: { applicationId: { in: applicationIds } },
    select: { id: true, application: { select: { volunteerId: true } } },
  });
  const conversationIds = conversations.map((c) => c.id);
  const messages = await tx.message.createManyAndReturn({
    data: conversationIds.map((conversationId) => ({ conversationId, senderId, fromOrganizer, body, createdAt: now })),
    select: { id: true },
  });
  await tx.conversation.updateMany({ where: { id: { in: conversationIds } }, data: { lastMessageAt: now } });
  // Every participant: the volunteer and each member of the team, today's team included.
  await tx.$executeRawUnsafe(
    `INSERT INTO "ConversationRead" ("conversationId", "userId")
     SELECT c.id, a."volunteerId" FROM "Conversation" c JOIN "Application" a ON a.id = c."applicationId"
     WHERE c.id = ANY($1::text[])
     UNION
     SELECT c.id, om."userId" FROM "Conversation" c, "OrganizerMember" om
     WHERE c.id = ANY($1::text[]) AND om."organizerId" = $2
     ON CONFLICT DO NOTHING`,
    conversationIds,
    input.organizerId,
  );
  await tx.conversationRead.updateMany({
    where: { conversationId: { in: conversationIds }, userId: senderId },
    data: { lastReadAt: now },
  });
  return { conversationIds, messageIds: messages.map((m) => m.id) };
}

/**
 * Sends a message in the conversation of one application, creating the conversation with its
 * first message. Only a participant may: the volunteer who applied or a member of the team (see
 * policy.ts); anyone else gets NOT_FOUND, a blocked person a translated refusal.
 */
export async function sendMessage(db: Db, viewer: Viewer, input: SendMessageInput) {
  const application = await db.application.findFirst({
    where: { id: input.applicationId, ...participantApplicationWhere(viewer.id) },
    select: { id: true, volunteerId: true, project: { select: { organizerId: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND");
  await assertMaySend(db, viewer);
  const now = new Date();
  const { conversationIds, messageIds } = await db.$transaction((tx) =>
    writeMessages(
      tx,
      {
        applicationIds: [application.id],
        organizerId: application.project.organizerId,
        senderId: viewer.id,
        fromOrganizer: sideOf(viewer.id, application) === "ORGANIZER",
        body: input.body,
      },
      now,
    ),
  );
  return { conversationId: conversationIds[0]!, messageId: messageIds[0]! };
}

/**
 * A member of the team sends one message into the conversation of everyone accepted for a role,
 * or everyone confirmed for a slot (SlotSignup CONFIRMED): each gets it in their own conversation,
 * so nobody sees who else got it. Returns how many it reached.
 */
export async function sendToMany(db: Db, viewer: Viewer, input: SendToManyInput) {
  const organizer = await db.organizer.findFirst({
    where: { id: input.organizerId, ...memberOfWhere(viewer.id) },
    select: { id: true },
  });
  if (!organizer) throw new AppError("NOT_FOUND");
  const [kind, targetId] = input.target.split(":") as ["role" | "slot", string];
  let applicationIds: string[];
  if (kind === "role") {
    const role = await db.projectRole.findFirst({
      where: { id: targetId, project: { organizerId: organizer.id } },
      select: { applications: { where: { status: "ACCEPTED" }, select: { id: true }, take: SEND_TO_MANY_MAX } },
    });
    if (!role) throw new AppError("NOT_FOUND");
    applicationIds = role.applications.map((a) => a.id);
  } else {
    const slot = await db.roleSlot.findFirst({
      where: { id: targetId, project: { organizerId: organizer.id } },
      select: { signups: { where: { status: "CONFIRMED" }, select: { applicationId: true }, take: SEND_TO_MANY_MAX } },
    });
    if (!slot) throw new AppError("NOT_FOUND");
    applicationIds = slot.signups.map((s) => s.applicationId);
  }
  if (applicationIds.length === 0) throw new AppError("messages.errors.NOBODY");
  await assertMaySend(db, viewer);
  const now = new Date();
  const { conversationIds } = await db.$transaction((tx) =>
    writeMessages(
      tx,
      { applicationIds, organizerId: organizer.id, senderId: viewer.id, fromOrganizer: true, body: input.body },
      now,
    ),
  );
  return { sent: conversationIds.length };
}

/** The viewer has read the conversation up to now (opening the thread); nothing for non-participants. */
export async function markRead(db: Db, viewer: Viewer, conversationId: string, now = new Date()): Promise<void> {
  await db.$executeRawUnsafe(
    `INSERT INTO "ConversationRead" ("conversationId", "userId", "lastReadAt")
     SELECT c.id, $2, $3 FROM "Conversation" c
     JOIN "Application" a ON a.id = c."applicationId"
     JOIN "Project" p ON p.id = a."projectId"
     WHERE c.id = $1
       AND (a."volunteerId" = $2 OR EXISTS (
         SELECT 1 FROM "OrganizerMember" om WHERE om."organizerId" = p."organizerId" AND om."userId" = $2))
     ON CONFLICT ("conversationId", "userId") DO UPDATE SET "lastReadAt" = EXCLUDED."lastReadAt"`,
    conversationId,
    viewer.id,
    now,
  );
}

/**
 * A participant reports a message of someone else: the region's staff are told (MESSAGE_REPORTED)
 * and the report waits on /moderation/messages. Reporting twice changes nothing.
 */
export async function reportMessage(db: Db, viewer: Viewer, input: z.output<typeof reportMessageSchema>) {
  const message = await db.message.findFirst({
    where: { id: input.messageId, conversation: participantConversationWhere(viewer.id) },
    select: {
      id: true,
      senderId: true,
      hiddenAt: true,
      conversation: {
        select: { application: { select: { project: { select: { id: true, title: true, regionCode: true } } } } },
      },
    },
  });
  if (!message) throw new AppError("NOT_FOUND");
  if (!mayReport(viewer.id, message)) throw new AppError("messages.errors.CANNOT_REPORT");
  const project = message.conversation.application.project;
  return db.$transaction(async (tx) => {
    const created = await tx.messageReport.createManyAndReturn({
      data: [{ messageId: message.id, reporterId: viewer.id, reason: input.reason }],
      skipDuplicates: true,
      select: { id: true },
    });
    if (created.length === 0) return { reported: false };
    const staff = await tx.staffAssignment.findMany({
      where: { regionCode: project.regionCode },
      select: { userId: true },
    });
    await notify(
      tx,
      staff.map((s) => ({
        userId: s.userId,
        type: "MESSAGE_REPORTED" as const,
        data: {
          messageId: message.id,
          projectId: project.id,
          projectTitle: project.title,
          regionCode: project.regionCode,
        },
      })),
    );
    await audit(tx, {
      actorId: viewer.id,
      action: "message.report",
      entityType: "Message",
      entityId: message.id,
      regionCode: project.regionCode,
    });
    return { reported: true };
  });
}

/**
 * Staff of the project's region decide on a reported message: hide it (participants then see
 * that moderators hid it), hide it and block its sender from sending any message, or dismiss the
 * reports. Every open report of the message is resolved; each step is audited.
 */
export async function resolveReport(db: Db, viewer: Viewer, input: ResolveReportInput) {
  const message = await db.message.findFirst({
    where: { id: input.messageId, ...staffMessageWhere(viewer), reports: { some: { resolvedAt: null } } },
    select: {
      id: true,
      senderId: true,
      hiddenAt: true,
      conversation: { select: { application: { select: { project: { select: { regionCode: true } } } } } },
    },
  });
  if (!message) throw new AppError("NOT_FOUND");
  const regionCode = message.conversation.application.project.regionCode;
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.messageReport.updateMany({
      where: { messageId: message.id, resolvedAt: null },
      data: { resolvedAt: now, resolvedById: viewer.id },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const entry = { actorId: viewer.id, entityType: "Message", entityId: message.id, regionCode };
    if (input.decision === "DISMISS") {
      await audit(tx, { ...entry, action: "message.dismissReports", data: { reports: count } });
      return { decision: input.decision };
    }
    if (!message.hiddenAt) {
      await tx.message.update({ where: { id: message.id }, data: { hiddenAt: now, hiddenById: viewer.id } });
    }
    await audit(tx, { ...entry, action: "message.hide", data: { reports: count } });
    if (input.decision === "HIDE_AND_BLOCK" && message.senderId) {
      await tx.messagingBlock.upsert({
        where: { userId: message.senderId },
        create: { userId: message.senderId, blockedById: viewer.id, reason: `report:${message.id}` },
        update: {},
      });
      await audit(tx, {
        ...entry,
        action: "message.blockSender",
        entityType: "User",
        entityId: message.senderId,
        data: { messageId: message.id },
      });
    }
    return { decision: input.decision };
  });
}

/** A member saves a reply the whole team can use (at most SAVED_REPLIES_MAX per organizer). */
export async function createSavedReply(db: Db, viewer: Viewer, input: z.output<typeof savedReplySchema>) {
  const organizer = await db.organizer.findFirst({
    where: { id: input.organizerId, ...memberOfWhere(viewer.id) },
    select: { id: true, _count: { select: { savedReplies: true } } },
  });
  if (!organizer) throw new AppError("NOT_FOUND");
  if (organizer._count.savedReplies >= SAVED_REPLIES_MAX) throw new AppError("messages.errors.TOO_MANY_REPLIES");
  return db.savedReply.create({
    data: { organizerId: organizer.id, title: input.title, body: input.body, createdById: viewer.id },
    select: { id: true },
  });
}

export async function deleteSavedReply(db: Db, viewer: Viewer, input: z.output<typeof deleteSavedReplySchema>) {
  const { count } = await db.savedReply.deleteMany({
    where: { id: input.id, organizer: memberOfWhere(viewer.id) },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { deleted: true };
}

/**
 * Account deletion (src/modules/records/mutations.ts), in its transaction: the person's messages
 * stay in the others' conversations as "from a deleted account" with their text gone, their
 * report reasons are emptied, and their read state, block and saved replies' authorship go.
 */
export async function anonymiseMessagesOf(tx: Tx, userId: string): Promise<{ messages: number }> {
  const { count } = await tx.message.updateMany({ where: { senderId: userId }, data: { body: "", senderId: null } });
  await tx.messageReport.updateMany({ where: { reporterId: userId }, data: { reason: "", reporterId: null } });
  await tx.conversationRead.deleteMany({ where: { userId } });
  await tx.messagingBlock.deleteMany({ where: { userId } });
  await tx.savedReply.updateMany({ where: { createdById: userId }, data: { createdById: null } });
  return { messages: count };
}
