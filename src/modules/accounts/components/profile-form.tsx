"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FormError, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeCheckboxes, CodeSelect } from "@/components/forms/options";
import { applyServerErrors } from "@/components/forms/server-errors";
import { isMinorBirthDate, volunteerProfileSchema, type VolunteerProfileInput } from "../schema";
import { updateVolunteerProfileAction } from "../actions";
import { GuardianFields } from "./guardian-fields";

export function ProfileForm({ initial }: { initial: VolunteerProfileInput }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<VolunteerProfileInput>({
    resolver: zodResolver(volunteerProfileSchema, undefined, { raw: true }),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const errors = formState.errors;
  const msg = (m?: string) => (m ? t(m) : undefined);
  const minor = isMinorBirthDate(useWatch({ control, name: "birthDate" }));

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    const result = await updateVolunteerProfileAction(values);
    const error = applyServerErrors(result, setError);
    if (error) return setFormError(t(error));
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError message={formError} />
      <FormSuccess message={saved ? t("profile.saved") : null} />
      <section className="grid gap-4 sm:grid-cols-2">
        <Field id="name" label={t("fields.fullName")} error={msg(errors.name?.message)} required>
          <input
            id="name"
            autoComplete="name"
            className={inputClass}
            aria-invalid={!!errors.name}
            {...register("name")}
          />
        </Field>
        <Field id="birthDate" label={t("fields.birthDate")} error={msg(errors.birthDate?.message)} required>
          <input
            id="birthDate"
            type="date"
            className={inputClass}
            aria-invalid={!!errors.birthDate}
            {...register("birthDate")}
          />
        </Field>
        <Field id="gender" label={t("fields.gender")} error={msg(errors.gender?.message)}>
          <CodeSelect
            id="gender"
            kind="gender"
            className={inputClass}
            registration={register("gender", { setValueAs: (v) => v || undefined })}
          />
        </Field>
        <Field id="phone" label={t("fields.phone")} error={msg(errors.phone?.message)}>
          <input
            id="phone"
            type="tel"
            autoComplete="tel"
            className={inputClass}
            aria-invalid={!!errors.phone}
            {...register("phone")}
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
        <Field id="settlement" label={t("fields.settlement")} error={msg(errors.settlement?.message)}>
          <input id="settlement" className={inputClass} {...register("settlement")} />
        </Field>
        <Field id="employment" label={t("fields.employment")} error={msg(errors.employment?.message)}>
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
      <Field id="skills" label={t("fields.skills")} hint={t("fields.skillsHint")} error={msg(errors.skills?.message)}>
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
      <Field id="about" label={t("fields.about")} error={msg(errors.about?.message)}>
        <textarea id="about" rows={4} className={inputClass} {...register("about")} />
      </Field>
      {minor ? <GuardianFields form={form} /> : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.wait") : t("common.save")}
      </Button>
    </form>
  );
}
