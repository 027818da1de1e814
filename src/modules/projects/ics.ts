// iCalendar (RFC 5545) for one project: UTC times, escaped text, lines folded at 75 octets.
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
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Asar//Volunteer platform//KK",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:project-${p.id}@asar.kz`,
    `DTSTAMP:${stamp(p.updatedAt)}`,
    `DTSTART:${stamp(p.startsAt)}`,
    `DTEND:${stamp(p.endsAt)}`,
    `SUMMARY:${escapeIcsText(p.title)}`,
    `DESCRIPTION:${escapeIcsText(`${p.description}\n\n${p.url}`)}`,
    `LOCATION:${escapeIcsText(p.isOnline ? "Online" : (p.settlement ?? ""))}`,
    `URL:${p.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
