"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionButton } from "@/components/forms/use-action-button";
import { assignHelpRequestSchema, declineHelpRequestSchema, duplicateHelpRequestSchema } from "../schema";
import {
  assignHelpRequestAction,
  declineHelpRequestAction,
  markHelpRequestDuplicateAction,
  resolveHelpRequestAction,
} from "../actions";

/**
 * The front office's steps on an open request: offer it to a verified organizer of the region,
 * close it as resolved, decline it with a reason for the requester, or mark it a duplicate.
 */
export function HelpTriagePanel({
  requestId,
  organizers,
  similar,
  assignedOrganizerId,
}: {
  requestId: string;
  organizers: { id: string; name: string }[];
  similar: { id: string; label: string }[];
  assignedOrganizerId: string | null;
}) {
  const t = useTranslations("help.triage");
  const assign = useActionForm(assignHelpRequestAction, assignHelpRequestSchema, {
    defaultValues: { requestId, organizerId: assignedOrganizerId ?? "" },
    onSuccess: () => t("assigned"),
  });
  const decline = useActionForm(declineHelpRequestAction, declineHelpRequestSchema, {
    defaultValues: { requestId, reason: "" },
  });
  const duplicate = useActionForm(markHelpRequestDuplicateAction, duplicateHelpRequestSchema, {
    defaultValues: { requestId, duplicateOf: "" },
  });
  const resolve = useActionButton(resolveHelpRequestAction);

  return (
    <section className="space-y-6 rounded-xl border border-brand-600/40 bg-brand-50 p-4" aria-labelledby="triage-title">
      <h2 id="triage-title" className="font-semibold">
        {t("title")}
      </h2>

      <form onSubmit={assign.onSubmit} className="space-y-2" data-testid="help-assign">
        <ErrorSummary summary={assign.summary} />
        <FormSuccess message={assign.success} />
        {organizers.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noOrganizers")}</p>
        ) : (
          <>
            <Field
              id="organizerId"
              label={t("organizer")}
              hint={t("organizerHint")}
              error={assign.fieldError("organizerId")}
            >
              <select
                id="organizerId"
                aria-describedby="organizerId-hint"
                className={inputClass}
                {...assign.form.register("organizerId")}
              >
                <option value="">{t("choose")}</option>
                {organizers.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <Button type="submit" disabled={assign.pending}>
              {t("assign")}
            </Button>
          </>
        )}
      </form>

      <div className="space-y-2 border-t border-brand-600/20 pt-4">
        <p className="text-sm text-slate-700">{t("resolveHint")}</p>
        <Button
          type="button"
          variant="secondary"
          disabled={resolve.pending}
          data-testid="help-resolve"
          onClick={() => {
            if (window.confirm(t("resolveConfirm"))) void resolve.run({ requestId });
          }}
        >
          {t("resolve")}
        </Button>
        {resolve.error ? (
          <p role="alert" className="text-sm text-red-700">
            {resolve.error}
          </p>
        ) : null}
      </div>

      <form
        onSubmit={decline.onSubmit}
        className="space-y-2 border-t border-brand-600/20 pt-4"
        data-testid="help-decline"
      >
        <ErrorSummary summary={decline.summary} />
        <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={decline.fieldError("reason")}>
          <textarea
            id="reason"
            rows={2}
            maxLength={500}
            aria-describedby="reason-hint"
            className={inputClass}
            {...decline.form.register("reason")}
          />
        </Field>
        <Button type="submit" variant="danger" disabled={decline.pending}>
          {t("decline")}
        </Button>
      </form>

      {similar.length > 0 ? (
        <form
          onSubmit={duplicate.onSubmit}
          className="space-y-2 border-t border-brand-600/20 pt-4"
          data-testid="help-duplicate"
        >
          <ErrorSummary summary={duplicate.summary} />
          <Field id="duplicateOf" label={t("duplicateOf")} error={duplicate.fieldError("duplicateOf")}>
            <select id="duplicateOf" className={inputClass} {...duplicate.form.register("duplicateOf")}>
              <option value="">{t("choose")}</option>
              {similar.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" variant="secondary" disabled={duplicate.pending}>
            {t("markDuplicate")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
