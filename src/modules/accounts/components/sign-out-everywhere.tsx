"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { signOutEverywhereAction } from "../actions";

/** "Sign out everywhere": for a lost phone or a shared computer someone forgot to sign out of. */
export function SignOutEverywhere() {
  const t = useTranslations();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setBusy(true);
    setError(null);
    const result = await signOutEverywhereAction();
    if (!result.ok) {
      setBusy(false);
      return setError(t(result.error));
    }
    await signOut({ callbackUrl: `/${locale}` });
  }

  return (
    <section aria-labelledby="sessions" className="space-y-3 rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="sessions" className="text-lg font-semibold">
        {t("profile.sessions.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("profile.sessions.hint")}</p>
      <FormError message={error} />
      <Button type="button" variant="secondary" disabled={busy} onClick={() => void onClick()}>
        {busy ? t("common.wait") : t("profile.sessions.signOutEverywhere")}
      </Button>
    </section>
  );
}
