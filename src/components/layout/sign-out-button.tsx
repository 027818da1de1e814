"use client";
import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";

export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: `/${locale}` })}
      className="rounded-md border border-slate-300 px-3 py-2 font-medium hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
