"use client";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { revokeInvitationAction } from "../actions";

export function RevokeInvitationButton({
  organizerId,
  invitationId,
  email,
}: {
  organizerId: string;
  invitationId: string;
  email: string;
}) {
  const t = useTranslations("invitations.team");
  return (
    <ConfirmButton
      label={t("revoke")}
      confirm={t("confirmRevoke", { email })}
      action={revokeInvitationAction}
      input={{ organizerId, invitationId }}
    />
  );
}
