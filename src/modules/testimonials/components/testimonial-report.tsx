"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { reportTestimonialSchema } from "../schema";
import { reportTestimonialAction } from "../actions";

/** "Report to staff" under a testimonial, with the reason, folded until asked for. */
export function TestimonialReport({ testimonialId }: { testimonialId: string }) {
  const t = useTranslations("testimonials.report");
  const f = useActionForm(reportTestimonialAction, reportTestimonialSchema, {
    id: `report-${testimonialId}`,
    defaultValues: { testimonialId, reason: "" },
    messageValues: { max: 500 },
    onSuccess: () => {
      f.form.reset();
      return t("done");
    },
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-slate-600 underline">{t("open")}</summary>
      {f.success ? (
        <FormSuccess message={f.success} />
      ) : (
        <form onSubmit={f.onSubmit} noValidate className="mt-2 space-y-2">
          <ErrorSummary summary={f.summary} />
          <Field id={`report-${testimonialId}`} label={t("label")} error={f.fieldError("reason")}>
            <textarea
              id={`report-${testimonialId}`}
              rows={2}
              maxLength={500}
              className={inputClass}
              {...f.form.register("reason")}
            />
          </Field>
          <Button type="submit" variant="secondary" disabled={f.pending}>
            {t("submit")}
          </Button>
        </form>
      )}
    </details>
  );
}
