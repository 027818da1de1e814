import { Card } from "./card";

/**
 * What a page shows while its data loads (a route's loading.tsx): grey blocks shaped like a
 * heading and a few cards, and one status line that screen readers announce. No client code.
 */
export function PageSkeleton({ label, cards = 3 }: { label: string; cards?: number }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="page-loading">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-4 motion-safe:animate-pulse">
        <div className="h-8 w-2/3 max-w-md rounded bg-slate-200" />
        <div className="h-4 w-1/2 max-w-sm rounded bg-slate-200" />
        {Array.from({ length: cards }, (_, i) => (
          <Card key={i} className="h-28" />
        ))}
      </div>
    </div>
  );
}
