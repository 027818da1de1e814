"use client";
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { useRouter } from "@/i18n/navigation";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { TRAININGS } from "@/domain/trainings";
import { Button } from "@/components/ui/button";
import { Field, FieldErrorText, inputClass } from "@/components/ui/field";
import { CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { callOutSchema, type CallOutInput } from "../schema";
import { createCallOutAction } from "../actions";

type Props = {
  initial: CallOutInput;
  /** The regions the viewer may call out. */
  regions: string[];
  /** Verified organizers of those regions: the coordinator is one of the chosen regions'. */
  organizers: { id: string; name: string; regionCode: string }[];
};

/** The new call-out: what, where, when, who; then the live page of the call-out. */
export function CallOutForm({ initial, regions, organizers }: Props) {
  const t = useTranslations("callOuts.form");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(createCallOutAction, callOutSchema, {
    defaultValues: initial,
    onSuccess: (data) => router.push(data.path),
  });
  const { register } = form;
  const chosen = useWatch({ control: form.control, name: "regions" }) as string[] | undefined;
  const selectable = organizers.filter((o) => (chosen ?? []).includes(o.regionCode));
  const region = (code: string) => domainLabel("region", code, locale);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8" data-testid="call-out-form">
      <ErrorSummary summary={summary} />
      <input type="hidden" {...register("helpRequestId")} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("what")}</legend>
        <Field id="title" label={t("title")} hint={t("titleHint")} error={fieldError("title")} required>
          <input id="title" className={inputClass} maxLength={200} {...register("title")} />
        </Field>
        <Field
          id="description"
          label={t("description")}
          hint={t("descriptionHint")}
          error={fieldError("description")}
          required
        >
          <textarea id="description" rows={5} className={inputClass} maxLength={5000} {...register("description")} />
        </Field>
        <Field id="direction" label={t("direction")} error={fieldError("direction")} required>
          <CodeSelect id="direction" kind="direction" className={inputClass} registration={register("direction")} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("where")}</legend>
        <fieldset aria-describedby="regions-hint" className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">
            {t("regions")}
            <span className="text-red-700"> *</span>
          </legend>
          <p id="regions-hint" className="text-sm text-slate-600">
            {t("regionsHint")}
          </p>
          <div id="regions" className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
            {regions.map((code) => (
              <label key={code} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" value={code} className="size-5" {...register("regions")} />
                {region(code)}
              </label>
            ))}
          </div>
          <FieldErrorText name="regions" message={fieldError("regions")} />
        </fieldset>
        <Field id="settlements" label={t("settlements")} hint={t("settlementsHint")} error={fieldError("settlements")}>
          <input id="settlements" className={inputClass} {...register("settlements")} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("when")}</legend>
        <p className="text-sm text-slate-600">{t("timeZone")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["startDate", "startTime", "endDate", "endTime", "answerByDate", "answerByTime"] as const).map((name) => (
            <Field key={name} id={name} label={t(name)} error={fieldError(name)} required>
              <input
                id={name}
                type={name.endsWith("Date") ? "date" : "time"}
                className={inputClass}
                {...register(name)}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("who")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="peopleNeeded" label={t("peopleNeeded")} error={fieldError("peopleNeeded")} required>
            <input
              id="peopleNeeded"
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              className={inputClass}
              {...register("peopleNeeded")}
            />
          </Field>
          <Field id="minAge" label={t("minAge")} hint={t("minAgeHint")} error={fieldError("minAge")} required>
            <input
              id="minAge"
              type="number"
              inputMode="numeric"
              min={14}
              max={99}
              className={inputClass}
              {...register("minAge")}
            />
          </Field>
        </div>
        <Field id="skills" label={t("skills")} hint={t("skillsHint")} error={fieldError("skills")}>
          <input id="skills" className={inputClass} {...register("skills")} />
        </Field>
        <Field id="requiredTraining" label={t("requiredTraining")} error={fieldError("requiredTraining")}>
          <select id="requiredTraining" className={inputClass} {...register("requiredTraining")}>
            <option value="">{t("noTraining")}</option>
            {TRAININGS.map((tr) => (
              <option key={tr.code} value={tr.code}>
                {tr.name[locale]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="organizerId"
          label={t("organizer")}
          hint={t("organizerHint")}
          error={fieldError("organizerId")}
          required
        >
          <select id="organizerId" className={inputClass} {...register("organizerId")}>
            <option value="">{selectable.length === 0 ? t("noOrganizers") : "—"}</option>
            {selectable.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} · {region(o.regionCode)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <Button type="submit" disabled={pending} data-testid="call-out-submit">
        {t("submit")}
      </Button>
    </form>
  );
}
