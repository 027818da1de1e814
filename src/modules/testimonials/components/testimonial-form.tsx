"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FieldErrorText, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TESTIMONIAL_MAX, writeTestimonialSchema } from "../schema";
import { writeTestimonialAction } from "../actions";

/** The volunteer's rating (1–5) and words about the project, once per application. */
export function TestimonialForm({ applicationId, roleTitle }: { applicationId: string; roleTitle: string }) {
  const t = useTranslations("testimonials.form");
  const f = useActionForm(writeTestimonialAction, writeTestimonialSchema, {
    id: `testimonial-${applicationId}`,
    defaultValues: { applicationId, rating: 0, body: "" },
    messageValues: { max: TESTIMONIAL_MAX },
  });
  const ratingError = f.fieldError("rating");
  return (
    <form
      onSubmit={f.onSubmit}
      noValidate
      className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-4"
      data-testid="testimonial-form"
    >
      <h3 className="font-semibold">{t("title", { role: roleTitle })}</h3>
      <ErrorSummary summary={f.summary} />
      <fieldset aria-describedby={ratingError ? `rating-${applicationId}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("rating")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label
              key={n}
              className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-700 has-[:checked]:text-white"
            >
              <input
                type="radio"
                value={n}
                id={n === 1 ? `rating-${applicationId}` : undefined}
                className="sr-only"
                {...f.form.register("rating")}
              />
              <span aria-hidden>★</span>
              {t("stars", { count: n })}
            </label>
          ))}
        </div>
        <FieldErrorText id={`rating-${applicationId}-error`} name="rating" message={ratingError} />
      </fieldset>
      <Field id={`body-${applicationId}`} label={t("body")} hint={t("bodyHint")} error={f.fieldError("body")}>
        <textarea
          id={`body-${applicationId}`}
          rows={4}
          maxLength={TESTIMONIAL_MAX}
          className={inputClass}
          {...f.form.register("body")}
        />
      </Field>
      <Button type="submit" disabled={f.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
