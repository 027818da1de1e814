"use client";
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * The header's links behind a "Menu" button on a phone (a plain <details>: it opens and closes
 * without JavaScript, by keyboard too). From the md breakpoint the button is hidden and the
 * links are shown in the row (globals.css, .nav-menu). It closes when the page changes, since
 * the header stays in place across client-side navigations, and on Escape.
 */
export function NavMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className="nav-menu group"
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector("summary")?.focus();
      }}
    >
      <summary
        className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-2.5 text-sm font-semibold [&::-webkit-details-marker]:hidden"
        data-testid="menu-button"
      >
        <span aria-hidden className="text-lg leading-none">
          ☰
        </span>
        {label}
      </summary>
      {children}
    </details>
  );
}
