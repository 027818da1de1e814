"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { leaveOrganizerAction } from "../actions";

/** A coordinator leaves the team after confirming; they land on the organizer's public page. */
export function LeaveOrganizer({
  organizerId,
  organizerName,
  slug,
}: {
  organizerId: string;
  organizerName: string;
  slug: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const {
    run,
    pending: busy,
    error,
  } = useActionButton(leaveOrganizerAction, {
    onSuccess: () => router.replace(`/organizers/${slug}?left=1`),
  });

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  const onConfirm = async () => {
    await run({ organizerId });
    setConfirming(false);
  };

  return (
    <div className="space-y-3">
      <FormError message={error} />
      {confirming ? (
        <div
          className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4"
          role="group"
          aria-label={t("members.leave.title")}
          data-testid="leave-confirm"
          onKeyDown={(e) => {
            if (e.key === "Escape" && !busy) setConfirming(false);
          }}
        >
          <p ref={question} tabIndex={-1} className="font-medium text-red-900 focus:outline-none">
            {t("members.leave.confirmText", { organizer: organizerName })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" disabled={busy} onClick={onConfirm}>
              {busy ? t("common.wait") : t("members.leave.confirm")}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t("members.leave.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {t("members.leave.button")}
        </Button>
      )}
    </div>
  );
}
