"use client";
import { useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyServerErrors } from "@/components/forms/server-errors";
import { OrganizerFields } from "@/modules/organizers/components/organizer-fields";
import { organizerSignUpSchema, type OrganizerProfileInput, type OrganizerSignUpInput } from "../schema";
import { signUpOrganizerAction } from "../actions";

export function OrganizerSignUpForm() {
  const t = useTranslations();
  const locale = useLocale() as OrganizerSignUpInput["locale"];
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OrganizerSignUpInput>({
    resolver: zodResolver(organizerSignUpSchema, undefined, { raw: true }),
    defaultValues: { locale, directions: [], name: "", email: "", password: "", orgName: "", orgEmail: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const msg = (m?: string) => (m ? t(m) : undefined);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signUpOrganizerAction(values);
    const error = applyServerErrors(result, setError);
    if (error || !result.ok) return setFormError(t(error ?? "errors.UNEXPECTED"));
    await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    router.push(`/organizers/${result.data.slug}?welcome=1`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("signUp.organizer.aboutOrganizer")}</h2>
        <OrganizerFields form={form as unknown as UseFormReturn<OrganizerProfileInput>} />
      </section>
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("signUp.organizer.owner")}</h2>
        <Field id="name" label={t("fields.fullName")} error={msg(errors.name?.message)} required>
          <input
            id="name"
            autoComplete="name"
            className={inputClass}
            aria-invalid={!!errors.name}
            {...register("name")}
          />
        </Field>
        <Field
          id="email"
          label={t("fields.email")}
          hint={t("signUp.organizer.ownerEmailHint")}
          error={msg(errors.email?.message)}
          required
        >
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
      </section>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? t("common.wait") : t("signUp.organizer.submit")}
      </Button>
    </form>
  );
}
