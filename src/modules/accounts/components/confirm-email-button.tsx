"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { confirmEmailAction } from "../password-actions";

// A button rather than confirming on page load: mail scanners open links too.
export function ConfirmEmailButton({ token }: { token: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invitations, setInvitations] = useState<number | null>(null);

  if (invitations !== null) {
    return (
      <div className="space-y-3">
        <FormSuccess message={t("account.confirm.done")} />
        {invitations > 0 ? (
          <p>
            {t("account.confirm.invitations", { count: invitations })}{" "}
            <Link href="/invitations" className="font-semibold text-brand-700 underline">
              {t("account.confirm.openInvitations")}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await confirmEmailAction({ token });
          setBusy(false);
          if (!result.ok) return setError(t(result.error));
          setInvitations(result.data.invitations);
          router.refresh();
        }}
      >
        {busy ? t("common.wait") : t("account.confirm.submit")}
      </Button>
    </div>
  );
}
