"use client";
import { useTranslations } from "next-intl";
import type { RegionCode } from "@/generated/prisma/enums";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { removeStaffAction } from "../actions";

export function RemoveStaffButton({
  userId,
  regionCode,
  name,
  region,
}: {
  userId: string;
  regionCode: RegionCode;
  name: string;
  region: string;
}) {
  const t = useTranslations("staff");
  return (
    <ConfirmButton
      label={t("remove")}
      confirm={t("confirmRemove", { name, region })}
      action={removeStaffAction}
      input={{ userId, regionCode }}
    />
  );
}
