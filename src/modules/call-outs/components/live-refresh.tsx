"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Keeps the staff's live page current: the server renders it again every `seconds` while the tab
 * is visible (router.refresh keeps what is typed in its forms). No words, no props of any size.
 */
export function LiveRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
