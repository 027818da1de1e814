"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { projectDecisionSchema, type ProjectDecisionInput } from "../schema";
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
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(decideProjectAction, projectDecisionSchema, {
    defaultValues: { projectId, decision: "APPROVE", ground: "", comment: "" },
  });
  const decide = (decision: ProjectDecisionInput["decision"]) => {
    form.setValue("decision", decision);
    return onSubmit();
  };

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
      <ErrorSummary summary={summary} />
      <Field
        id="ground"
        label={t("moderation.decision.ground")}
        hint={t("moderation.decision.groundHint")}
        error={fieldError("ground")}
      >
        <select id="ground" className={inputClass} {...form.register("ground")}>
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
        error={fieldError("comment")}
      >
        <textarea id="comment" rows={3} className={inputClass} {...form.register("comment")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending || !organizerVerified} onClick={() => void decide("APPROVE")}>
          {t("moderation.decision.approve")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void decide("REQUEST_CHANGES")}>
          {t("moderation.decision.requestChanges")}
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => void decide("REJECT")}>
          {t("moderation.decision.reject")}
        </Button>
      </div>
    </section>
  );
}
