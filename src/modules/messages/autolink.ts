// Links in a message, found in plain text: the message is never HTML, so each part is rendered as
// text and only these parts become <a> elements (rel="noopener nofollow ugc"). Only http(s) links
// and bare "www." addresses count; anything else (javascript:, data:, mailto:) stays text.

export type Part = { text: string } | { text: string; href: string };

// A link runs to the next space; trailing punctuation of the sentence is not part of it.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING = /[.,;:!?)\]}»"'…]+$/;

export function autolink(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    let raw = match[0];
    const trail = raw.match(TRAILING)?.[0] ?? "";
    // Keep a closing bracket that closes one opened inside the link (Wikipedia-style URLs).
    if (trail && !(trail.startsWith(")") && raw.includes("("))) raw = raw.slice(0, raw.length - trail.length);
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** An absolute http(s) URL for the link text, or null when it is not one. */
function safeHref(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".")) return null;
    return url.href;
  } catch {
    return null;
  }
}
