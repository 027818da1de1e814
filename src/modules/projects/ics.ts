// iCalendar (RFC 5545) for a project, a slot or a volunteer's feed: UTC times, escaped text, lines folded at 75 octets.
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
/**
 * The one escaper for TEXT values (RFC 5545 §3.3.11). Every line break — CRLF, a lone LF or a lone
 * CR — becomes "\\n": calendar apps end a content line at a lone CR too, and the rest of a
 * description would otherwise be read as properties of its own. Other control characters are not
 * allowed in TEXT and are dropped.
 */
export const escapeIcsText = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, "utf8") > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** One event of a calendar: a project, a slot of the volunteer's calendar feed. */
export type IcsEvent = {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  updatedAt: Date;
  url: string;
  /** A cancelled sign-up stays in a subscribed feed as cancelled, so phones remove it. */
  cancelled?: boolean;
};

/** A calendar of any number of events (the personal feed of src/modules/shifts has many). */
export function icsCalendar(events: IcsEvent[], name?: string): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Asar//Volunteer platform//KK",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(name ? [`X-WR-CALNAME:${escapeIcsText(name)}`] : []),
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}@asar.kz`,
      `DTSTAMP:${stamp(e.updatedAt)}`,
      `DTSTART:${stamp(e.startsAt)}`,
      `DTEND:${stamp(e.endsAt)}`,
      `SUMMARY:${escapeIcsText(e.title)}`,
      `DESCRIPTION:${escapeIcsText(`${e.description}\n\n${e.url}`)}`,
      `LOCATION:${escapeIcsText(e.location)}`,
      `URL:${e.url}`,
      ...(e.cancelled ? ["STATUS:CANCELLED"] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

export function toIcs(p: {
  id: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  settlement: string | null;
  isOnline: boolean;
  updatedAt: Date;
  url: string;
}): string {
  return icsCalendar([
    {
      uid: `project-${p.id}`,
      title: p.title,
      description: p.description,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      location: p.isOnline ? "Online" : (p.settlement ?? ""),
      updatedAt: p.updatedAt,
      url: p.url,
    },
  ]);
}
