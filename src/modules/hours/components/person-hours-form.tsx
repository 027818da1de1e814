"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NOTE_MAX, personHoursSchema } from "../schema";
import { confirmForVolunteerAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";

/** The organizer confirms hours for one volunteer; refusals appear next to the fields. */
export function PersonHoursForm({
  applicationId,
  min,
  max,
  defaults,
}: {
  applicationId: string;
  min: string;
  max: string;
  defaults: { workedOn: string; hours: string };
}) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(confirmForVolunteerAction, personHoursSchema, {
    defaultValues: { applicationId, workedOn: defaults.workedOn, hours: defaults.hours, note: "" },
    onSuccess: (_, values): void => form.reset({ ...values, note: "" }),
  });
  const { register, formState } = form;
  const prefix = `person-${applicationId}`;
  const noteError = fieldError("note");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 pt-2" data-testid="person-hours-form">
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
      <Field id={`${prefix}-note`} label={t("fields.note")} error={noteError}>
        <input
          id={`${prefix}-note`}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!noteError}
          {...register("note")}
        />
      </Field>
      <Button type="submit" className="min-h-9 px-3 py-1 text-sm" disabled={pending}>
        {pending ? tAll("common.wait") : t("organizer.save")}
      </Button>
    </form>
  );
}
