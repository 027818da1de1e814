import { Card } from "./card";

/**
 * A box whose content (a wide table) may scroll sideways on a phone. The box takes keyboard focus
 * so it can be scrolled without a mouse, and is a named group so a screen reader says what that
 * stop is (axe: scrollable-region-focusable). A group, not a region: the table usually sits in a
 * section named like its caption, and two landmarks of one name are ambiguous (landmark-unique). It is `relative` so visually hidden spans in its
 * cells, which are absolutely positioned, stay inside it instead of widening the page.
 */
export function ScrollRegion({
  label,
  card = true,
  className,
  children,
}: {
  label: string;
  /** Framed as a card (the default), or a bare box for content that brings its own frame. */
  card?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  const classes = `relative overflow-x-auto${className ? ` ${className}` : ""}`;
  return card ? (
    <Card className={classes} tabIndex={0} role="group" aria-label={label}>
      {children}
    </Card>
  ) : (
    <div className={classes} tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
