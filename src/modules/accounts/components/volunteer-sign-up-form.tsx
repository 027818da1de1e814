"use client";
import { useWatch } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter as useNextRouter } from "next/navigation";
import { useRouter } from "@/i18n/navigation";
import { Field, InputField, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { safeReturnPath } from "@/domain/return-path";
import { isMinorBirthDate, volunteerSignUpSchema, type VolunteerSignUpInput } from "../schema";
import { signUpVolunteerAction } from "../actions";
import { GuardianFields } from "./guardian-fields";

/** `next`: the page to come back to (the project someone wanted to apply to), checked before use. */
export function VolunteerSignUpForm({ next }: { next?: string }) {
  const t = useTranslations();
  const locale = useLocale() as VolunteerSignUpInput["locale"];
  const router = useRouter();
  const nextRouter = useNextRouter();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(signUpVolunteerAction, volunteerSignUpSchema, {
    defaultValues: { locale, name: "", email: "", password: "", birthDate: "" },
    onSuccess: async (_, values) => {
      await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      // Signing in happened outside the action, and the header in the shared layout must show
      // the person now: a full refresh after the navigation, not a second render of one page.
      const back = safeReturnPath(next, window.location.origin);
      if (back) nextRouter.push(back);
      else router.push("/profile?welcome=1");
      router.refresh();
    },
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const minor = isMinorBirthDate(useWatch({ control, name: "birthDate" }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <InputField
        id="name"
        label={t("fields.fullName")}
        error={fieldError("name")}
        required
        autoComplete="name"
        registration={register("name")}
      />
      <InputField
        id="email"
        type="email"
        label={t("fields.email")}
        error={fieldError("email")}
        required
        autoComplete="email"
        registration={register("email")}
      />
      <InputField
        id="password"
        type="password"
        label={t("fields.password")}
        hint={t("fields.passwordHint")}
        error={fieldError("password")}
        required
        autoComplete="new-password"
        registration={register("password")}
      />
      <InputField
        id="birthDate"
        type="date"
        label={t("fields.birthDate")}
        hint={t("fields.birthDateHint")}
        error={fieldError("birthDate")}
        required
        registration={register("birthDate")}
      />
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
