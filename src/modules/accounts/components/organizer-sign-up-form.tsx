"use client";
import type { UseFormReturn } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { OrganizerFields } from "@/modules/organizers/components/organizer-fields";
import { organizerSignUpSchema, type OrganizerProfileInput, type OrganizerSignUpInput } from "../schema";
import { signUpOrganizerAction } from "../actions";

export function OrganizerSignUpForm() {
  const t = useTranslations();
  const locale = useLocale() as OrganizerSignUpInput["locale"];
  const router = useRouter();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(signUpOrganizerAction, organizerSignUpSchema, {
    defaultValues: { locale, directions: [], name: "", email: "", password: "", orgName: "", orgEmail: "" },
    onSuccess: async (data, values) => {
      await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      // Signing in happened outside the action, and the header in the shared layout must show
      // the person now: a full refresh after the navigation, not a second render of one page.
      router.push(`/organizers/${data.slug}?welcome=1`);
      router.refresh();
    },
  });
  const { register } = form;
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary summary={summary} />
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("signUp.organizer.aboutOrganizer")}</h2>
        <OrganizerFields form={form as unknown as UseFormReturn<OrganizerProfileInput>} />
      </section>
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("signUp.organizer.owner")}</h2>
        <Field id="name" label={t("fields.fullName")} error={fieldError("name")} required>
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
          error={fieldError("email")}
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
      </section>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("common.wait") : t("signUp.organizer.submit")}
      </Button>
    </form>
  );
}
