"use client";
import { useTranslations } from "next-intl";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NOTE_MAX, reportSchema } from "../schema";
import { reportHoursAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";

/** The volunteer reports hours on one accepted place; the organizer confirms or disputes them. */
export function ReportForm({ applicationId, min, max }: { applicationId: string; min: string; max: string }) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(reportHoursAction, reportSchema, {
    defaultValues: { applicationId, workedOn: max, hours: "", note: "" },
    onSuccess: (_, values): string => {
      form.reset({ applicationId, workedOn: values.workedOn, hours: "", note: "" });
      return t("my.reported");
    },
  });
  const { register, formState } = form;
  const prefix = `report-${applicationId}`;
  const noteError = fieldError("note");

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      data-testid="report-form"
    >
      <h3 className="font-semibold">{t("my.reportTitle")}</h3>
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <input type="hidden" {...register("applicationId")} />
      <DateHoursFields
        idPrefix={prefix}
        workedOn={register("workedOn")}
        hours={register("hours")}
        workedOnError={formState.errors.workedOn}
        hoursError={formState.errors.hours}
        min={min}
        max={max}
        showLimits
      />
      <Field id={`${prefix}-note`} label={t("fields.note")} error={noteError}>
        <input
          id={`${prefix}-note`}
          className={inputClass}
          maxLength={NOTE_MAX}
          aria-invalid={!!noteError}
          {...register("note")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? tAll("common.wait") : t("my.reportSubmit")}
      </Button>
    </form>
  );
}
