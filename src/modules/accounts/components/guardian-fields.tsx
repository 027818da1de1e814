"use client";
import type { UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useFieldMessage } from "@/components/forms/field-message";
import { Field, FieldErrorText, inputClass } from "@/components/ui/field";

type GuardianShape = { guardianName?: string; guardianContact?: string; guardianConsent?: boolean };

/** A parent's or legal representative's consent, asked of volunteers aged 14 to 17. */
export function GuardianFields<T extends GuardianShape>({ form }: { form: UseFormReturn<T> }) {
  const t = useTranslations();
  // The form's own type is wider than GuardianShape; these three fields are all we touch.
  const f = form as unknown as UseFormReturn<GuardianShape>;
  const errors = f.formState.errors;
  const msg = useFieldMessage();
  return (
    <fieldset id="guardian" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <legend className="px-1 text-sm font-semibold">{t("guardian.title")}</legend>
      <p className="text-sm text-slate-700">{t("guardian.explain")}</p>
      <Field id="guardianName" label={t("guardian.name")} error={msg(errors.guardianName)}>
        <input
          id="guardianName"
          className={inputClass}
          aria-invalid={!!errors.guardianName}
          {...f.register("guardianName")}
        />
      </Field>
      <Field
        id="guardianContact"
        label={t("guardian.contact")}
        hint={t("guardian.contactHint")}
        error={msg(errors.guardianContact)}
      >
        <input
          id="guardianContact"
          className={inputClass}
          aria-invalid={!!errors.guardianContact}
          {...f.register("guardianContact")}
        />
      </Field>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            id="guardianConsent"
            className="mt-0.5 h-5 w-5 accent-brand-600"
            aria-invalid={errors.guardianConsent ? true : undefined}
            aria-describedby={errors.guardianConsent ? "guardianConsent-error" : undefined}
            {...f.register("guardianConsent")}
          />
          <span>{t("guardian.consent")}</span>
        </label>
        <FieldErrorText name="guardianConsent" message={msg(errors.guardianConsent)} />
      </div>
    </fieldset>
  );
}
