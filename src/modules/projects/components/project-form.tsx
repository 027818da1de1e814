"use client";
import { useFieldArray, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Field, FieldErrorText, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CodeCheckboxes, CodeSelect } from "@/components/forms/options";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionOutcome } from "@/components/forms/action-outcome";
import { needsSocialSubtype, type Direction } from "@/domain/classification";
import { TRAININGS } from "@/domain/trainings";
import { projectSchema, type ProjectInput } from "../schema";
import { createProjectAction, updateProjectAction } from "../actions";
import { SdgPicker } from "./sdg-picker";

const emptyRole = {
  title: "",
  description: "",
  capacity: 10,
  minAge: 14,
  skills: "",
  requiredTraining: "",
  mode: "REVIEW" as const,
};

/** helpRequestId: the request for help this new project answers (its organizer took it). */
type Props = { initial: ProjectInput; organizerId: string; projectId?: string; helpRequestId?: string };

/** Create or edit a project: the five criteria, place and time, contact, SDGs and roles. */
export function ProjectForm({ initial, organizerId, projectId, helpRequestId }: Props) {
  const t = useTranslations();
  const router = useRouter();
  // One form for both: a new draft belongs to the organizer, an edit to the project.
  const save = (values: ProjectInput): Promise<ActionOutcome<{ id: string } | { backToModeration: boolean }>> =>
    projectId
      ? updateProjectAction({ ...values, projectId })
      : createProjectAction({ ...values, organizerId, helpRequestId });
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(save, projectSchema, {
    defaultValues: initial,
    onSuccess: (data) => {
      if ("id" in data) return router.push(`/projects/${data.id}?created=1`);
      return t(data.backToModeration ? "projects.form.savedBackToModeration" : "projects.form.saved");
    },
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const roles = useFieldArray({ control, name: "roles" });
  const [primary, secondary, isOnline] = useWatch({
    control,
    name: ["primaryDirection", "secondaryDirection", "isOnline"],
  });
  const social = Boolean(primary) && needsSocialSubtype(primary as Direction, (secondary || null) as Direction | null);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />

      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("projects.form.about")}</h2>
        <Field id="title" label={t("projects.form.title")} error={fieldError("title")} required>
          <input id="title" className={inputClass} aria-invalid={!!errors.title} {...register("title")} />
        </Field>
        <Field
          id="description"
          label={t("projects.form.description")}
          hint={t("projects.form.descriptionHint")}
          error={fieldError("description")}
          required
        >
          <textarea
            id="description"
            rows={6}
            className={inputClass}
            aria-invalid={!!errors.description}
            {...register("description")}
          />
        </Field>
        <Field id="language" label={t("projects.form.language")}>
          <CodeSelect
            id="language"
            kind="locale"
            placeholder={false}
            className={inputClass}
            registration={register("language")}
          />
        </Field>
      </section>

      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("projects.form.classification")}</h2>
        <CodeCheckboxes
          name="compositions"
          legend={t("projects.form.compositions")}
          kind="composition"
          registration={register("compositions")}
          error={fieldError("compositions")}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="primaryDirection"
            label={t("projects.form.primaryDirection")}
            error={fieldError("primaryDirection")}
            required
          >
            <CodeSelect
              id="primaryDirection"
              kind="direction"
              className={inputClass}
              invalid={!!errors.primaryDirection}
              registration={register("primaryDirection")}
            />
          </Field>
          <Field
            id="secondaryDirection"
            label={t("projects.form.secondaryDirection")}
            error={fieldError("secondaryDirection")}
          >
            <CodeSelect
              id="secondaryDirection"
              kind="direction"
              className={inputClass}
              registration={register("secondaryDirection")}
            />
          </Field>
          {social ? (
            <Field
              id="socialSubtype"
              label={t("projects.form.socialSubtype")}
              error={fieldError("socialSubtype")}
              required
            >
              <CodeSelect
                id="socialSubtype"
                kind="socialSubtype"
                className={inputClass}
                invalid={!!errors.socialSubtype}
                registration={register("socialSubtype")}
              />
            </Field>
          ) : null}
          <Field id="scope" label={t("projects.form.scope")} error={fieldError("scope")} required>
            <CodeSelect
              id="scope"
              kind="scope"
              className={inputClass}
              invalid={!!errors.scope}
              registration={register("scope")}
            />
          </Field>
          <Field id="duration" label={t("projects.form.duration")} error={fieldError("duration")} required>
            <CodeSelect
              id="duration"
              kind="duration"
              className={inputClass}
              invalid={!!errors.duration}
              registration={register("duration")}
            />
          </Field>
        </div>
        <CodeCheckboxes
          name="birgemiz"
          legend={t("projects.form.birgemiz")}
          kind="birgemizTag"
          registration={register("birgemiz")}
        />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0 accent-brand-600" {...register("hazardous")} />
          <span>{t("projects.form.hazardous")}</span>
        </label>
      </section>

      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("projects.form.placeAndTime")}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="regionCode" label={t("fields.region")} error={fieldError("regionCode")} required>
            <CodeSelect
              id="regionCode"
              kind="region"
              className={inputClass}
              invalid={!!errors.regionCode}
              registration={register("regionCode")}
            />
          </Field>
          <Field id="settlement" label={t("fields.settlement")} error={fieldError("settlement")} required={!isOnline}>
            <input
              id="settlement"
              className={inputClass}
              aria-invalid={!!errors.settlement}
              {...register("settlement")}
            />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-5 w-5 accent-brand-600" {...register("isOnline")} />
          {t("projects.form.online")}
        </label>
        <p className="text-sm text-slate-600">{t("projects.form.timeHint")}</p>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field id="startDate" label={t("projects.form.startDate")} error={fieldError("startDate")} required>
            <input
              id="startDate"
              type="date"
              className={inputClass}
              aria-invalid={!!errors.startDate}
              {...register("startDate")}
            />
          </Field>
          <Field id="startTime" label={t("projects.form.startTime")} error={fieldError("startTime")} required>
            <input
              id="startTime"
              type="time"
              className={inputClass}
              aria-invalid={!!errors.startTime}
              {...register("startTime")}
            />
          </Field>
          <Field id="endDate" label={t("projects.form.endDate")} error={fieldError("endDate")} required>
            <input
              id="endDate"
              type="date"
              className={inputClass}
              aria-invalid={!!errors.endDate}
              {...register("endDate")}
            />
          </Field>
          <Field id="endTime" label={t("projects.form.endTime")} error={fieldError("endTime")} required>
            <input
              id="endTime"
              type="time"
              className={inputClass}
              aria-invalid={!!errors.endTime}
              {...register("endTime")}
            />
          </Field>
        </div>
      </section>

      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("projects.form.contact")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="contactName" label={t("projects.form.contactName")} error={fieldError("contactName")} required>
            <input
              id="contactName"
              className={inputClass}
              aria-invalid={!!errors.contactName}
              {...register("contactName")}
            />
          </Field>
          <Field id="contactPhone" label={t("fields.phone")} error={fieldError("contactPhone")}>
            <input
              id="contactPhone"
              type="tel"
              className={inputClass}
              aria-invalid={!!errors.contactPhone}
              {...register("contactPhone")}
            />
          </Field>
          <Field id="contactEmail" label={t("fields.email")} error={fieldError("contactEmail")}>
            <input
              id="contactEmail"
              type="email"
              className={inputClass}
              aria-invalid={!!errors.contactEmail}
              {...register("contactEmail")}
            />
          </Field>
        </div>
      </section>

      <section>
        <SdgPicker control={control} />
        {errors.sdgs?.message ? (
          <p role="alert" className="text-sm text-red-700">
            {fieldError("sdgs")}
          </p>
        ) : null}
      </section>

      <section className="space-y-4">
        <h2 className="text-lg font-semibold">{t("projects.form.roles")}</h2>
        <FieldErrorText name="roles" message={errors.roles?.message ? fieldError("roles") : null} />
        {roles.fields.map((role, i) => {
          const e = errors.roles?.[i];
          return (
            <fieldset
              key={role.id}
              className="space-y-4 rounded-lg border border-slate-200 p-4"
              data-testid={`role-${i}`}
            >
              <legend className="px-1 text-sm font-semibold">{t("projects.form.role", { n: i + 1 })}</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field
                  id={`roles.${i}.title`}
                  label={t("projects.form.roleTitle")}
                  error={fieldError(`roles.${i}.title`)}
                  required
                >
                  <input
                    id={`roles.${i}.title`}
                    className={inputClass}
                    aria-invalid={!!e?.title}
                    {...register(`roles.${i}.title`)}
                  />
                </Field>
                <Field id={`roles.${i}.mode`} label={t("projects.form.mode")} hint={t("projects.form.modeHint")}>
                  <select id={`roles.${i}.mode`} className={inputClass} {...register(`roles.${i}.mode`)}>
                    <option value="REVIEW">{t("projects.mode.REVIEW")}</option>
                    <option value="FIRST_COME">{t("projects.mode.FIRST_COME")}</option>
                  </select>
                </Field>
                <Field
                  id={`roles.${i}.capacity`}
                  label={t("projects.form.capacity")}
                  error={fieldError(`roles.${i}.capacity`)}
                  required
                >
                  <input
                    id={`roles.${i}.capacity`}
                    type="number"
                    min={1}
                    inputMode="numeric"
                    className={inputClass}
                    aria-invalid={!!e?.capacity}
                    {...register(`roles.${i}.capacity`)}
                  />
                </Field>
                <Field
                  id={`roles.${i}.minAge`}
                  label={t("projects.form.minAge")}
                  hint={t("projects.form.minAgeHint")}
                  error={fieldError(`roles.${i}.minAge`)}
                  required
                >
                  <input
                    id={`roles.${i}.minAge`}
                    type="number"
                    min={14}
                    max={100}
                    inputMode="numeric"
                    className={inputClass}
                    aria-invalid={!!e?.minAge}
                    {...register(`roles.${i}.minAge`)}
                  />
                </Field>
                <Field
                  id={`roles.${i}.skills`}
                  label={t("fields.skills")}
                  hint={t("fields.skillsHint")}
                  error={fieldError(`roles.${i}.skills`)}
                >
                  <input id={`roles.${i}.skills`} className={inputClass} {...register(`roles.${i}.skills`)} />
                </Field>
                <Field id={`roles.${i}.requiredTraining`} label={t("projects.form.requiredTraining")}>
                  <select
                    id={`roles.${i}.requiredTraining`}
                    className={inputClass}
                    {...register(`roles.${i}.requiredTraining`)}
                  >
                    <option value="">{t("projects.form.noTraining")}</option>
                    {TRAININGS.map((tr) => (
                      <option key={tr.code} value={tr.code}>
                        {t(`projects.training.${tr.code}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              <Field
                id={`roles.${i}.description`}
                label={t("projects.form.roleDescription")}
                error={fieldError(`roles.${i}.description`)}
              >
                <textarea
                  id={`roles.${i}.description`}
                  rows={2}
                  className={inputClass}
                  {...register(`roles.${i}.description`)}
                />
              </Field>
              {roles.fields.length > 1 ? (
                <button type="button" className="text-sm text-red-800 underline" onClick={() => roles.remove(i)}>
                  {t("projects.form.removeRole")}
                </button>
              ) : null}
            </fieldset>
          );
        })}
        {roles.fields.length < 10 ? (
          <Button type="button" variant="secondary" onClick={() => roles.append({ ...emptyRole })}>
            {t("projects.form.addRole")}
          </Button>
        ) : null}
      </section>

      <Button type="submit" disabled={pending}>
        {pending ? t("common.wait") : t(projectId ? "common.save" : "projects.form.createDraft")}
      </Button>
    </form>
  );
}
