"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (decision 0030) in production builds only: in `next dev` a worker
 * would serve stale files. Renders nothing; a browser without service workers, or one that
 * refuses (private mode, a blocked policy), simply runs the site without one.
 */
export function ServiceWorkerRegistrar() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/" }).catch(() => undefined);
  }, []);
  return null;
}
