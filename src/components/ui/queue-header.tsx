import type { ComponentProps } from "react";
import { Link } from "@/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

export type QueueView = { label: string; href: Href; current: boolean };

/**
 * The top of a staff queue page (help requests, testimonials): back to /moderation, the title and
 * its lead, and the views of the queue as tabs (links, the current one marked for screen readers).
 */
export function QueueHeader(props: {
  back: string;
  title: string;
  lead: string;
  viewsLabel: string;
  views: QueueView[];
}) {
  return (
    <>
      <div className="space-y-1">
        <Link href="/moderation" className="text-sm text-brand-700 underline">
          ← {props.back}
        </Link>
        <h1 className="text-2xl font-bold">{props.title}</h1>
        <p className="text-slate-700">{props.lead}</p>
      </div>
      <nav aria-label={props.viewsLabel} className="flex flex-wrap gap-2">
        {props.views.map((v) => (
          <Link
            key={v.label}
            href={v.href}
            className={`inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold ${
              v.current
                ? "bg-brand-700 text-white"
                : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
            }`}
            aria-current={v.current ? "page" : undefined}
          >
            {v.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
