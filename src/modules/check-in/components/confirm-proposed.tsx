"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { confirmProposedAction } from "../actions";
import type { ConfirmProposedResult } from "../confirm";

/** Confirms every proposal the hours page shows, in one go; says what was skipped and why. */
export function ConfirmProposed({ projectId, checkInIds }: { projectId: string; checkInIds: string[] }) {
  const t = useTranslations("checkIn.proposed");
  const { run, pending, error, data } = useActionButton(confirmProposedAction);
  const summary = (r: ConfirmProposedResult) =>
    [
      t("result.confirmed", { count: r.confirmed.length }),
      r.alreadyRecorded.length ? t("result.alreadyRecorded", { count: r.alreadyRecorded.length }) : null,
      r.dayLimit.length ? t("result.dayLimit", { count: r.dayLimit.length }) : null,
      r.skipped.length ? t("result.skipped", { count: r.skipped.length }) : null,
    ]
      .filter(Boolean)
      .join(" ");
  return (
    <div className="space-y-2">
      <FormError message={error} />
      {data ? <FormSuccess message={summary(data)} /> : null}
      {checkInIds.length > 0 ? (
        <Button
          type="button"
          disabled={pending}
          onClick={() => void run({ projectId, checkInIds })}
          data-testid="confirm-proposed"
        >
          {t("confirmAll", { count: checkInIds.length })}
        </Button>
      ) : null}
    </div>
  );
}
