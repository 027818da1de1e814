// The push message contract (issue 11; sent by the notification channel, shown by ./sw.ts):
//   { "title": string, "body": string, "url": string, "tag"?: string,
//     "actions"?: [{ "action": string, "title": string, "url": string }] }
// Pure: the worker shows what `notificationFromPush` returns and opens what `clickTarget` picks.
// Every URL is resolved against the site and kept only if it stays on the site — a push payload
// (or a notification's data) can never send the person elsewhere.

export type PushAction = { action: string; title: string; url: string };
export type NotificationData = { url: string; actions: Record<string, string> };
export type NotificationToShow = {
  title: string;
  options: {
    body: string;
    tag?: string;
    icon: string;
    badge: string;
    data: NotificationData;
    actions: { action: string; title: string }[];
  };
};

const ICON = "/icons/icon-192.png";
/** Browsers show two buttons at most (Chrome's Notification.maxActions). */
const MAX_ACTIONS = 2;
const MAX_TITLE = 120;
const MAX_BODY = 500;

/** `raw` resolved against `origin`, when it stays on it; otherwise null. */
export function sameOriginUrl(raw: unknown, origin: string): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return null;
  try {
    const url = new URL(raw, origin);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

const text = (value: unknown, max: number) => (typeof value === "string" ? value.trim().slice(0, max) : "");

/**
 * The notification for a push message's text. A message that is not the contract still shows a
 * plain "Asar" notification opening the home page: browsers require every push to show one.
 */
export function notificationFromPush(payload: string | null | undefined, origin: string): NotificationToShow {
  let json: unknown = null;
  try {
    json = payload ? JSON.parse(payload) : null;
  } catch {
    json = null;
  }
  const message = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  const actions = (Array.isArray(message.actions) ? message.actions : [])
    .map((a: unknown) => {
      const action = typeof a === "object" && a !== null ? (a as Record<string, unknown>) : {};
      const url = sameOriginUrl(action.url, origin);
      const id = text(action.action, 64);
      const title = text(action.title, 64);
      return url && id && title ? { action: id, title, url } : null;
    })
    .filter((a): a is PushAction => a !== null)
    .slice(0, MAX_ACTIONS);
  const tag = text(message.tag, 128);
  return {
    title: text(message.title, MAX_TITLE) || "Asar",
    options: {
      body: text(message.body, MAX_BODY),
      ...(tag ? { tag } : {}),
      icon: ICON,
      badge: ICON,
      data: {
        url: sameOriginUrl(message.url, origin) ?? new URL("/", origin).href,
        actions: Object.fromEntries(actions.map((a) => [a.action, a.url])),
      },
      actions: actions.map(({ action, title }) => ({ action, title })),
    },
  };
}

/** Where a click on the notification (`action` "" for its body) takes the person; always on the site. */
export function clickTarget(data: unknown, action: string, origin: string): string {
  const d = typeof data === "object" && data !== null ? (data as Partial<NotificationData>) : {};
  const actions = typeof d.actions === "object" && d.actions !== null ? d.actions : {};
  const forAction = action && Object.hasOwn(actions, action) ? sameOriginUrl(actions[action], origin) : null;
  return forAction ?? sameOriginUrl(d.url, origin) ?? new URL("/", origin).href;
}
