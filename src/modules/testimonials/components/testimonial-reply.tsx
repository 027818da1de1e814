"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { replyTestimonialSchema, TESTIMONIAL_MAX } from "../schema";
import { replyTestimonialAction } from "../actions";

/** The organizer's one reply to a testimonial, folded until asked for. */
export function TestimonialReply({ testimonialId }: { testimonialId: string }) {
  const t = useTranslations("testimonials.reply");
  const f = useActionForm(replyTestimonialAction, replyTestimonialSchema, {
    id: `reply-${testimonialId}`,
    defaultValues: { testimonialId, reply: "" },
    messageValues: { max: TESTIMONIAL_MAX },
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("open")}</summary>
      <form onSubmit={f.onSubmit} noValidate className="mt-2 space-y-2">
        <ErrorSummary summary={f.summary} />
        <Field id={`reply-${testimonialId}`} label={t("label")} hint={t("hint")} error={f.fieldError("reply")}>
          <textarea
            id={`reply-${testimonialId}`}
            rows={3}
            maxLength={TESTIMONIAL_MAX}
            className={inputClass}
            {...f.form.register("reply")}
          />
        </Field>
        <Button type="submit" disabled={f.pending}>
          {t("submit")}
        </Button>
      </form>
    </details>
  );
}
