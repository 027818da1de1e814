"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { reviewOrganizerAction } from "../actions";

/** Shown to the organizer's regional staff (and admins): verify, or reject with a reason. */
export function ReviewOrganizerPanel({ organizerId, status }: { organizerId: string; status: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: "VERIFY" | "REJECT") {
    setError(null);
    setReasonError(null);
    if (decision === "REJECT" && !reason.trim()) return setReasonError(t("validation.required"));
    setBusy(true);
    const result = await reviewOrganizerAction({ organizerId, decision, reason: reason.trim() || undefined });
    setBusy(false);
    if (!result.ok) return setError(t(result.error));
    router.refresh();
  }

  return (
    <section className="space-y-3 rounded-xl border border-brand-600/40 bg-brand-50 p-4" aria-labelledby="review-title">
      <h2 id="review-title" className="font-semibold">
        {t("review.title")}
      </h2>
      <p className="text-sm">{t("review.current", { status: t(`organizer.status.${status}`) })}</p>
      <FormError message={error} />
      <Field id="reason" label={t("review.reason")} hint={t("review.reasonHint")} error={reasonError ?? undefined}>
        <textarea
          id="reason"
          rows={2}
          className={inputClass}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={busy || status === "VERIFIED"} onClick={() => void decide("VERIFY")}>
          {t("review.verify")}
        </Button>
        <Button type="button" variant="danger" disabled={busy} onClick={() => void decide("REJECT")}>
          {t("review.reject")}
        </Button>
      </div>
    </section>
  );
}
