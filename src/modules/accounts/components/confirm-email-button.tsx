"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { confirmEmailAction } from "../password-actions";

// A button rather than confirming on page load: mail scanners open links too.
export function ConfirmEmailButton({ token }: { token: string }) {
  const t = useTranslations();
  const { run, pending, error, data } = useActionButton(confirmEmailAction);

  if (data) {
    return (
      <div className="space-y-3">
        <FormSuccess message={t("account.confirm.done")} />
        {data.invitations > 0 ? (
          <p>
            {t("account.confirm.invitations", { count: data.invitations })}{" "}
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
      <Button type="button" disabled={pending} onClick={() => void run({ token })}>
        {pending ? t("common.wait") : t("account.confirm.submit")}
      </Button>
    </div>
  );
}
