import { sdgByNumber } from "./sdg";

// White text on the official SDG colours reaches only 1.6:1 to 3.6:1 on eight of the seventeen
// (WCAG asks 4.5:1). A goal is therefore shown in dark text on a light tint of its colour, with a
// bar of the full colour beside it: the colour stays recognisable, the text stays readable.
// The tint is computed here rather than with CSS color-mix(), whose result contrast checkers
// (axe) cannot read.

/** Share of the goal's colour in its tint; the rest is white. */
export const SDG_TINT_SHARE = 0.2;

/** Text colour on every tint (Tailwind slate-900, the page's own text colour). */
export const SDG_TEXT = "#0f172a";

const FALLBACK = "#555555";

function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** `hex` mixed with white, `share` of the colour (0..1). */
export function tint(hex: string, share = SDG_TINT_SHARE): string {
  return `#${channels(hex)
    .map((c) => Math.round(255 - (255 - c) * share))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")}`;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1..21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The inline style of a goal's chip or badge: the tint behind the text, the full colour as its bar. */
export function sdgStyle(goal: number): { backgroundColor: string; borderColor: string } {
  const color = sdgByNumber(goal)?.color ?? FALLBACK;
  return { backgroundColor: tint(color), borderColor: color };
}
