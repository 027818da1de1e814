"use client";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useFieldMessage } from "@/components/forms/field-message";
import { Field, inputClass } from "@/components/ui/field";
import { CodeCheckboxes, CodeSelect } from "@/components/forms/options";
import type { OrganizerProfileInput } from "@/modules/accounts/schema";

/** The organizer's own fields, shared by sign-up and the profile editor. */
export function OrganizerFields({ form }: { form: UseFormReturn<OrganizerProfileInput> }) {
  const t = useTranslations();
  const { register, control, formState } = form;
  const errors = formState.errors;
  const msg = useFieldMessage();
  const registered = useWatch({ control, name: "form" }) === "REGISTERED";
  return (
    <div className="space-y-4">
      <Field id="orgName" label={t("organizer.name")} error={msg(errors.orgName)} required>
        <input id="orgName" className={inputClass} aria-invalid={!!errors.orgName} {...register("orgName")} />
      </Field>
      <Field id="form" label={t("organizer.form")} hint={t("organizer.formHint")} error={msg(errors.form)} required>
        <CodeSelect
          id="form"
          kind="organizerForm"
          className={inputClass}
          invalid={!!errors.form}
          registration={register("form")}
        />
      </Field>
      {registered ? (
        <>
          <Field
            id="legalForm"
            label={t("organizer.legalForm")}
            hint={t("organizer.legalFormHint")}
            error={msg(errors.legalForm)}
            required
          >
            <CodeSelect
              id="legalForm"
              kind="legalForm"
              className={inputClass}
              invalid={!!errors.legalForm}
              registration={register("legalForm")}
            />
          </Field>
          <Field id="bin" label={t("organizer.bin")} hint={t("organizer.binHint")} error={msg(errors.bin)} required>
            <input
              id="bin"
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              className={inputClass}
              aria-invalid={!!errors.bin}
              {...register("bin")}
            />
          </Field>
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="regionCode" label={t("fields.region")} error={msg(errors.regionCode)} required>
          <CodeSelect
            id="regionCode"
            kind="region"
            className={inputClass}
            invalid={!!errors.regionCode}
            registration={register("regionCode")}
          />
        </Field>
        <Field id="settlement" label={t("fields.settlement")} error={msg(errors.settlement)}>
          <input id="settlement" className={inputClass} {...register("settlement")} />
        </Field>
      </div>
      <CodeCheckboxes
        name="directions"
        legend={t("organizer.directions")}
        kind="direction"
        registration={register("directions")}
        error={msg(errors.directions)}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="orgEmail" label={t("organizer.email")} error={msg(errors.orgEmail)} required>
          <input
            id="orgEmail"
            type="email"
            className={inputClass}
            aria-invalid={!!errors.orgEmail}
            {...register("orgEmail")}
          />
        </Field>
        <Field id="phone" label={t("fields.phone")} error={msg(errors.phone)}>
          <input
            id="phone"
            type="tel"
            autoComplete="tel"
            className={inputClass}
            aria-invalid={!!errors.phone}
            {...register("phone")}
          />
        </Field>
      </div>
      <Field id="website" label={t("organizer.website")} error={msg(errors.website)}>
        <input
          id="website"
          type="url"
          placeholder="https://"
          className={inputClass}
          aria-invalid={!!errors.website}
          {...register("website")}
        />
      </Field>
      <Field id="description" label={t("organizer.description")} error={msg(errors.description)}>
        <textarea id="description" rows={5} className={inputClass} {...register("description")} />
      </Field>
    </div>
  );
}
