import type { ComponentPropsWithoutRef, ElementType } from "react";

/** The white, rounded, bordered box that frames a section, a list or a form. */
export const CARD_CLASS = "rounded-xl border border-slate-200 bg-white";

type CardProps<T extends ElementType> = { as?: T; className?: string } & Omit<
  ComponentPropsWithoutRef<T>,
  "as" | "className"
>;

/**
 * A card: `as` picks the element (section, ul, li, form, a Link…), `className` adds spacing and
 * layout. Usable from server and client components.
 */
export function Card<T extends ElementType = "div">({ as, className, ...props }: CardProps<T>) {
  const Tag: ElementType = as ?? "div";
  return <Tag {...props} className={className ? `${CARD_CLASS} ${className}` : CARD_CLASS} />;
}
