"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { appointStaffSchema } from "@/modules/accounts/schema";
import { appointStaffAction } from "../actions";

export function AppointStaffForm() {
  const t = useTranslations();
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(
    appointStaffAction,
    appointStaffSchema,
    {
      defaultValues: { email: "" },
      onSuccess: (_, values): string => {
        form.reset({ email: "", regionCode: values.regionCode });
        return t("staff.appointed", { email: values.email });
      },
    },
  );
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="email" label={t("staff.email")} hint={t("staff.emailHint")} error={fieldError("email")} required>
          <input
            id="email"
            type="email"
            className={inputClass}
            aria-invalid={!!errors.email}
            {...form.register("email")}
          />
        </Field>
        <Field id="regionCode" label={t("fields.region")} error={fieldError("regionCode")} required>
          <CodeSelect
            id="regionCode"
            kind="region"
            className={inputClass}
            invalid={!!errors.regionCode}
            registration={form.register("regionCode")}
          />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("staff.appoint")}
      </Button>
    </form>
  );
}
