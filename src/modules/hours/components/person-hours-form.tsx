"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyServerErrors } from "@/components/forms/server-errors";
import { NOTE_MAX, personHoursSchema, type PersonHoursInput } from "../schema";
import { confirmForVolunteerAction } from "../actions";
import { DateHoursFields } from "./date-hours-fields";
import { formLevelError } from "./form-level-error";

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
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<PersonHoursInput>({
    resolver: zodResolver(personHoursSchema, undefined, { raw: true }),
    defaultValues: { applicationId, workedOn: defaults.workedOn, hours: defaults.hours, note: "" },
  });
  const prefix = `person-${applicationId}`;
  const noteError = formState.errors.note?.message;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await confirmForVolunteerAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(formLevelError(result, error, tAll));
    reset({ ...values, note: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2 pt-2" data-testid="person-hours-form">
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
      <Field id={`${prefix}-note`} label={t("fields.note")} error={noteError ? tAll(noteError) : undefined}>
        <input
          id={`${prefix}-note`}
          maxLength={NOTE_MAX}
          className={inputClass}
          aria-invalid={!!noteError}
          {...register("note")}
        />
      </Field>
      <Button type="submit" className="min-h-9 px-3 py-1 text-sm" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? tAll("common.wait") : t("organizer.save")}
      </Button>
    </form>
  );
}
