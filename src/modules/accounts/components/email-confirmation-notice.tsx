"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { resendEmailConfirmationAction } from "../password-actions";

/** Shown until the address is confirmed, with a way to get the link again. */
export function EmailConfirmationNotice({ email }: { email: string }) {
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
      data-testid="email-unconfirmed"
    >
      <p>{t("account.confirm.notice", { email })}</p>
      <button
        type="button"
        disabled={busy}
        className="min-h-11 rounded-md border border-amber-400 bg-white px-3 py-2 font-semibold text-slate-900 hover:bg-amber-100"
        onClick={async () => {
          setBusy(true);
          const result = await resendEmailConfirmationAction();
          setBusy(false);
          setMessage(
            result.ok
              ? { ok: true, text: t("account.confirm.resent", { email }) }
              : { ok: false, text: t(result.error) },
          );
        }}
      >
        {t("account.confirm.resend")}
      </button>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-800"}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
