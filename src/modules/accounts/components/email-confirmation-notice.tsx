"use client";
import { useTranslations } from "next-intl";
import { useActionButton } from "@/components/forms/use-action-button";
import { resendEmailConfirmationAction } from "../password-actions";

/** Shown until the address is confirmed, with a way to get the link again. */
export function EmailConfirmationNotice({ email }: { email: string }) {
  const t = useTranslations();
  const { run, pending, error, done } = useActionButton(resendEmailConfirmationAction);
  return (
    <div
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
      data-testid="email-unconfirmed"
    >
      <p>{t("account.confirm.notice", { email })}</p>
      <button
        type="button"
        disabled={pending}
        className="min-h-11 rounded-md border border-amber-400 bg-white px-3 py-2 font-semibold text-slate-900 hover:bg-amber-100"
        onClick={() => void run()}
      >
        {t("account.confirm.resend")}
      </button>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : done ? (
        <p role="status" className="text-green-800">
          {t("account.confirm.resent", { email })}
        </p>
      ) : null}
    </div>
  );
}
