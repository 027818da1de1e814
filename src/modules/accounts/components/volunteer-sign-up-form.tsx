"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeSelect } from "@/components/forms/options";
import { applyServerErrors } from "@/components/forms/server-errors";
import { isMinorBirthDate, volunteerSignUpSchema, type VolunteerSignUpInput } from "../schema";
import { signUpVolunteerAction } from "../actions";
import { GuardianFields } from "./guardian-fields";

export function VolunteerSignUpForm() {
  const t = useTranslations();
  const locale = useLocale() as VolunteerSignUpInput["locale"];
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<VolunteerSignUpInput>({
    resolver: zodResolver(volunteerSignUpSchema, undefined, { raw: true }),
    defaultValues: { locale, name: "", email: "", password: "", birthDate: "" },
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const errors = formState.errors;
  const msg = (m?: string) => (m ? t(m) : undefined);
  const minor = isMinorBirthDate(useWatch({ control, name: "birthDate" }));

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signUpVolunteerAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(t(error));
    await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    router.push("/profile?welcome=1");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="name" label={t("fields.fullName")} error={msg(errors.name?.message)} required>
        <input
          id="name"
          autoComplete="name"
          className={inputClass}
          aria-invalid={!!errors.name}
          {...register("name")}
        />
      </Field>
      <Field id="email" label={t("fields.email")} error={msg(errors.email?.message)} required>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={!!errors.email}
          {...register("email")}
        />
      </Field>
      <Field
        id="password"
        label={t("fields.password")}
        hint={t("fields.passwordHint")}
        error={msg(errors.password?.message)}
        required
      >
        <input
          id="password"
          type="password"
          autoComplete="new-password"
          className={inputClass}
          aria-invalid={!!errors.password}
          {...register("password")}
        />
      </Field>
      <Field
        id="birthDate"
        label={t("fields.birthDate")}
        hint={t("fields.birthDateHint")}
        error={msg(errors.birthDate?.message)}
        required
      >
        <input
          id="birthDate"
          type="date"
          className={inputClass}
          aria-invalid={!!errors.birthDate}
          {...register("birthDate")}
        />
      </Field>
      <Field id="regionCode" label={t("fields.region")} error={msg(errors.regionCode?.message)} required>
        <CodeSelect
          id="regionCode"
          kind="region"
          className={inputClass}
          invalid={!!errors.regionCode}
          registration={register("regionCode")}
        />
      </Field>
      {minor ? <GuardianFields form={form} /> : null}
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? t("common.wait") : t("signUp.volunteer.submit")}
      </Button>
    </form>
  );
}
