"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { removeStaffAction } from "../actions";

export function RemoveStaffButton({
  userId,
  regionCode,
  name,
  region,
}: {
  userId: string;
  regionCode: string;
  name: string;
  region: string;
}) {
  const t = useTranslations("staff");
  return (
    <ConfirmButton
      label={t("remove")}
      confirm={t("confirmRemove", { name, region })}
      run={() => removeStaffAction({ userId, regionCode })}
    />
  );
}
