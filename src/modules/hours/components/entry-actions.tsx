"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyServerErrors } from "@/components/forms/server-errors";
import { correctionSchema, disputeSchema, NOTE_MAX, type CorrectionInput, type DisputeInput } from "../schema";
import { confirmEntryAction, correctEntryAction, disputeEntryAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";
import { formLevelError } from "./form-level-error";

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
  const router = useRouter();
  const [open, setOpen] = useState<"dispute" | "correct" | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { entry } = props;

  if (entry.status === "PENDING") {
    return (
      <div className="space-y-2">
        {props.noShow ? <p className="text-sm text-slate-700">{t("noShowPending")}</p> : null}
        <FormError message={error} />
        {open === "dispute" ? (
          <DisputeForm entryId={entry.id} onDone={() => setOpen(null)} />
        ) : (
          <div className="flex flex-wrap gap-2">
            {props.noShow ? null : (
              <Button
                type="button"
                className={small}
                disabled={busy}
                onClick={async () => {
                  setBusy(true);
                  setError(null);
                  const result = await confirmEntryAction({ entryId: entry.id });
                  setBusy(false);
                  if (!result.ok) return setError(tAll(result.error));
                  router.refresh();
                }}
              >
                {busy ? tAll("common.wait") : t("confirm")}
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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<DisputeInput>({
    resolver: zodResolver(disputeSchema, undefined, { raw: true }),
    defaultValues: { entryId, comment: "" },
  });
  const id = `dispute-${entryId}`;
  const commentError = formState.errors.comment?.message;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await disputeEntryAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(formLevelError(result, error, tAll));
    onDone();
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="dispute-form"
    >
      <FormError message={formError} />
      <Field id={id} label={t("fields.comment")} error={commentError ? tAll(commentError) : undefined} required>
        <textarea
          id={id}
          rows={2}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!commentError}
          autoFocus
          {...register("comment")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" className={small} disabled={formState.isSubmitting}>
          {formState.isSubmitting ? tAll("common.wait") : t("organizer.disputeSend")}
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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<CorrectionInput>({
    resolver: zodResolver(correctionSchema, undefined, { raw: true }),
    defaultValues: { entryId: entry.id, workedOn: entry.workedOn, hours: entry.hoursLabel, reason: "" },
  });
  const prefix = `correct-${entry.id}`;
  const reasonError = formState.errors.reason?.message;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await correctEntryAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(formLevelError(result, error, tAll));
    onDone();
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="correct-form"
    >
      <p className="text-sm text-slate-700">{t("organizer.correctHint")}</p>
      <FormError message={formError} />
      <DateHoursFields
        idPrefix={prefix}
        workedOn={register("workedOn")}
        hours={register("hours")}
        workedOnError={formState.errors.workedOn?.message}
        hoursError={formState.errors.hours?.message}
        min={min}
        max={max}
      />
      <Field
        id={`${prefix}-reason`}
        label={t("fields.reason")}
        error={reasonError ? tAll(reasonError) : undefined}
        required
      >
        <input
          id={`${prefix}-reason`}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!reasonError}
          {...register("reason")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" className={small} disabled={formState.isSubmitting}>
          {formState.isSubmitting ? tAll("common.wait") : t("organizer.correctSend")}
        </Button>
        <Button type="button" variant="secondary" className={small} onClick={onDone}>
          {t("organizer.cancel")}
        </Button>
      </div>
    </form>
  );
}
