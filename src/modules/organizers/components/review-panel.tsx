"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { reviewOrganizerSchema } from "@/modules/accounts/schema";
import { reviewOrganizerAction } from "../actions";

/** Shown to the organizer's regional staff (and admins): verify, or reject with a reason. */
export function ReviewOrganizerPanel({ organizerId, status }: { organizerId: string; status: string }) {
  const t = useTranslations();
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(reviewOrganizerAction, reviewOrganizerSchema, {
    defaultValues: { organizerId, decision: "VERIFY", reason: "" },
  });
  const decide = (decision: "VERIFY" | "REJECT") => {
    form.setValue("decision", decision);
    return onSubmit();
  };

  return (
    <section className="space-y-3 rounded-xl border border-brand-600/40 bg-brand-50 p-4" aria-labelledby="review-title">
      <h2 id="review-title" className="font-semibold">
        {t("review.title")}
      </h2>
      <p className="text-sm">{t("review.current", { status: t(`organizer.status.${status}`) })}</p>
      <ErrorSummary summary={summary} />
      <Field id="reason" label={t("review.reason")} hint={t("review.reasonHint")} error={fieldError("reason")}>
        <textarea id="reason" rows={2} className={inputClass} {...form.register("reason")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending || status === "VERIFIED"} onClick={() => void decide("VERIFY")}>
          {t("review.verify")}
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => void decide("REJECT")}>
          {t("review.reject")}
        </Button>
      </div>
    </section>
  );
}
