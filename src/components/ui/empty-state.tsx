import type { ReactNode } from "react";

/**
 * "Nothing here yet": a dashed box with the message, an optional hint under it and the next
 * step(s) as links. Server and client friendly.
 */
export function EmptyState({
  message,
  hint,
  actions,
  centered = false,
  compact = false,
  "data-testid": testId,
}: {
  message: ReactNode;
  hint?: ReactNode;
  actions?: ReactNode;
  centered?: boolean;
  /** Less padding, for a box inside a section rather than in place of a page's list. */
  compact?: boolean;
  "data-testid"?: string;
}) {
  return (
    <div
      className={`rounded-xl border border-dashed border-slate-300 bg-white text-slate-700 ${compact ? "p-4" : "p-6"} ${centered ? "text-center" : ""}`}
      data-testid={testId}
    >
      <p className={hint ? "font-semibold text-slate-900" : undefined}>{message}</p>
      {hint ? <p className="mt-1">{hint}</p> : null}
      {actions ? (
        <div className={`mt-3 flex flex-wrap items-center gap-4 ${centered ? "justify-center" : ""}`}>{actions}</div>
      ) : null}
    </div>
  );
}
