"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { correctionSchema, disputeSchema, NOTE_MAX } from "../schema";
import { confirmEntryAction, correctEntryAction, disputeEntryAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";

const small = "min-h-9 px-3 py-1 text-sm";

/** The organizer's answers to one entry: confirm or dispute a pending report, correct a confirmed entry. */
export function EntryActions(props: {
  entry: { id: string; status: string; workedOn: string; hoursLabel: string };
  /** The volunteer is marked a no-show: a pending report can only be disputed. */
  noShow: boolean;
  min: string;
  max: string;
}) {
  const t = useTranslations("hours.organizer");
  const tAll = useTranslations();
  const [open, setOpen] = useState<"dispute" | "correct" | null>(null);
  const confirmEntry = useActionButton(confirmEntryAction);
  const { entry } = props;

  if (entry.status === "PENDING") {
    return (
      <div className="space-y-2">
        {props.noShow ? <p className="text-sm text-slate-700">{t("noShowPending")}</p> : null}
        <FormError message={confirmEntry.error} />
        {open === "dispute" ? (
          <DisputeForm entryId={entry.id} onDone={() => setOpen(null)} />
        ) : (
          <div className="flex flex-wrap gap-2">
            {props.noShow ? null : (
              <Button
                type="button"
                className={small}
                disabled={confirmEntry.pending}
                onClick={() => void confirmEntry.run({ entryId: entry.id })}
              >
                {confirmEntry.pending ? tAll("common.wait") : t("confirm")}
              </Button>
            )}
            <Button type="button" variant="secondary" className={small} onClick={() => setOpen("dispute")}>
              {t("dispute")}
            </Button>
          </div>
        )}
      </div>
    );
  }
  if (entry.status === "CONFIRMED") {
    return open === "correct" ? (
      <CorrectForm entry={entry} min={props.min} max={props.max} onDone={() => setOpen(null)} />
    ) : (
      <Button type="button" variant="secondary" className={small} onClick={() => setOpen("correct")}>
        {t("correct")}
      </Button>
    );
  }
  return null;
}

function DisputeForm({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(disputeEntryAction, disputeSchema, {
    defaultValues: { entryId, comment: "" },
    onSuccess: onDone,
  });
  const id = `dispute-${entryId}`;
  const commentError = fieldError("comment");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="dispute-form"
    >
      <ErrorSummary summary={summary} />
      <Field id={id} label={t("fields.comment")} error={commentError} required>
        <textarea
          id={id}
          rows={2}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!commentError}
          autoFocus
          {...form.register("comment")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" className={small} disabled={pending}>
          {pending ? tAll("common.wait") : t("organizer.disputeSend")}
        </Button>
        <Button type="button" variant="secondary" className={small} onClick={onDone}>
          {t("organizer.cancel")}
        </Button>
      </div>
    </form>
  );
}

function CorrectForm({
  entry,
  min,
  max,
  onDone,
}: {
  entry: { id: string; workedOn: string; hoursLabel: string };
  min: string;
  max: string;
  onDone: () => void;
}) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(correctEntryAction, correctionSchema, {
    defaultValues: { entryId: entry.id, workedOn: entry.workedOn, hours: entry.hoursLabel, reason: "" },
    onSuccess: onDone,
  });
  const { register, formState } = form;
  const prefix = `correct-${entry.id}`;
  const reasonError = fieldError("reason");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="correct-form"
    >
      <p className="text-sm text-slate-700">{t("organizer.correctHint")}</p>
      <ErrorSummary summary={summary} />
      <DateHoursFields
        idPrefix={prefix}
        workedOn={register("workedOn")}
        hours={register("hours")}
        workedOnError={formState.errors.workedOn}
        hoursError={formState.errors.hours}
        min={min}
        max={max}
      />
      <Field id={`${prefix}-reason`} label={t("fields.reason")} error={reasonError} required>
        <input
          id={`${prefix}-reason`}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!reasonError}
          {...register("reason")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className={small} disabled={pending}>
          {pending ? tAll("common.wait") : t("organizer.correctSend")}
        </Button>
        <Button type="button" variant="secondary" className={small} onClick={onDone}>
          {t("organizer.cancel")}
        </Button>
      </div>
    </form>
  );
}
