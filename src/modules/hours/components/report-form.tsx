"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyServerErrors } from "@/components/forms/server-errors";
import { NOTE_MAX, reportSchema, type ReportInput } from "../schema";
import { reportHoursAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";
import { formLevelError } from "./form-level-error";

/** The volunteer reports hours on one accepted place; the organizer confirms or disputes them. */
export function ReportForm({ applicationId, min, max }: { applicationId: string; min: string; max: string }) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<ReportInput>({
    resolver: zodResolver(reportSchema, undefined, { raw: true }),
    defaultValues: { applicationId, workedOn: max, hours: "", note: "" },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const prefix = `report-${applicationId}`;
  const noteError = formState.errors.note?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    const result = await reportHoursAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(formLevelError(result, error, tAll));
    setDone(true);
    reset({ applicationId, workedOn: values.workedOn, hours: "", note: "" });
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      data-testid="report-form"
    >
      <h3 className="font-semibold">{t("my.reportTitle")}</h3>
      <FormError message={formError} />
      {done ? <FormSuccess message={t("my.reported")} /> : null}
      <input type="hidden" {...register("applicationId")} />
      <DateHoursFields
        idPrefix={prefix}
        workedOn={register("workedOn")}
        hours={register("hours")}
        workedOnError={formState.errors.workedOn?.message}
        hoursError={formState.errors.hours?.message}
        min={min}
        max={max}
        showLimits
      />
      <Field id={`${prefix}-note`} label={t("fields.note")} error={noteError ? tAll(noteError) : undefined}>
        <input
          id={`${prefix}-note`}
          className={inputClass}
          maxLength={NOTE_MAX}
          aria-invalid={!!noteError}
          {...register("note")}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? tAll("common.wait") : t("my.reportSubmit")}
      </Button>
    </form>
  );
}
