import type { ComponentPropsWithoutRef } from "react";

/** Colours for a status: each says one thing wherever it appears. */
export const BADGE_TONES = {
  /** Waiting for someone (submitted, pending). */
  amber: "border-amber-300 bg-amber-100 font-semibold text-amber-900",
  /** Done and good (published, accepted, confirmed, verified). */
  green: "border-green-300 bg-green-100 font-semibold text-green-800",
  /** Refused or disputed. */
  red: "border-red-300 bg-red-100 font-semibold text-red-800",
  /** Asked to change something. */
  orange: "border-orange-300 bg-orange-100 font-semibold text-orange-900",
  /** Informative (waiting line, completed). */
  sky: "border-sky-300 bg-sky-100 font-semibold text-sky-900",
  /** Neither good nor bad (draft, withdrawn, superseded). */
  slate: "border-slate-300 bg-slate-100 font-semibold text-slate-700",
  /** Closed for good (cancelled). */
  gray: "border-slate-400 bg-slate-200 font-semibold text-slate-700",
  /** Not decided yet, on a white background. */
  outline: "border-slate-300 bg-white font-semibold text-slate-600",
  /** A label rather than a status (a direction, a category). */
  brand: "border-transparent bg-brand-50 text-brand-800",
  /** A label of the Birgemiz programme. */
  sun: "border-sun-400 bg-amber-50 text-slate-900",
  /** Draws the eye (new). */
  solid: "border-transparent bg-brand-600 font-bold text-white",
} as const;

export type BadgeTone = keyof typeof BADGE_TONES;

const SIZES = { sm: "px-2 py-0.5 text-xs", md: "px-3 py-1 text-sm" } as const;

/** A small rounded label: a status in words and colour, or a tag. Server and client friendly. */
export function Badge({
  tone,
  size = "md",
  className,
  ...props
}: { tone: BadgeTone; size?: keyof typeof SIZES; className?: string } & ComponentPropsWithoutRef<"span">) {
  const base = `inline-flex max-w-full items-center gap-1 rounded-full border ${SIZES[size]} ${BADGE_TONES[tone]}`;
  return <span {...props} className={className ? `${base} ${className}` : base} />;
}
