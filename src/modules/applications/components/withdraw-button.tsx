"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { withdrawAction } from "../actions";

export function WithdrawButton({ applicationId, roleTitle }: { applicationId: string; roleTitle: string }) {
  const t = useTranslations("applications.my");
  return (
    <ConfirmButton
      label={t("withdraw")}
      confirm={t("withdrawConfirm", { role: roleTitle })}
      action={withdrawAction}
      input={{ applicationId }}
    />
  );
}
