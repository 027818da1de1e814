// Which kind of news each notification is, in the words a person chooses by (decision 0029):
// the profile shows one row per kind and one switch per channel. Pure, so the unit test can
// check that every NotificationType has a kind.
import type { NotificationChannel, NotificationKind, NotificationType } from "@/generated/prisma/enums";

/** The kinds in the order the profile shows them. */
export const NOTIFICATION_KINDS = [
  "CALL_OUTS",
  "APPLICATIONS",
  "REMINDERS",
  "MESSAGES",
  "INVITATIONS",
  "HOURS",
  "PROJECTS",
  "ORGANIZER_TEAM",
  "HELP_REQUESTS",
  "STAFF",
  "DIGESTS",
] as const satisfies readonly NotificationKind[];

export const NOTIFICATION_CHANNELS = ["IN_APP", "EMAIL", "PUSH"] as const satisfies readonly NotificationChannel[];

/**
 * Every type's kind. Keyed by string rather than the enum so a type another branch adds
 * (VOLUNTEER_INVITATION, issue 11's invitations from organizers) can be listed before the enum
 * has it; tests/unit/notification-kinds.test.ts fails for any enum value missing here.
 */
export const KIND_OF_TYPE: Readonly<Record<string, NotificationKind>> = {
  APPLICATION_RECEIVED: "APPLICATIONS",
  APPLICATION_ACCEPTED: "APPLICATIONS",
  APPLICATION_REJECTED: "APPLICATIONS",
  APPLICATION_WAITLISTED: "APPLICATIONS",
  APPLICATION_PROMOTED: "APPLICATIONS",
  // Sent to the volunteers who applied: news about their application.
  PROJECT_CANCELLED: "APPLICATIONS",
  PROJECT_APPROVED: "PROJECTS",
  PROJECT_CHANGES_REQUESTED: "PROJECTS",
  PROJECT_REJECTED: "PROJECTS",
  // The organizer's own verification is moderation news, like its projects'.
  ORGANIZER_VERIFIED: "PROJECTS",
  ORGANIZER_REJECTED: "PROJECTS",
  ORGANIZER_OWNERSHIP_RECEIVED: "ORGANIZER_TEAM",
  ORGANIZER_INVITATION: "ORGANIZER_TEAM",
  STAFF_APPOINTED: "STAFF",
  HOURS_CONFIRMED: "HOURS",
  HOURS_DISPUTED: "HOURS",
  HELP_REQUEST_RECEIVED: "HELP_REQUESTS",
  HELP_REQUEST_ASSIGNED: "HELP_REQUESTS",
  HELP_REQUEST_ANSWERED: "HELP_REQUESTS",
  HELP_REQUESTS_SURGE: "HELP_REQUESTS",
  HELP_REQUESTS_OVERDUE: "HELP_REQUESTS",
  CALL_OUT: "CALL_OUTS",
  CALL_OUT_UPDATE: "CALL_OUTS",
  CALL_OUT_CLOSED: "CALL_OUTS",
  VOLUNTEER_INVITATION: "INVITATIONS",
  // Issue 12: reminders about one's own slots and events, and what follows them.
  SLOT_PROMOTED: "APPLICATIONS",
  SLOT_COVER_REQUEST: "REMINDERS",
  SLOT_CANCELLED: "APPLICATIONS",
  SLOT_CHANGED: "APPLICATIONS",
  REMINDER_DAY_BEFORE: "REMINDERS",
  REMINDER_SOON: "REMINDERS",
  TOOK_PART_FOLLOW_UP: "REMINDERS",
  // What waits for an organizer's team or a region's staff, and the digests that list it.
  APPLICATIONS_WAITING: "DIGESTS",
  APPLICATIONS_STALE: "DIGESTS",
  ORGANIZER_WEEKLY_DIGEST: "DIGESTS",
  STAFF_DAILY_DIGEST: "DIGESTS",
  MESSAGES_UNREAD: "MESSAGES",
  MESSAGE_REPORTED: "STAFF",
  HOURS_PROPOSED: "HOURS",
  TESTIMONIAL_RECEIVED: "PROJECTS",
  TESTIMONIAL_REPLIED: "PROJECTS",
  TESTIMONIAL_REPORTED: "STAFF",
};

/** What a type nobody listed yet falls back to, by its name; then the most general kind. */
const FALLBACK_BY_PREFIX: [string, NotificationKind][] = [
  ["CALL_OUT", "CALL_OUTS"],
  ["HELP_", "HELP_REQUESTS"],
  ["HOURS_", "HOURS"],
  ["APPLICATION_", "APPLICATIONS"],
  ["STAFF_", "STAFF"],
  ["ORGANIZER_", "ORGANIZER_TEAM"],
  ["PROJECT_", "PROJECTS"],
];

/** The kind of a notification type: the one place that decides it. */
export function kindOf(type: NotificationType | string): NotificationKind {
  const listed = KIND_OF_TYPE[type];
  if (listed) return listed;
  if (type.endsWith("_INVITATION")) return "INVITATIONS";
  return FALLBACK_BY_PREFIX.find(([prefix]) => type.startsWith(prefix))?.[1] ?? "PROJECTS";
}

/** "kind:channel", the key of one switch (and of one checkbox in the profile's form). */
export type PreferenceKey = `${NotificationKind}:${NotificationChannel}`;
export const preferenceKey = (kind: NotificationKind, channel: NotificationChannel): PreferenceKey =>
  `${kind}:${channel}`;

const ALL_KEYS = new Set<string>(
  NOTIFICATION_KINDS.flatMap((k) => NOTIFICATION_CHANNELS.map((c) => preferenceKey(k, c))),
);

export function isPreferenceKey(value: string): value is PreferenceKey {
  return ALL_KEYS.has(value);
}

/** What the person switched off; everything else is on. */
export type OptOuts = ReadonlySet<PreferenceKey>;

export function wants(optOuts: OptOuts | undefined, type: NotificationType | string, channel: NotificationChannel) {
  return !optOuts?.has(preferenceKey(kindOf(type), channel));
}
