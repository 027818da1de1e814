"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { respondInvitationAction } from "../actions";

/** Accept or decline one invitation; the answer stays on screen with a way onward. */
export function InvitationAnswer({ invitationId, organizerName }: { invitationId: string; organizerName: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ accepted: boolean; slug?: string } | null>(null);

  async function respond(accept: boolean) {
    setBusy(true);
    setError(null);
    const result = await respondInvitationAction({ invitationId, accept });
    setBusy(false);
    if (!result.ok) return setError(t(result.error));
    setAnswer({ accepted: accept, slug: result.data.slug });
    router.refresh();
  }

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
        <Button type="button" disabled={busy} onClick={() => void respond(true)}>
          {t("invitations.accept")}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void respond(false)}>
          {t("invitations.decline")}
        </Button>
      </div>
    </div>
  );
}
