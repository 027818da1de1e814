"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { decideProjectAction } from "../actions";

const GROUNDS = [
  "POLITICAL_PARTY",
  "RELIGIOUS_ORGANIZATION",
  "EXTREMISM",
  "MILITARIZED_GROUP",
  "COMMERCIAL_OR_ENTERTAINMENT",
  "PAID_WORK",
  "MISLEADING_OR_INCOMPLETE",
] as const;

/** Approve, ask for changes, or reject on one of the law's grounds, with a comment. */
export function ProjectDecisionPanel({
  projectId,
  organizerVerified,
}: {
  projectId: string;
  organizerVerified: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [ground, setGround] = useState("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: "APPROVE" | "REQUEST_CHANGES" | "REJECT") {
    setFormError(null);
    setBusy(true);
    const result = await decideProjectAction({ projectId, decision, ground, comment: comment.trim() || undefined });
    setBusy(false);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, t(v)])));
      return setFormError(t(result.error));
    }
    setErrors({});
    router.refresh();
  }

  return (
    <section
      className="space-y-4 rounded-xl border border-brand-600/40 bg-brand-50 p-4"
      aria-labelledby="decision-title"
    >
      <h2 id="decision-title" className="font-semibold">
        {t("moderation.decision.title")}
      </h2>
      {!organizerVerified ? (
        <p className="text-sm text-amber-900">{t("moderation.decision.organizerNotVerified")}</p>
      ) : null}
      <FormError message={formError} />
      <Field
        id="ground"
        label={t("moderation.decision.ground")}
        hint={t("moderation.decision.groundHint")}
        error={errors.ground}
      >
        <select id="ground" className={inputClass} value={ground} onChange={(e) => setGround(e.target.value)}>
          <option value="">{t("common.choose")}</option>
          {GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(`moderation.ground.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="comment"
        label={t("moderation.decision.comment")}
        hint={t("moderation.decision.commentHint")}
        error={errors.comment}
      >
        <textarea
          id="comment"
          rows={3}
          className={inputClass}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={busy || !organizerVerified} onClick={() => void decide("APPROVE")}>
          {t("moderation.decision.approve")}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void decide("REQUEST_CHANGES")}>
          {t("moderation.decision.requestChanges")}
        </Button>
        <Button type="button" variant="danger" disabled={busy} onClick={() => void decide("REJECT")}>
          {t("moderation.decision.reject")}
        </Button>
      </div>
    </section>
  );
}
