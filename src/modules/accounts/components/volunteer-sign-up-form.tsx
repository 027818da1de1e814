"use client";
import { useWatch } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { isMinorBirthDate, volunteerSignUpSchema, type VolunteerSignUpInput } from "../schema";
import { signUpVolunteerAction } from "../actions";
import { GuardianFields } from "./guardian-fields";

export function VolunteerSignUpForm() {
  const t = useTranslations();
  const locale = useLocale() as VolunteerSignUpInput["locale"];
  const router = useRouter();
  const { form, onSubmit, formError, fieldError, pending } = useActionForm(
    signUpVolunteerAction,
    volunteerSignUpSchema,
    {
      defaultValues: { locale, name: "", email: "", password: "", birthDate: "" },
      onSuccess: async (_, values) => {
        await signIn("credentials", { email: values.email, password: values.password, redirect: false });
        // Signing in happened outside the action, and the header in the shared layout must show
        // the person now: a full refresh after the navigation, not a second render of one page.
        router.push("/profile?welcome=1");
        router.refresh();
      },
    },
  );
  const { register, control } = form;
  const errors = form.formState.errors;
  const minor = isMinorBirthDate(useWatch({ control, name: "birthDate" }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field id="name" label={t("fields.fullName")} error={fieldError("name")} required>
        <input
          id="name"
          autoComplete="name"
          className={inputClass}
          aria-invalid={!!errors.name}
          {...register("name")}
        />
      </Field>
      <Field id="email" label={t("fields.email")} error={fieldError("email")} required>
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
        error={fieldError("password")}
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
        error={fieldError("birthDate")}
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
      <Field id="regionCode" label={t("fields.region")} error={fieldError("regionCode")} required>
        <CodeSelect
          id="regionCode"
          kind="region"
          className={inputClass}
          invalid={!!errors.regionCode}
          registration={register("regionCode")}
        />
      </Field>
      {minor ? <GuardianFields form={form} /> : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("signUp.volunteer.submit")}
      </Button>
    </form>
  );
}
