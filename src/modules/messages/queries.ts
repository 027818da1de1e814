import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { isMinor } from "@/domain/age";
import { pageSlice } from "@/domain/search-params";
import { memberOfWhere } from "@/modules/organizers/scope";
import {
  participantApplicationWhere,
  participantConversationWhere,
  readsFromOrganizer,
  sideOf,
  staffMessageWhere,
} from "./policy";

export const INBOX_PAGE_SIZE = 20;
export const THREAD_PAGE_SIZE = 50;

/**
 * How many conversations have a message the person has not read: the header's badge, on every
 * signed-in page. One raw query (Prisma's compiler costs more CPU than the count, decision 0021):
 * conversations of their applications and of their organizers' projects whose last message is
 * newer than their last visit, and that hold a visible message of the other side since then.
 * `except`: the conversation the request opens (its page marks it read as the header renders).
 */
export async function unreadConversationCount(db: Db, viewer: Viewer, except?: string): Promise<number> {
  const rows = (await db.$queryRawUnsafe(
    `SELECT count(*)::int AS n
     FROM "Conversation" c
     JOIN "Application" a ON a.id = c."applicationId"
     JOIN "Project" p ON p.id = a."projectId"
     LEFT JOIN "ConversationRead" r ON r."conversationId" = c.id AND r."userId" = $1
     WHERE c."lastMessageAt" > COALESCE(r."lastReadAt", '-infinity'::timestamp)
       AND c.id <> $2
       AND (a."volunteerId" = $1 OR p."organizerId" IN (SELECT "organizerId" FROM "OrganizerMember" WHERE "userId" = $1))
       AND EXISTS (
         SELECT 1 FROM "Message" m
         WHERE m."conversationId" = c.id AND m."hiddenAt" IS NULL
           AND m."fromOrganizer" = (a."volunteerId" = $1)
           AND m."createdAt" > COALESCE(r."lastReadAt", '-infinity'::timestamp))`,
    viewer.id,
    except ?? "",
  )) as { n: number }[];
  return rows[0]?.n ?? 0;
}

/** Unread messages per conversation for the user (the inbox's badges), for the given conversations. */
async function unreadByConversation(db: Db, userId: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = (await db.$queryRawUnsafe(
    `SELECT c.id, count(m.id)::int AS n
     FROM "Conversation" c
     JOIN "Application" a ON a.id = c."applicationId"
     LEFT JOIN "ConversationRead" r ON r."conversationId" = c.id AND r."userId" = $1
     JOIN "Message" m ON m."conversationId" = c.id AND m."hiddenAt" IS NULL
       AND m."fromOrganizer" = (a."volunteerId" = $1)
       AND m."createdAt" > COALESCE(r."lastReadAt", '-infinity'::timestamp)
     WHERE c.id = ANY($2::text[])
     GROUP BY c.id`,
    userId,
    ids,
  )) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

const conversationListSelect = {
  id: true,
  lastMessageAt: true,
  application: {
    select: {
      id: true,
      volunteerId: true,
      volunteer: { select: { name: true } },
      role: { select: { title: true } },
      project: { select: { id: true, title: true, organizer: { select: { name: true } } } },
    },
  },
  messages: {
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: 1,
    select: { body: true, hiddenAt: true, senderId: true, fromOrganizer: true },
  },
} satisfies Prisma.ConversationSelect;

export type InboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];

async function listConversations(
  db: Db,
  viewer: Viewer,
  where: ReturnType<typeof participantConversationWhere>,
  page: number,
) {
  const filter = { AND: [participantConversationWhere(viewer.id), where], lastMessageAt: { not: null } };
  const [rows, total] = await Promise.all([
    db.conversation.findMany({
      where: filter,
      orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
      ...pageSlice(page, INBOX_PAGE_SIZE),
      select: conversationListSelect,
    }),
    db.conversation.count({ where: filter }),
  ]);
  const unread = await unreadByConversation(
    db,
    viewer.id,
    rows.map((r) => r.id),
  );
  const items = rows.map((c) => {
    const side = sideOf(viewer.id, c.application);
    const last = c.messages[0];
    return {
      id: c.id,
      side,
      lastMessageAt: c.lastMessageAt,
      projectTitle: c.application.project.title,
      roleTitle: c.application.role.title,
      // The other side, by name only: never an email or a phone.
      counterpart: side === "VOLUNTEER" ? c.application.project.organizer.name : c.application.volunteer.name,
      preview: last && !last.hiddenAt && last.senderId !== null ? last.body.slice(0, 140) : null,
      lastFromMe: last ? last.fromOrganizer === (side === "ORGANIZER") : false,
      unread: unread.get(c.id) ?? 0,
    };
  });
  return { items, total, page, pageSize: INBOX_PAGE_SIZE };
}

/** The viewer's conversations, as a volunteer and as a member of any organizer, newest first. */
export function listInbox(db: Db, viewer: Viewer, page: number) {
  return listConversations(db, viewer, {}, page);
}

/** The team inbox of one organizer the viewer is a member of; null (a 404) for anyone else. */
export async function listOrganizerInbox(db: Db, viewer: Viewer, slug: string, page: number) {
  const organizer = await db.organizer.findFirst({
    where: { slug, ...memberOfWhere(viewer.id) },
    select: { id: true, slug: true, name: true },
  });
  if (!organizer) return null;
  const list = await listConversations(db, viewer, { application: { project: { organizerId: organizer.id } } }, page);
  return { organizer, ...list };
}

// Keyset cursor of the older messages: "<createdAt ISO>_<id>" of the oldest message shown.
function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  const m = cursor?.match(/^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([a-z0-9]{1,40})$/);
  if (!m?.[1] || !m[2]) return null;
  const createdAt = new Date(m[1]);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: m[2] };
}

const applicationSelect = {
  id: true,
  volunteerId: true,
  status: true,
  volunteer: { select: { name: true, volunteer: { select: { birthDate: true } } } },
  role: { select: { title: true } },
  project: {
    select: { id: true, title: true, organizer: { select: { id: true, name: true, slug: true } } },
  },
} as const;

/** What a thread page shows about the application and who the viewer is in it. */
function threadHeader(
  viewer: Viewer,
  a: {
    id: string;
    volunteerId: string;
    status: string;
    volunteer: { name: string; volunteer: { birthDate: Date } | null };
    role: { title: string };
    project: { id: string; title: string; organizer: { id: string; name: string; slug: string } };
  },
) {
  const side = sideOf(viewer.id, a);
  const birthDate = a.volunteer.volunteer?.birthDate;
  return {
    applicationId: a.id,
    side,
    projectId: a.project.id,
    projectTitle: a.project.title,
    roleTitle: a.role.title,
    organizer: a.project.organizer,
    volunteerName: a.volunteer.name,
    // Told to the team so everyone knows the whole team reads along (no private path exists).
    volunteerIsMinor: side === "ORGANIZER" && birthDate ? isMinor(birthDate, new Date()) : false,
  };
}

/**
 * One conversation the viewer takes part in, with its newest messages (or those before `before`);
 * null (a 404) for anyone else. Sender names only; hidden messages and those of deleted accounts
 * come without their text.
 */
export async function getThread(db: Db, viewer: Viewer, conversationId: string, before?: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, ...participantConversationWhere(viewer.id) },
    select: { id: true, application: { select: applicationSelect } },
  });
  if (!conversation) return null;
  const after = parseCursor(before);
  const rows = await db.message.findMany({
    where: {
      conversationId: conversation.id,
      ...(after
        ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: THREAD_PAGE_SIZE + 1,
    select: {
      id: true,
      body: true,
      senderId: true,
      fromOrganizer: true,
      hiddenAt: true,
      createdAt: true,
      sender: { select: { name: true } },
      reports: { where: { reporterId: viewer.id }, select: { id: true } },
    },
  });
  const shown = rows.slice(0, THREAD_PAGE_SIZE);
  const oldest = shown.at(-1);
  const header = threadHeader(viewer, conversation.application);
  return {
    id: conversation.id,
    ...header,
    olderCursor: rows.length > THREAD_PAGE_SIZE && oldest ? `${oldest.createdAt.toISOString()}_${oldest.id}` : null,
    messages: shown.reverse().map((m) => ({
      id: m.id,
      mine: m.senderId === viewer.id,
      fromOrganizer: m.fromOrganizer,
      senderName: m.senderId === null ? null : (m.sender?.name ?? null),
      body: m.hiddenAt || m.senderId === null ? null : m.body,
      hidden: m.hiddenAt !== null,
      deletedSender: m.senderId === null,
      createdAt: m.createdAt,
      reportedByMe: m.reports.length > 0,
      unreadForMe: m.fromOrganizer === readsFromOrganizer(header.side),
    })),
  };
}

/**
 * The application's conversation for its "Message" link: its id when it exists already, else
 * the header of the empty thread (the conversation is created with the first message); null (a
 * 404) for anyone who does not take part.
 */
export async function getApplicationThread(db: Db, viewer: Viewer, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, ...participantApplicationWhere(viewer.id) },
    select: { ...applicationSelect, conversation: { select: { id: true } } },
  });
  if (!application) return null;
  if (application.conversation) return { conversationId: application.conversation.id } as const;
  return { conversationId: null, ...threadHeader(viewer, application) } as const;
}

/** The saved replies of an organizer the viewer is a member of (empty for anyone else). */
export async function listSavedReplies(db: Db, viewer: Viewer, organizerId: string) {
  return db.savedReply.findMany({
    where: { organizerId, organizer: memberOfWhere(viewer.id) },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, title: true, body: true },
  });
}

/**
 * What the team can message at once: the roles of its current projects (everyone accepted) and
 * their slots to come (everyone confirmed), with how many each reaches.
 */
export async function listBulkTargets(db: Db, viewer: Viewer, organizerId: string, now = new Date()) {
  const recent = new Date(now.getTime() - 7 * 86_400_000);
  const projects = await db.project.findMany({
    where: {
      organizerId,
      organizer: memberOfWhere(viewer.id),
      status: { in: ["PUBLISHED", "COMPLETED"] },
      endsAt: { gt: recent },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 30,
    select: {
      id: true,
      title: true,
      roles: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          acceptedCount: true,
          slots: {
            where: { endsAt: { gt: now } },
            orderBy: [{ startsAt: "asc" }, { id: "asc" }],
            take: 30,
            select: {
              id: true,
              startsAt: true,
              endsAt: true,
              _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
            },
          },
        },
      },
    },
  });
  return projects.map((p) => ({
    id: p.id,
    title: p.title,
    roles: p.roles.map((r) => ({
      id: r.id,
      title: r.title,
      accepted: r.acceptedCount,
      slots: r.slots.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, confirmed: s._count.signups })),
    })),
  }));
}

/**
 * Staff: the reported messages of the regions they staff with open reports, oldest report first,
 * each with the conversation around it (the only way staff ever read a conversation).
 */
export async function listOpenReports(db: Db, viewer: Viewer, page: number) {
  const where = { ...staffMessageWhere(viewer), reports: { some: { resolvedAt: null } } };
  const [rows, total] = await Promise.all([
    db.message.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageSlice(page, INBOX_PAGE_SIZE),
      select: {
        id: true,
        body: true,
        hiddenAt: true,
        createdAt: true,
        fromOrganizer: true,
        senderId: true,
        sender: { select: { name: true, messagingBlock: { select: { createdAt: true } } } },
        reports: {
          where: { resolvedAt: null },
          orderBy: { createdAt: "asc" },
          select: { id: true, reason: true, createdAt: true },
        },
        conversation: {
          select: {
            id: true,
            application: {
              select: {
                volunteer: { select: { name: true } },
                project: {
                  select: { id: true, title: true, regionCode: true, organizer: { select: { name: true } } },
                },
              },
            },
            messages: {
              orderBy: [{ createdAt: "desc" }, { id: "desc" }],
              take: 20,
              select: {
                id: true,
                body: true,
                fromOrganizer: true,
                hiddenAt: true,
                createdAt: true,
                senderId: true,
                sender: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
    db.message.count({ where }),
  ]);
  return { items: rows, total, page, pageSize: INBOX_PAGE_SIZE };
}

/** Staff: how many reported messages wait in the regions they staff (the moderation page's card). */
export function openReportCount(db: Db, viewer: Viewer): Promise<number> {
  return db.message.count({ where: { ...staffMessageWhere(viewer), reports: { some: { resolvedAt: null } } } });
}

/** The messages a person wrote, for their personal data download. */
export async function messagesWrittenBy(db: Db, userId: string) {
  const rows = await db.message.findMany({
    where: { senderId: userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      fromOrganizer: true,
      hiddenAt: true,
      createdAt: true,
      conversation: {
        select: { id: true, application: { select: { project: { select: { id: true, title: true } } } } },
      },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    conversationId: m.conversation.id,
    project: { id: m.conversation.application.project.id, title: m.conversation.application.project.title },
    as: m.fromOrganizer ? "organizer" : "volunteer",
    body: m.body,
    hiddenByModerators: m.hiddenAt !== null,
    sentAt: m.createdAt.toISOString(),
  }));
}
