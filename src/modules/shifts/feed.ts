import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/server/prisma-client";
import type { Viewer } from "@/modules/accounts/viewer";
import { icsCalendar, type IcsEvent } from "@/modules/projects/ics";
import { FEED_TOKEN } from "./schema";

// The personal calendar feed (decision 0032): a URL with an unguessable token that phones
// subscribe to. Only the token's SHA-256 is stored: the token is shown once, when made; a new
// one replaces the old (one feed per person), revoking deletes it and the old URL answers 404.

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Makes (or remakes) the viewer's feed; the token is returned this once. */
export async function createFeed(db: Db, viewer: Viewer): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db.calendarFeed.upsert({
    where: { userId: viewer.id },
    create: { userId: viewer.id, tokenHash: hash(token) },
    update: { tokenHash: hash(token), createdAt: new Date() },
  });
  return { token };
}

export async function revokeFeed(db: Db, viewer: Viewer): Promise<void> {
  await db.calendarFeed.deleteMany({ where: { userId: viewer.id } });
}

export async function hasFeed(db: Db, viewer: Viewer): Promise<{ createdAt: Date } | null> {
  return db.calendarFeed.findUnique({ where: { userId: viewer.id }, select: { createdAt: true } });
}

/** Sign-ups of the last 30 days and ahead; cancelled ones stay as cancelled for phones to remove. */
const FEED_PAST_DAYS = 30;
const FEED_MAX_EVENTS = 500;

/**
 * The .ics of the feed a token names, or null (unknown, malformed or revoked token): the route
 * answers 404 alike. Only the token's owner's sign-ups are ever read.
 */
export async function feedCalendar(db: Db, token: string, appUrl: string): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hash(token) },
    select: { userId: true, user: { select: { locale: true } } },
  });
  if (!feed) return null;
  const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
  const signups = await db.slotSignup.findMany({
    where: {
      volunteerId: feed.userId,
      endsAt: { gt: since },
      status: { in: ["CONFIRMED", "WAITLISTED", "CANCELLED"] },
    },
    orderBy: { startsAt: "asc" },
    take: FEED_MAX_EVENTS,
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      updatedAt: true,
      slot: {
        select: {
          role: { select: { title: true } },
          project: { select: { id: true, title: true, settlement: true, isOnline: true } },
        },
      },
    },
  });
  const base = `${appUrl.replace(/\/+$/, "")}/${feed.user.locale}`;
  const events: IcsEvent[] = signups.map((s) => ({
    uid: `signup-${s.id}`,
    title: `${s.slot.project.title} — ${s.slot.role.title}${s.status === "WAITLISTED" ? " (…)" : ""}`,
    description: s.slot.role.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    location: s.slot.project.isOnline ? "Online" : (s.slot.project.settlement ?? ""),
    updatedAt: s.updatedAt,
    url: `${base}/my/calendar#signup-${s.id}`,
    cancelled: s.status === "CANCELLED",
  }));
  return icsCalendar(events, "Asar");
}

/** One slot's .ics, for any published project's slot. */
export async function slotCalendar(db: Db, slotId: string, appUrl: string, locale: string): Promise<string | null> {
  const slot = await db.roleSlot.findFirst({
    where: { id: slotId, project: { status: "PUBLISHED" } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
      role: { select: { title: true } },
      project: {
        select: { id: true, title: true, description: true, settlement: true, isOnline: true, updatedAt: true },
      },
    },
  });
  if (!slot) return null;
  const url = `${appUrl.replace(/\/+$/, "")}/${locale}/projects/${slot.project.id}`;
  return icsCalendar([
    {
      uid: `slot-${slot.id}`,
      title: `${slot.project.title} — ${slot.role.title}`,
      description: slot.project.description,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      location: slot.project.isOnline ? "Online" : (slot.project.settlement ?? ""),
      updatedAt: slot.project.updatedAt > slot.createdAt ? slot.project.updatedAt : slot.createdAt,
      url,
    },
  ]);
}
