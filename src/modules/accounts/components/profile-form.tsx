"use client";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeCheckboxes, CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { isMinorBirthDate, volunteerProfileSchema, type VolunteerProfileInput } from "../schema";
import { updateVolunteerProfileAction } from "../actions";
import { GuardianFields } from "./guardian-fields";

export function ProfileForm({ initial }: { initial: VolunteerProfileInput }) {
  const t = useTranslations();
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(
    updateVolunteerProfileAction,
    volunteerProfileSchema,
    { defaultValues: initial, onSuccess: () => t("profile.saved") },
  );
  const { register, control } = form;
  const errors = form.formState.errors;
  const minor = isMinorBirthDate(useWatch({ control, name: "birthDate" }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <section className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label={t("fields.fullName")} error={fieldError("name")} required>
          <input
            id="name"
            autoComplete="name"
            className={inputClass}
            aria-invalid={!!errors.name}
            {...register("name")}
          />
        </Field>
        <Field id="birthDate" label={t("fields.birthDate")} error={fieldError("birthDate")} required>
          <input
            id="birthDate"
            type="date"
            className={inputClass}
            aria-invalid={!!errors.birthDate}
            {...register("birthDate")}
          />
        </Field>
        <Field id="gender" label={t("fields.gender")} error={fieldError("gender")}>
          <CodeSelect
            id="gender"
            kind="gender"
            className={inputClass}
            registration={register("gender", { setValueAs: (v) => v || undefined })}
          />
        </Field>
        <Field id="phone" label={t("fields.phone")} error={fieldError("phone")}>
          <input
            id="phone"
            type="tel"
            autoComplete="tel"
            className={inputClass}
            aria-invalid={!!errors.phone}
            {...register("phone")}
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
        <Field id="settlement" label={t("fields.settlement")} error={fieldError("settlement")}>
          <input id="settlement" className={inputClass} {...register("settlement")} />
        </Field>
        <Field id="employment" label={t("fields.employment")} error={fieldError("employment")}>
          <CodeSelect
            id="employment"
            kind="employment"
            className={inputClass}
            registration={register("employment", { setValueAs: (v) => v || undefined })}
          />
        </Field>
        <Field id="locale" label={t("fields.locale")} hint={t("fields.localeHint")}>
          <CodeSelect
            id="locale"
            kind="locale"
            placeholder={false}
            className={inputClass}
            registration={register("locale")}
          />
        </Field>
      </section>
      <CodeCheckboxes
        name="languages"
        legend={t("fields.languages")}
        kind="language"
        registration={register("languages")}
      />
      <Field id="skills" label={t("fields.skills")} hint={t("fields.skillsHint")} error={fieldError("skills")}>
        <input id="skills" className={inputClass} {...register("skills")} />
      </Field>
      <CodeCheckboxes
        name="interests"
        legend={t("fields.interests")}
        kind="direction"
        registration={register("interests")}
      />
      <CodeCheckboxes
        name="compositions"
        legend={t("fields.compositions")}
        kind="composition"
        registration={register("compositions")}
      />
      <CodeCheckboxes
        name="availability"
        legend={t("fields.availability")}
        kind="availability"
        registration={register("availability")}
      />
      <Field id="about" label={t("fields.about")} error={fieldError("about")}>
        <textarea id="about" rows={4} className={inputClass} {...register("about")} />
      </Field>
      {minor ? <GuardianFields form={form} /> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t("common.wait") : t("common.save")}
      </Button>
    </form>
  );
}
