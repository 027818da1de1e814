// Turns a notification into words in the recipient's language: the sentence and link of the
// in-app list and the subject, text and html of the email. Pure apart from loading messages;
// the data comes from rows other capabilities wrote, so every field is optional here.
import { createTranslator, type IntlError } from "use-intl/core";
import type { NotificationType } from "@/generated/prisma/enums";
import { loadMessages } from "@/i18n/messages";
import { domainLabel } from "@/i18n/labels";
import { negotiateLocale, type Locale } from "@/domain/locales";
import { dateValue, isCalendarDate, KZ_TIME_ZONE } from "@/domain/time";
import { HELP_CATEGORY_LABELS, type HelpCategory } from "@/domain/help-requests";
import { quoted } from "@/domain/quotes";
import { dateTimeFormat } from "@/domain/intl-formats";

type ProjectRef = { projectId: string; projectTitle: string };
type Decision = ProjectRef & { roleTitle: string };
type Moderation = ProjectRef & { ground?: string | null; comment?: string | null };
type OrganizerReview = { organizerId: string; reason?: string | null };

/** What `notify()` callers put into Notification.data, per type. */
export type NotificationData = {
  APPLICATION_RECEIVED: Decision & { volunteerName: string };
  APPLICATION_ACCEPTED: Decision;
  APPLICATION_REJECTED: Decision;
  APPLICATION_WAITLISTED: Decision;
  APPLICATION_PROMOTED: Decision;
  PROJECT_CANCELLED: ProjectRef & { reason?: string | null };
  PROJECT_APPROVED: Moderation;
  PROJECT_CHANGES_REQUESTED: Moderation;
  PROJECT_REJECTED: Moderation;
  /** The organizer's name and slug are looked up when rendering (see organizerRefs). */
  ORGANIZER_VERIFIED: OrganizerReview;
  ORGANIZER_REJECTED: OrganizerReview;
  /** From src/modules/organizers/members.ts: the organizer handed over to the recipient. */
  ORGANIZER_OWNERSHIP_RECEIVED: { organizerId: string };
  /** From src/modules/organizers/invitations.ts: accept or decline on /invitations. */
  ORGANIZER_INVITATION: { organizerId: string; invitationId: string };
  STAFF_APPOINTED: { regionCode: string };
  /** From src/modules/hours: the amount and its date ("YYYY-MM-DD"); a correction's reason. */
  HOURS_CONFIRMED: ProjectRef & { hours?: number; workedOn?: string; reason?: string };
  /** The organizer's comment is required to dispute. */
  HOURS_DISPUTED: ProjectRef & { hours?: number; workedOn?: string; comment?: string };
  /** From src/modules/help: a new request, for the region's staff. */
  HELP_REQUEST_RECEIVED: { requestId: string; regionCode: string; category: string; settlement: string };
  /** The front office offered a request to the recipient's organizer. */
  HELP_REQUEST_ASSIGNED: { requestId: string; organizerId: string };
  /** The organizer took the request or handed it back (with a reason). */
  HELP_REQUEST_ANSWERED: { requestId: string; accepted: boolean; organizerName: string; reason?: string | null };
  /** More requests from the region within an hour than its cap. */
  HELP_REQUESTS_SURGE: { regionCode: string; cap: number };
  /** The morning digest: requests of the region waiting more than 48 hours. */
  HELP_REQUESTS_OVERDUE: { regionCode: string; count: number };
  /** From src/modules/call-outs/manage.ts: staff's message to everyone confirmed. */
  CALL_OUT_UPDATE: { callOutId: string; callOutTitle: string; updateId: string; body: string };
  /** Staff closed the call-out: for everyone who answered "coming". */
  CALL_OUT_CLOSED: { callOutId: string; callOutTitle: string };
  /** From src/modules/call-outs: the call itself (times as ISO instants, shown in Kazakhstan time). */
  CALL_OUT: {
    callOutId: string;
    title: string;
    regionCodes: string[];
    settlements: string[];
    startsAt: string;
    endsAt: string;
    answerBy: string;
  };
  /** From src/modules/volunteer-search: an organizer invites the recipient to a role; answered on /invitations. */
  VOLUNTEER_INVITATION: Decision & { invitationId: string; organizerId: string };
  /** From src/modules/shifts (decision 0032): a slot's times as ISO instants, shown in Kazakhstan time. */
  SLOT_PROMOTED: Decision & { slotId: string; signupId: string; startsAt: string; endsAt: string };
  /** From src/modules/testimonials: to the organizer's members; replied on the project page. */
  TESTIMONIAL_RECEIVED: ProjectRef & { testimonialId: string; rating: number };
  /** To the testimonial's author. */
  TESTIMONIAL_REPLIED: ProjectRef & { testimonialId: string };
  /** To the project region's staff, on a testimonial's first open report (the reason in the details). */
  TESTIMONIAL_REPORTED: ProjectRef & { testimonialId: string; regionCode: string; reason: string };
  SLOT_COVER_REQUEST: Decision & { slotId: string; startsAt: string; endsAt: string };
  SLOT_CANCELLED: Decision & { startsAt: string; endsAt: string };
  /** The organizer moved the slot: its new times, and the times it had before. */
  SLOT_CHANGED: Decision & {
    slotId: string;
    signupId: string;
    startsAt: string;
    endsAt: string;
    previousStartsAt: string;
    previousEndsAt: string;
  };
  /** From src/modules/check-in: check-outs proposed hours (the first of the project's day), for its team. */
  HOURS_PROPOSED: ProjectRef & { volunteerName?: string; hours?: number; workedOn?: string };
  /**
   * From src/modules/reminders: a slot (signupId) or an event (applicationId, a role without slots)
   * starting the next day or within two hours; times as ISO instants, shown in Kazakhstan time.
   */
  REMINDER_DAY_BEFORE: Reminder;
  REMINDER_SOON: Reminder;
  /** The morning after: "did you take part?" (workedOn "YYYY-MM-DD"), leading to the hours report. */
  TOOK_PART_FOLLOW_UP: Decision & { workedOn: string };
  /** How many of the organizer's applications newly waited more than `days` days. */
  APPLICATIONS_WAITING: { organizerId: string; count: number; days: number };
  /** The same past 10 days, to the members and (forStaff, with the project's region) to the region's staff. */
  APPLICATIONS_STALE: { organizerId: string; count: number; days: number; regionCode?: string; forStaff?: boolean };
  ORGANIZER_WEEKLY_DIGEST: { organizerId: string; waiting: number; overdue: number; upcoming: number; hours: number };
  STAFF_DAILY_DIGEST: { regionCode: string; organizers: number; projects: number; helpRequests: number; stale: number };
  /** From src/modules/messages/jobs.ts: one per person per run, up to 10 conversations listed. */
  MESSAGES_UNREAD: {
    count: number;
    conversations: { conversationId: string; projectId: string; projectTitle: string; unread: number }[];
  };
  /** From src/modules/messages: a participant reported a message; for the region's staff. */
  MESSAGE_REPORTED: ProjectRef & { messageId: string; regionCode: string };
};

type Reminder = Decision & {
  startsAt: string;
  endsAt: string;
  settlement?: string;
  signupId?: string;
  applicationId?: string;
};

export type OrganizerRef = { name: string; slug: string };

export type NotificationLike = { type: NotificationType | string; data: unknown };

export type Rendered = {
  subject: string;
  /** The one sentence shown in the list and opening the email. */
  sentence: string;
  /** Reason, ground, comment: extra lines when the data has them. */
  details: string[];
  /** Path below the locale, e.g. "/projects/abc". */
  path: string;
  /** Answers offered as their own links (a call-out's "I'm coming" / "I can't"), paths below the locale. */
  actions?: { label: string; path: string }[];
};

type T = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export type Renderer = {
  locale: Locale;
  t: T;
  render(n: NotificationLike, organizer?: OrganizerRef | null): Rendered;
};

const KNOWN_TYPES = new Set<string>([
  "APPLICATION_RECEIVED",
  "APPLICATION_ACCEPTED",
  "APPLICATION_REJECTED",
  "APPLICATION_WAITLISTED",
  "APPLICATION_PROMOTED",
  "PROJECT_CANCELLED",
  "PROJECT_APPROVED",
  "PROJECT_CHANGES_REQUESTED",
  "PROJECT_REJECTED",
  "ORGANIZER_VERIFIED",
  "ORGANIZER_REJECTED",
  "ORGANIZER_OWNERSHIP_RECEIVED",
  "ORGANIZER_INVITATION",
  "STAFF_APPOINTED",
  "HOURS_CONFIRMED",
  "HOURS_DISPUTED",
  "HELP_REQUEST_RECEIVED",
  "HELP_REQUEST_ASSIGNED",
  "HELP_REQUEST_ANSWERED",
  "HELP_REQUESTS_SURGE",
  "HELP_REQUESTS_OVERDUE",
  "CALL_OUT_UPDATE",
  "CALL_OUT_CLOSED",
  "CALL_OUT",
  "VOLUNTEER_INVITATION",
  "REMINDER_DAY_BEFORE",
  "REMINDER_SOON",
  "TOOK_PART_FOLLOW_UP",
  "APPLICATIONS_WAITING",
  "APPLICATIONS_STALE",
  "ORGANIZER_WEEKLY_DIGEST",
  "STAFF_DAILY_DIGEST",
  "HOURS_PROPOSED",
  "SLOT_PROMOTED",
  "SLOT_COVER_REQUEST",
  "SLOT_CANCELLED",
  "SLOT_CHANGED",
  "TESTIMONIAL_RECEIVED",
  "TESTIMONIAL_REPLIED",
  "TESTIMONIAL_REPORTED",
  "MESSAGES_UNREAD",
  "MESSAGE_REPORTED",
] satisfies NotificationType[]);

function text(data: Record<string, unknown>, key: string): string | undefined {
  const v = data[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/**
 * A renderer over already loaded messages. A missing message never throws: `onError` hears of
 * it (the unit test fails on any) and the text falls back to the key.
 */
export function createRenderer(
  locale: Locale,
  messages: Record<string, unknown>,
  onError: (e: IntlError) => void = () => {},
): Renderer {
  const t = createTranslator({
    locale,
    messages: messages as Record<string, never>,
    onError,
    getMessageFallback: ({ key }) => key,
  }) as unknown as T;

  function render(n: NotificationLike, organizer?: OrganizerRef | null): Rendered {
    const data = (typeof n.data === "object" && n.data !== null && !Array.isArray(n.data) ? n.data : {}) as Record<
      string,
      unknown
    >;
    const type = KNOWN_TYPES.has(n.type) ? n.type : "OTHER";
    const projectId = text(data, "projectId");
    const regionCode = text(data, "regionCode");
    // Names are quoted here, once, and only when they carry no quotation marks of their own:
    // the messages hold no marks around them (a title «Адреса заботы»: … was quoted twice).
    const name = (value: string | undefined, fallback: string) => quoted(value || t(fallback), locale);
    const callOut = callOutValues(data, locale, t);
    const values = {
      projectTitle: name(text(data, "projectTitle"), "notifications.fallback.project"),
      roleTitle: name(text(data, "roleTitle"), "notifications.fallback.role"),
      volunteerName: text(data, "volunteerName") ?? t("notifications.fallback.volunteer"),
      organizerName: name(organizer?.name?.trim(), "notifications.fallback.organizer"),
      region: regionCode ? domainLabel("region", regionCode, locale) : t("notifications.fallback.region"),
      ...helpValues(data, locale, t),
      ...callOut,
      when: callOutWhen(data, locale) ?? "",
      days: typeof data.days === "number" ? data.days : 0,
      forStaff: data.forStaff === true ? "yes" : "no",
      slotWhen: callOutWhen(data, locale) ?? "",
      previousWhen: callOutWhen(data, locale, "previous") ?? "",
    };

    const details: string[] = [];
    const reason = text(data, "reason");
    const ground = text(data, "ground");
    const comment = text(data, "comment");
    const hours = typeof data.hours === "number" && Number.isFinite(data.hours) ? data.hours : undefined;
    const workedOn = text(data, "workedOn");
    if (type.startsWith("HOURS_") && hours !== undefined && workedOn && isCalendarDate(workedOn)) {
      // A calendar date: formatted in UTC so it is never shifted to the day before or after.
      const date = dateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dateValue(workedOn));
      details.push(t("notifications.detail.hours", { hours, date }));
    }
    if (reason) details.push(t("notifications.detail.reason", { reason }));
    const body = text(data, "body");
    if (type === "CALL_OUT_UPDATE" && body) details.push(t("notifications.detail.message", { body }));
    if (ground) {
      const label = t.has(`moderation.ground.${ground}`) ? t(`moderation.ground.${ground}`) : ground;
      details.push(t("notifications.detail.ground", { ground: label }));
    }
    // Hours are disputed by the organizer, not a moderator.
    if (comment)
      details.push(
        t(type === "HOURS_DISPUTED" ? "notifications.detail.organizerComment" : "notifications.detail.comment", {
          comment,
        }),
      );

    const callOutId = text(data, "callOutId");
    let actions: Rendered["actions"];
    if (type === "CALL_OUT") {
      const when = callOutWhen(data, locale);
      if (when) details.push(t("notifications.detail.callOutWhen", { when }));
      details.push(t("notifications.detail.callOutWhere", { place: callOut.place }));
      const answerBy = instant(data, "answerBy");
      if (answerBy)
        details.push(t("notifications.detail.callOutAnswerBy", { answerBy: formatInstant(answerBy, locale) }));
      details.push(t("notifications.detail.callOutWhy", { regions: callOut.callOutRegions }));
      if (callOutId) {
        const page = `/call-outs/${encodeURIComponent(callOutId)}`;
        actions = [
          { label: t("notifications.callOut.coming"), path: `${page}?answer=coming` },
          { label: t("notifications.callOut.cant"), path: `${page}?answer=cant` },
        ];
      }
    }

    if (type === "REMINDER_DAY_BEFORE" || type === "REMINDER_SOON") {
      const settlement = text(data, "settlement");
      if (settlement) details.push(t("notifications.detail.callOutWhere", { place: settlement }));
      const signupId = text(data, "signupId");
      // A slot is given up on "my calendar" (the sign-up's own line), an event by withdrawing.
      actions = [
        {
          label: t("notifications.reminder.cantCome"),
          path: signupId ? `/my/calendar#signup-${encodeURIComponent(signupId)}` : "/my/applications",
        },
      ];
    }
    details.push(...digestLines(type, data, t));
    const conversations = type === "MESSAGES_UNREAD" ? unreadConversations(data) : [];
    for (const c of conversations)
      details.push(
        t("notifications.detail.conversation", { projectTitle: quoted(c.projectTitle, locale), unread: c.unread }),
      );

    const requestId = text(data, "requestId");
    const organizerPage = organizer ? `/organizers/${encodeURIComponent(organizer.slug)}` : undefined;
    let path = "/notifications";
    if (type === "TOOK_PART_FOLLOW_UP") path = "/my/hours";
    else if (type === "STAFF_DAILY_DIGEST") path = "/moderation";
    else if (type === "APPLICATIONS_STALE" && data.forStaff === true) path = organizerPage ?? path;
    else if (type === "APPLICATIONS_WAITING" || type === "APPLICATIONS_STALE" || type === "ORGANIZER_WEEKLY_DIGEST")
      path = organizerPage ? `${organizerPage}/applications` : path;
    else if (type === "STAFF_APPOINTED") path = "/moderation";
    else if (type === "HELP_REQUESTS_SURGE" || type === "HELP_REQUESTS_OVERDUE") path = "/moderation/help";
    else if (type === "HELP_REQUEST_ASSIGNED")
      path = organizer ? `/organizers/${encodeURIComponent(organizer.slug)}/help` : path;
    else if (type.startsWith("HELP_REQUEST_") && requestId) path = `/moderation/help/${encodeURIComponent(requestId)}`;
    else if (type === "HOURS_PROPOSED" && projectId) path = `/projects/${encodeURIComponent(projectId)}/hours`;
    else if (type.startsWith("HOURS_")) path = "/my/hours";
    else if (type === "MESSAGES_UNREAD")
      path =
        conversations.length === 1 ? `/messages/${encodeURIComponent(conversations[0]!.conversationId)}` : "/messages";
    else if (type === "MESSAGE_REPORTED") path = "/moderation/messages";
    else if (type.startsWith("CALL_OUT") && callOutId) path = `/call-outs/${encodeURIComponent(callOutId)}`;
    else if (type === "ORGANIZER_INVITATION" || type === "VOLUNTEER_INVITATION") path = "/invitations";
    else if (type.startsWith("SLOT_")) {
      // The volunteer's calendar, at the sign-up promoted or at the slot to pick (decision 0032).
      const signupId = text(data, "signupId");
      const slotId = text(data, "slotId");
      path = "/my/calendar";
      if ((type === "SLOT_PROMOTED" || type === "SLOT_CHANGED") && signupId)
        path += `#signup-${encodeURIComponent(signupId)}`;
      else if (type === "SLOT_COVER_REQUEST" && slotId) path += `#slot-${encodeURIComponent(slotId)}`;
    } else if (type === "TESTIMONIAL_REPORTED") path = "/moderation/testimonials";
    else if (type.startsWith("TESTIMONIAL_") && projectId)
      path = `/projects/${encodeURIComponent(projectId)}#testimonials`;
    else if (type === "ORGANIZER_OWNERSHIP_RECEIVED")
      path = organizer ? `/organizers/${encodeURIComponent(organizer.slug)}/members` : path;
    else if (type.startsWith("ORGANIZER_"))
      path = organizer ? `/organizers/${encodeURIComponent(organizer.slug)}` : path;
    else if (projectId) path = `/projects/${encodeURIComponent(projectId)}`;

    return {
      subject: t(`notifications.type.${type}.subject`, values),
      sentence: t(`notifications.type.${type}.body`, values),
      details,
      path,
      ...(actions ? { actions } : {}),
    };
  }

  return { locale, t, render };
}

const count = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === "number" && Number.isFinite(data[key]) ? (data[key] as number) : 0;

/** A digest's lines: one per kind of waiting work there is (none for the other types). */
function digestLines(type: string, data: Record<string, unknown>, t: T): string[] {
  const lines: [string, number, Record<string, number>?][] =
    type === "ORGANIZER_WEEKLY_DIGEST"
      ? [
          ["waiting", count(data, "waiting"), { overdue: count(data, "overdue") }],
          ["upcoming", count(data, "upcoming")],
          ["hours", count(data, "hours")],
        ]
      : type === "STAFF_DAILY_DIGEST"
        ? [
            ["organizers", count(data, "organizers")],
            ["projects", count(data, "projects")],
            ["helpRequests", count(data, "helpRequests")],
            ["stale", count(data, "stale")],
          ]
        : [];
  return lines
    .filter(([, n]) => n > 0)
    .map(([key, n, extra]) => t(`notifications.digest.${key}`, { count: n, ...extra }));
}

/** The conversations listed by MESSAGES_UNREAD, as far as the data holds them well-formed. */
function unreadConversations(
  data: Record<string, unknown>,
): { conversationId: string; projectTitle: string; unread: number }[] {
  const list = Array.isArray(data.conversations) ? (data.conversations as unknown[]) : [];
  return list.flatMap((c) => {
    if (typeof c !== "object" || c === null) return [];
    const item = c as Record<string, unknown>;
    const conversationId = text(item, "conversationId");
    const projectTitle = text(item, "projectTitle");
    const unread = typeof item.unread === "number" && Number.isFinite(item.unread) ? item.unread : 1;
    return conversationId && projectTitle ? [{ conversationId, projectTitle, unread }] : [];
  });
}

/** The words of a help request's notifications: its category, the answering organizer, the cap. */
function helpValues(data: Record<string, unknown>, locale: Locale, t: T): Record<string, string | number> {
  const category = text(data, "category");
  return {
    category:
      category && category in HELP_CATEGORY_LABELS
        ? HELP_CATEGORY_LABELS[category as HelpCategory][locale]
        : t("notifications.fallback.request"),
    settlement: text(data, "settlement") ?? "",
    answeringOrganizer: quoted(text(data, "organizerName") ?? t("notifications.fallback.organizer"), locale),
    accepted: data.accepted === true ? "yes" : "no",
    cap: typeof data.cap === "number" ? data.cap : 0,
    count: typeof data.count === "number" ? data.count : 0,
  };
}

function instant(data: Record<string, unknown>, key: string): Date | undefined {
  const v = text(data, key);
  const d = v ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

const formatInstant = (d: Date, locale: Locale) =>
  dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: KZ_TIME_ZONE }).format(d);

/** "5 Dec 2026, 10:00 – 18:00" in Kazakhstan time (the end's date only when it differs). */
function callOutWhen(data: Record<string, unknown>, locale: Locale, prefix?: "previous"): string | undefined {
  const start = instant(data, prefix ? `${prefix}StartsAt` : "startsAt");
  const end = instant(data, prefix ? `${prefix}EndsAt` : "endsAt");
  if (!start) return undefined;
  if (!end) return formatInstant(start, locale);
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: KZ_TIME_ZONE }).formatRange(
    start,
    end,
  );
}

/** The words of a call-out: its title, where (settlements, else regions), the regions opted in to. */
function callOutValues(
  data: Record<string, unknown>,
  locale: Locale,
  t: T,
): { callOutTitle: string; callOutRegions: string; place: string } {
  const strings = (key: string) =>
    Array.isArray(data[key]) ? (data[key] as unknown[]).filter((x): x is string => typeof x === "string") : [];
  const regions = strings("regionCodes")
    .map((r) => domainLabel("region", r, locale))
    .join(", ");
  const settlements = strings("settlements").join(", ");
  return {
    // The call itself carries "title"; updates and closing carry "callOutTitle".
    callOutTitle: quoted(
      text(data, "title") ?? text(data, "callOutTitle") ?? t("notifications.fallback.callOut"),
      locale,
    ),
    callOutRegions: regions || t("notifications.fallback.region"),
    place: [settlements, regions].filter(Boolean).join(" · ") || t("notifications.fallback.region"),
  };
}

const renderers = new Map<Locale, Promise<Renderer>>();

/**
 * The renderer for a locale; an unknown locale gets Kazakh, the platform's default. One per
 * locale and process: the messages never change while it runs, and the translator keeps the
 * messages it has parsed (parsing them again for every batch of emails cost as much as sending).
 */
export function rendererFor(locale: string): Promise<Renderer> {
  const l = negotiateLocale(locale);
  let renderer = renderers.get(l);
  if (!renderer) {
    renderer = loadMessages(l).then((messages) => createRenderer(l, messages));
    renderers.set(l, renderer);
    // A failed load is not remembered.
    renderer.catch(() => renderers.delete(l));
  }
  return renderer;
}

export type Email = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The email for one notification: plain text and a simple html twin, with absolute links. */
export function renderEmail(
  renderer: Renderer,
  n: NotificationLike,
  recipient: { name: string },
  appUrl: string,
  organizer?: OrganizerRef | null,
): Email {
  const { t, locale } = renderer;
  const r = renderer.render(n, organizer);
  const base = `${appUrl.replace(/\/+$/, "")}/${locale}`;
  const url = `${base}${r.path}`;
  const all = `${base}/notifications`;
  const greeting = t("notifications.email.greeting", { name: recipient.name.trim() || "Asar" });
  const footer = t("notifications.email.footer");
  const allLine = t("notifications.email.all", { url: all });
  const action = t("notifications.email.action");

  const answers = (r.actions ?? []).map((a) => ({ label: a.label, url: `${base}${a.path}` }));
  const text = [
    greeting,
    "",
    r.sentence,
    ...r.details,
    "",
    ...answers.map((a) => `${a.label}: ${a.url}`),
    `${action}: ${url}`,
    "",
    "—",
    footer,
    allLine,
    "",
  ].join("\n");
  const button = (href: string, label: string, color: string) =>
    `<a href="${escapeHtml(href)}" style="display:inline-block;background:${color};color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none;margin:0 8px 8px 0">${escapeHtml(label)}</a>`;
  const html = [
    `<div style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0f172a;max-width:560px">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(r.sentence)}</p>`,
    ...r.details.map((d) => `<p style="color:#334155">${escapeHtml(d)}</p>`),
    answers.length > 0
      ? `<p>${answers.map((a, i) => button(a.url, a.label, i === 0 ? "#0b7a6b" : "#475569")).join("")}</p><p><a href="${escapeHtml(url)}" style="color:#0b7a6b">${escapeHtml(action)}</a></p>`
      : `<p>${button(url, action, "#0b7a6b")}</p>`,
    `<p style="font-size:13px;color:#64748b">${escapeHtml(footer)}<br><a href="${escapeHtml(all)}" style="color:#64748b">${escapeHtml(all)}</a></p>`,
    `</div>`,
  ].join("\n");
  return { subject: r.subject, text, html };
}
