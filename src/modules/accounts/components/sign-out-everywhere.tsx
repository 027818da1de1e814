"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { signOutEverywhereAction } from "../actions";

/** "Sign out everywhere": for a lost phone or a shared computer someone forgot to sign out of. */
export function SignOutEverywhere() {
  const t = useTranslations();
  const locale = useLocale();
  const { run, pending, error } = useActionButton(signOutEverywhereAction, {
    onSuccess: () => signOut({ callbackUrl: `/${locale}` }),
  });

  return (
    <section aria-labelledby="sessions" className="space-y-3 rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="sessions" className="text-lg font-semibold">
        {t("profile.sessions.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("profile.sessions.hint")}</p>
      <FormError message={error} />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void run()}>
        {pending ? t("common.wait") : t("profile.sessions.signOutEverywhere")}
      </Button>
    </section>
  );
}
