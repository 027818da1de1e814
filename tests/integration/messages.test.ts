import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, dbUrl, errorCode, viewerOf } from "./helpers";
import { actAs, resetActor } from "./action-harness";
import { NO_PASSWORD, organizer, project, volunteer } from "./applications-fixtures";
import { accepted } from "./records-fixtures";
import { createOrganizer, createUser } from "../../prisma/seed/factories";
import { createPrismaClient } from "../../src/server/prisma-client";
import type { Viewer } from "../../src/modules/accounts/viewer";
import {
  anonymiseMessagesOf,
  createSavedReply,
  deleteSavedReply,
  markRead,
  reportMessage,
  resolveReport,
  sendMessage,
  sendToMany,
} from "../../src/modules/messages/mutations";
import {
  getApplicationThread,
  getThread,
  listInbox,
  listOpenReports,
  listOrganizerInbox,
  listSavedReplies,
  unreadConversationCount,
} from "../../src/modules/messages/queries";
import { sendUnreadMessageEmails } from "../../src/modules/messages/jobs";
import { exportMyData } from "../../src/modules/records/export";
import { deleteAccount } from "../../src/modules/records/mutations";
import { sendMessageAction } from "../../src/modules/messages/actions";

vi.mock("@/modules/accounts/session", async () => (await import("./action-harness")).sessionModule());
vi.mock("@/server/db", async () => (await import("./action-harness")).dbModule());
vi.mock("next/cache", async () => (await import("./action-harness")).cacheModule());
vi.mock("next/headers", async () => (await import("./action-harness")).headersModule());
beforeEach(resetActor);

const MIN = 60_000;

/** A team (owner and coordinator) with one project in Astana and a volunteer accepted for its role. */
async function setting(opts: { age?: number } = {}) {
  const team = await organizer();
  const { projectId, roleId } = await project(team.org.id);
  const v = await volunteer({ age: opts.age ?? 25, guardian: (opts.age ?? 25) < 18 });
  const application = await accepted(v.id, projectId, roleId);
  return { ...team, projectId, roleId, v, applicationId: application.id };
}

/** Moves every time of the messages back by `ms`: sent, last message, read and emailed. */
async function age(ms: number) {
  await db().$executeRawUnsafe(
    `UPDATE "ConversationRead" SET "lastReadAt" = "lastReadAt" - $1 * interval '1 millisecond',
       "lastEmailedAt" = "lastEmailedAt" - $1 * interval '1 millisecond'`,
    ms,
  );
  await db().$executeRawUnsafe(`UPDATE "Message" SET "createdAt" = "createdAt" - $1 * interval '1 millisecond'`, ms);
  await db().$executeRawUnsafe(
    `UPDATE "Conversation" SET "lastMessageAt" = "lastMessageAt" - $1 * interval '1 millisecond'`,
    ms,
  );
}

const unreadNotes = (userId: string) =>
  db().notification.findMany({ where: { userId, type: "MESSAGES_UNREAD" }, select: { data: true } });

describe("who takes part in a conversation", () => {
  it("shows a minor's conversation to every member of the team, and to nobody else", async () => {
    const s = await setting({ age: 16 });
    const sent = await sendMessage(db(), s.v, {
      applicationId: s.applicationId,
      body: "Сәлеметсіз бе! Қашан келу керек?",
    });

    for (const member of [s.owner, s.coordinator]) {
      const thread = await getThread(db(), member, sent.conversationId);
      expect(thread?.messages.map((m) => m.body)).toEqual(["Сәлеметсіз бе! Қашан келу керек?"]);
      expect(thread?.volunteerIsMinor).toBe(true);
      expect((await listOrganizerInbox(db(), member, s.org.slug, 1))?.items).toHaveLength(1);
    }
    // The coordinator answers; the owner and the volunteer both see it.
    await sendMessage(db(), s.coordinator, { applicationId: s.applicationId, body: "Сенбі, 10:00." });
    expect((await getThread(db(), s.owner, sent.conversationId))?.messages).toHaveLength(2);
    const mine = await getThread(db(), s.v, sent.conversationId);
    expect(mine?.messages.map((m) => [m.mine, m.fromOrganizer])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(mine?.volunteerIsMinor).toBe(false);

    // Another organizer's owner, another volunteer, the region's staff and an admin: 404 everywhere.
    const other = await createOrganizer(db(), { regionCode: "ASTANA", verified: true, ownerPasswordHash: NO_PASSWORD });
    const strangers: Viewer[] = [await viewerOf(other.ownerId), await volunteer({ name: "Бөтен Адам" })];
    const staffUser = await createUser(db(), { name: "Staff", passwordHash: NO_PASSWORD });
    await db().staffAssignment.create({ data: { userId: staffUser.id, regionCode: "ASTANA" } });
    strangers.push(await viewerOf(staffUser.id));
    const admin = await createUser(db(), { name: "Admin", isAdmin: true, passwordHash: NO_PASSWORD });
    strangers.push(await viewerOf(admin.id));
    for (const stranger of strangers) {
      expect(await getThread(db(), stranger, sent.conversationId)).toBeNull();
      expect(await getApplicationThread(db(), stranger, s.applicationId)).toBeNull();
      expect(await listOrganizerInbox(db(), stranger, s.org.slug, 1)).toBeNull();
      expect((await listInbox(db(), stranger, 1)).items).toEqual([]);
      expect(await errorCode(sendMessage(db(), stranger, { applicationId: s.applicationId, body: "Hi" }))).toBe(
        "NOT_FOUND",
      );
    }
    expect(await db().message.count()).toBe(2);
  });

  it("creates the conversation with its first message, once, and counts unread conversations", async () => {
    const s = await setting();
    expect(await getApplicationThread(db(), s.v, s.applicationId)).toMatchObject({ conversationId: null });
    expect(await db().conversation.count()).toBe(0);
    const [a, b] = await Promise.all([
      sendMessage(db(), s.owner, { applicationId: s.applicationId, body: "Welcome!" }),
      sendMessage(db(), s.coordinator, { applicationId: s.applicationId, body: "See you on Saturday" }),
    ]);
    expect(a.conversationId).toBe(b.conversationId);
    expect(await db().conversation.count()).toBe(1);
    expect(await getApplicationThread(db(), s.v, s.applicationId)).toEqual({ conversationId: a.conversationId });

    expect(await unreadConversationCount(db(), s.v)).toBe(1);
    // The header of the page that opens the conversation leaves it out.
    expect(await unreadConversationCount(db(), s.v, a.conversationId)).toBe(0);
    expect((await listInbox(db(), s.v, 1)).items[0]).toMatchObject({ unread: 2, counterpart: s.org.name });
    // The team's own messages are not unread for the team.
    expect(await unreadConversationCount(db(), s.owner)).toBe(0);
    await markRead(db(), s.v, a.conversationId);
    expect(await unreadConversationCount(db(), s.v)).toBe(0);
    await sendMessage(db(), s.v, { applicationId: s.applicationId, body: "Thank you" });
    expect(await unreadConversationCount(db(), s.owner)).toBe(1);
    expect(await unreadConversationCount(db(), s.coordinator)).toBe(1);
    // A stranger reading the conversation leaves no trace.
    const stranger = await volunteer({ name: "Stranger" });
    await markRead(db(), stranger, a.conversationId);
    expect(await db().conversationRead.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it("never hands out an email or a phone in the inbox or the thread", async () => {
    const s = await setting();
    const { conversationId } = await sendMessage(db(), s.owner, { applicationId: s.applicationId, body: "Hello" });
    const user = await db().user.findUniqueOrThrow({ where: { id: s.v.id }, select: { email: true } });
    const seen = JSON.stringify([
      await getThread(db(), s.owner, conversationId),
      await listOrganizerInbox(db(), s.owner, s.org.slug, 1),
      await getThread(db(), s.v, conversationId),
    ]);
    expect(seen).not.toContain(user.email);
    expect(seen).not.toContain(s.owner.email);
    expect(seen).not.toContain("+7 ");
  });
});

describe("sending", () => {
  it("refuses a blocked sender with a translated refusal, and hostile input through the action", async () => {
    const s = await setting();
    await db().messagingBlock.create({ data: { userId: s.v.id, reason: "test" } });
    expect(await errorCode(sendMessage(db(), s.v, { applicationId: s.applicationId, body: "Hi" }))).toBe(
      "messages.errors.BLOCKED",
    );
    await actAs(s.v.id);
    expect(await sendMessageAction({ applicationId: s.applicationId, body: "Hi" })).toMatchObject({
      serverError: { message: "messages.errors.BLOCKED" },
    });
    await actAs(s.owner.id);
    expect(await sendMessageAction({ applicationId: s.applicationId, body: "x".repeat(2001) })).toEqual({
      validationErrors: { body: { _errors: ["validation.tooLong"] } },
    });
    expect(await sendMessageAction({ applicationId: s.applicationId, body: "   " })).toEqual({
      validationErrors: { body: { _errors: ["validation.required"] } },
    });
    expect(await sendMessageAction({ applicationId: "x".repeat(10_000), body: "Hi" })).toEqual({
      validationErrors: { applicationId: { _errors: ["validation.invalid"] } },
    });
    expect(await sendMessageAction({ applicationId: "' OR 1=1 --", body: "Hi" })).toMatchObject({
      serverError: { message: "errors.NOT_FOUND" },
    });
    expect(await db().message.count()).toBe(0);
    const ok = await sendMessageAction({ applicationId: s.applicationId, body: "<script>alert(1)</script>" });
    expect(ok?.data?.conversationId).toBeTruthy();
    // Stored as typed: it is rendered as text, never as HTML.
    expect((await db().message.findFirstOrThrow()).body).toBe("<script>alert(1)</script>");
  });

  it("messages everyone accepted for a role, or confirmed for a slot, each in their own conversation", async () => {
    const s = await setting();
    const second = await volunteer({ name: "Екінші" });
    const waiting = await volunteer({ name: "Күтуде" });
    const app2 = await accepted(second.id, s.projectId, s.roleId);
    await db().application.create({
      data: {
        roleId: s.roleId,
        projectId: s.projectId,
        volunteerId: waiting.id,
        status: "WAITLISTED",
        waitlistedAt: new Date(),
      },
    });
    expect(
      await sendToMany(db(), s.coordinator, {
        organizerId: s.org.id,
        target: `role:${s.roleId}`,
        body: "Bring gloves",
      }),
    ).toEqual({
      sent: 2,
    });
    expect(await db().conversation.count()).toBe(2);
    expect(await unreadConversationCount(db(), waiting)).toBe(0);
    expect(await unreadConversationCount(db(), second)).toBe(1);

    const slot = await db().roleSlot.create({
      data: {
        roleId: s.roleId,
        projectId: s.projectId,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        capacity: 5,
        checkInSecret: "secret",
      },
    });
    for (const [volunteerId, applicationId, status] of [
      [s.v.id, s.applicationId, "CONFIRMED"],
      [second.id, app2.id, "CANCELLED"],
    ] as const)
      await db().slotSignup.create({
        data: { slotId: slot.id, applicationId, volunteerId, status, startsAt: slot.startsAt, endsAt: slot.endsAt },
      });
    expect(
      await sendToMany(db(), s.owner, { organizerId: s.org.id, target: `slot:${slot.id}`, body: "Gate B" }),
    ).toEqual({
      sent: 1,
    });
    const toSecond = await db().message.count({ where: { conversation: { applicationId: app2.id } } });
    expect(toSecond).toBe(1);

    // Another team cannot message this role; a role of another organizer is a 404 too.
    const other = await createOrganizer(db(), { regionCode: "ASTANA", verified: true, ownerPasswordHash: NO_PASSWORD });
    const otherOwner = await viewerOf(other.ownerId);
    expect(
      await errorCode(sendToMany(db(), otherOwner, { organizerId: s.org.id, target: `role:${s.roleId}`, body: "x" })),
    ).toBe("NOT_FOUND");
    expect(
      await errorCode(sendToMany(db(), otherOwner, { organizerId: other.id, target: `role:${s.roleId}`, body: "x" })),
    ).toBe("NOT_FOUND");
  });

  it("keeps saved replies per organizer: create, list for the team only, delete", async () => {
    const s = await setting();
    await createSavedReply(db(), s.owner, { organizerId: s.org.id, title: "Address", body: "Kabanbay batyr 10" });
    expect((await listSavedReplies(db(), s.coordinator, s.org.id)).map((r) => r.title)).toEqual(["Address"]);
    expect(await listSavedReplies(db(), s.v, s.org.id)).toEqual([]);
    const [reply] = await listSavedReplies(db(), s.owner, s.org.id);
    const other = await createOrganizer(db(), { regionCode: "ASTANA", verified: true, ownerPasswordHash: NO_PASSWORD });
    expect(await errorCode(deleteSavedReply(db(), await viewerOf(other.ownerId), { id: reply!.id }))).toBe("NOT_FOUND");
    expect(await errorCode(createSavedReply(db(), s.v, { organizerId: s.org.id, title: "x", body: "y" }))).toBe(
      "NOT_FOUND",
    );
    await deleteSavedReply(db(), s.coordinator, { id: reply!.id });
    expect(await listSavedReplies(db(), s.owner, s.org.id)).toEqual([]);
  });
});

describe("the unread email", () => {
  it("batches a person's unread conversations into one notification, at most once an hour per conversation", async () => {
    const s = await setting();
    const { projectId: p2, roleId: r2 } = await project(s.org.id, { title: "Адреса заботы" });
    const app2 = await accepted(s.v.id, p2, r2);
    const first = await sendMessage(db(), s.owner, { applicationId: s.applicationId, body: "One" });
    await sendMessage(db(), s.owner, { applicationId: app2.id, body: "Two" });

    // Not yet 15 minutes.
    await age(10 * MIN);
    expect(await sendUnreadMessageEmails(db())).toBe(0);
    await age(6 * MIN);
    expect(await sendUnreadMessageEmails(db())).toBe(1);
    const notes = await unreadNotes(s.v.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data).toMatchObject({ count: 2 });
    // The sender's side has nothing unread: no email for the team.
    expect(await unreadNotes(s.owner.id)).toEqual([]);
    expect(await unreadNotes(s.coordinator.id)).toEqual([]);
    expect(await sendUnreadMessageEmails(db())).toBe(0);

    // A new message 20 minutes later: due, but the conversation was emailed less than an hour ago.
    await age(20 * MIN);
    await sendMessage(db(), s.coordinator, { applicationId: s.applicationId, body: "Three" });
    await age(20 * MIN);
    expect(await sendUnreadMessageEmails(db())).toBe(0);
    // After the hour only that conversation, about the new message.
    await age(25 * MIN);
    expect(await sendUnreadMessageEmails(db())).toBe(1);
    const later = await unreadNotes(s.v.id);
    expect(later).toHaveLength(2);
    expect(later.map((n) => (n.data as { count: number }).count).sort()).toEqual([1, 2]);
    const last = later.find((n) => (n.data as { count: number }).count === 1)!.data as {
      conversations: { conversationId: string; unread: number }[];
    };
    expect(last.conversations).toEqual([expect.objectContaining({ conversationId: first.conversationId, unread: 2 })]);

    // Read in time: nothing is sent.
    await sendMessage(db(), s.v, { applicationId: s.applicationId, body: "Ok" });
    await markRead(db(), s.owner, first.conversationId);
    await age(30 * MIN);
    await sendUnreadMessageEmails(db());
    expect(await unreadNotes(s.owner.id)).toEqual([]);
    expect(await unreadNotes(s.coordinator.id)).toHaveLength(1);
  });

  it("tells everyone once when two instances run the job at the same time", async () => {
    const s = await setting();
    const others = await Promise.all([1, 2, 3, 4, 5].map((i) => volunteer({ name: `V${i}` })));
    for (const o of others) {
      const a = await accepted(o.id, s.projectId, s.roleId);
      await sendMessage(db(), o, { applicationId: a.id, body: "Question" });
    }
    await sendMessage(db(), s.v, { applicationId: s.applicationId, body: "Question" });
    await age(16 * MIN);
    const second = createPrismaClient(dbUrl(), 5);
    try {
      const told = await Promise.all([sendUnreadMessageEmails(db()), sendUnreadMessageEmails(second)]);
      // The owner and the coordinator, once each, whichever instance told them.
      expect(told[0] + told[1]).toBe(2);
    } finally {
      await second.$disconnect();
    }
    for (const member of [s.owner, s.coordinator]) {
      const notes = await unreadNotes(member.id);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.data).toMatchObject({ count: 6 });
    }
  });
});

describe("reports", () => {
  it("tells the region's staff, who hide the message and block the sender; other regions get a 404", async () => {
    const s = await setting();
    const bad = await sendMessage(db(), s.v, { applicationId: s.applicationId, body: "rude words" });
    const staffUser = await createUser(db(), { name: "Astana Staff", passwordHash: NO_PASSWORD });
    await db().staffAssignment.create({ data: { userId: staffUser.id, regionCode: "ASTANA" } });
    const staff = await viewerOf(staffUser.id);
    const elsewhereUser = await createUser(db(), { name: "Aktobe Staff", passwordHash: NO_PASSWORD });
    await db().staffAssignment.create({ data: { userId: elsewhereUser.id, regionCode: "AKTOBE" } });
    const elsewhere = await viewerOf(elsewhereUser.id);

    // One's own message cannot be reported; a stranger cannot even find it.
    expect(await errorCode(reportMessage(db(), s.v, { messageId: bad.messageId, reason: "x" }))).toBe(
      "messages.errors.CANNOT_REPORT",
    );
    const stranger = await volunteer({ name: "Stranger" });
    expect(await errorCode(reportMessage(db(), stranger, { messageId: bad.messageId, reason: "x" }))).toBe("NOT_FOUND");
    expect(await reportMessage(db(), s.coordinator, { messageId: bad.messageId, reason: "Insults" })).toEqual({
      reported: true,
    });
    expect(await reportMessage(db(), s.coordinator, { messageId: bad.messageId, reason: "Again" })).toEqual({
      reported: false,
    });
    expect(await db().notification.count({ where: { userId: staff.id, type: "MESSAGE_REPORTED" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: elsewhere.id } })).toBe(0);

    expect((await listOpenReports(db(), staff, 1)).items.map((m) => m.body)).toEqual(["rude words"]);
    expect((await listOpenReports(db(), elsewhere, 1)).items).toEqual([]);
    expect(
      await errorCode(resolveReport(db(), elsewhere, { messageId: bad.messageId, decision: "HIDE_AND_BLOCK" })),
    ).toBe("NOT_FOUND");
    expect(await errorCode(resolveReport(db(), s.owner, { messageId: bad.messageId, decision: "HIDE" }))).toBe(
      "NOT_FOUND",
    );

    await resolveReport(db(), staff, { messageId: bad.messageId, decision: "HIDE_AND_BLOCK" });
    const thread = await getThread(db(), s.owner, bad.conversationId);
    expect(thread?.messages[0]).toMatchObject({ hidden: true, body: null });
    expect(await errorCode(sendMessage(db(), s.v, { applicationId: s.applicationId, body: "more" }))).toBe(
      "messages.errors.BLOCKED",
    );
    expect((await listOpenReports(db(), staff, 1)).items).toEqual([]);
    const actions = await db().auditLog.findMany({
      where: { action: { startsWith: "message." } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "message.report", actorId: s.coordinator.id },
      { action: "message.hide", actorId: staff.id },
      { action: "message.blockSender", actorId: staff.id },
    ]);
    // Hidden messages are not unread and never emailed.
    await age(20 * MIN);
    await sendUnreadMessageEmails(db());
    expect(await unreadNotes(s.owner.id)).toEqual([]);
  });
});

describe("personal data", () => {
  it("puts the messages a person wrote in their download, and anonymises them on account deletion", async () => {
    const s = await setting();
    const { conversationId } = await sendMessage(db(), s.v, { applicationId: s.applicationId, body: "My own words" });
    await sendMessage(db(), s.owner, { applicationId: s.applicationId, body: "The team's words" });

    const data = await exportMyData(db(), s.v);
    expect(data.messages).toEqual([
      expect.objectContaining({ conversationId, body: "My own words", as: "volunteer", hiddenByModerators: false }),
    ]);
    const user = await db().user.findUniqueOrThrow({ where: { id: s.v.id }, select: { email: true } });
    await deleteAccount(db(), s.v, { email: user.email.toLowerCase() });

    const rows = await db().message.findMany({ orderBy: { createdAt: "asc" }, select: { body: true, senderId: true } });
    expect(rows).toEqual([
      { body: "", senderId: null },
      { body: "The team's words", senderId: s.owner.id },
    ]);
    const thread = await getThread(db(), s.owner, conversationId);
    expect(thread?.messages[0]).toMatchObject({ deletedSender: true, body: null });
    expect(JSON.stringify(thread)).not.toContain("My own words");
    // Nothing is left to anonymise a second time.
    expect(await db().$transaction((tx) => anonymiseMessagesOf(tx, s.v.id))).toEqual({ messages: 0 });
  });
});
