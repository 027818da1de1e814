"use client";
import { useEffect } from "react";

/**
 * Renews the session cookie while the person uses the site: next-auth re-signs the token with a
 * fresh idle limit whenever its session endpoint is read. Rendered only when renewal is due.
 */
export function SessionRenewal() {
  useEffect(() => {
    void fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => {
      // Offline or the server is restarting: the next page view tries again.
    });
  }, []);
  return null;
}
