"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { respondInvitationAction } from "../actions";

/** Accept or decline one invitation; the answer stays on screen with a way onward. */
export function InvitationAnswer({ invitationId, organizerName }: { invitationId: string; organizerName: string }) {
  const t = useTranslations();
  const [answer, setAnswer] = useState<{ accepted: boolean; slug?: string } | null>(null);
  const { run, pending, error } = useActionButton(respondInvitationAction, {
    onSuccess: (data, input) => setAnswer({ accepted: input.accept, slug: data.slug }),
  });
  const respond = (accept: boolean) => run({ invitationId, accept });

  if (answer?.accepted) {
    return (
      <div className="space-y-2">
        <FormSuccess message={t("invitations.accepted", { organizer: organizerName })} />
        <Link href={`/organizers/${answer.slug}/members`} className="font-semibold text-brand-700 underline">
          {t("invitations.openTeam")}
        </Link>
      </div>
    );
  }
  if (answer) return <FormSuccess message={t("invitations.declined")} />;
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => void respond(true)}>
          {t("invitations.accept")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void respond(false)}>
          {t("invitations.decline")}
        </Button>
      </div>
    </div>
  );
}
