"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { removeMemberAction } from "../actions";

export function RemoveMemberButton({
  organizerId,
  userId,
  name,
}: {
  organizerId: string;
  userId: string;
  name: string;
}) {
  const t = useTranslations("members");
  return (
    <ConfirmButton
      label={t("remove")}
      confirm={t("confirmRemove", { name })}
      action={removeMemberAction}
      input={{ organizerId, userId }}
    />
  );
}
