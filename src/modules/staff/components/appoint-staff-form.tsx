"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { CodeSelect } from "@/components/forms/options";
import { applyServerErrors } from "@/components/forms/server-errors";
import { appointStaffSchema, type AppointStaffInput } from "@/modules/accounts/schema";
import { appointStaffAction } from "../actions";

export function AppointStaffForm() {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<AppointStaffInput>({
    resolver: zodResolver(appointStaffSchema, undefined, { raw: true }),
    defaultValues: { email: "" },
  });
  const errors = form.formState.errors;
  const msg = (m?: string) => (m ? t(m) : undefined);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    const result = await appointStaffAction(values);
    const error = applyServerErrors(result, form.setError);
    if (error) return setFormError(t(error));
    setDone(t("staff.appointed", { email: values.email }));
    form.reset({ email: "", regionCode: values.regionCode });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormSuccess message={done} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="email"
          label={t("staff.email")}
          hint={t("staff.emailHint")}
          error={msg(errors.email?.message)}
          required
        >
          <input
            id="email"
            type="email"
            className={inputClass}
            aria-invalid={!!errors.email}
            {...form.register("email")}
          />
        </Field>
        <Field id="regionCode" label={t("fields.region")} error={msg(errors.regionCode?.message)} required>
          <CodeSelect
            id="regionCode"
            kind="region"
            className={inputClass}
            invalid={!!errors.regionCode}
            registration={form.register("regionCode")}
          />
        </Field>
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("staff.appoint")}
      </Button>
    </form>
  );
}
