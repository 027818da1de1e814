"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { declineVolunteerInvitationAction } from "../actions";

/** Declining an invitation to a role; applying is a plain link to the project's apply form. */
export function DeclineInvitation({ invitationId }: { invitationId: string }) {
  const t = useTranslations("volunteerSearch.invitations");
  const { run, pending, error, done } = useActionButton(declineVolunteerInvitationAction);
  if (done) return <FormSuccess message={t("declined")} />;
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => void run({ invitationId })}>
        {t("decline")}
      </Button>
    </div>
  );
}
