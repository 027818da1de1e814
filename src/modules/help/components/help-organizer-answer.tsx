"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionButton } from "@/components/forms/use-action-button";
import { organizerAnswerSchema } from "../schema";
import { answerHelpRequestAction, resolveHelpRequestAction } from "../actions";

/** The organizer's answer to a request offered to it: take it, or hand it back with a reason. */
export function HelpOrganizerAnswer({ requestId, accepted }: { requestId: string; accepted: boolean }) {
  const t = useTranslations("help.organizer");
  const [declining, setDeclining] = useState(false);
  const accept = useActionButton(answerHelpRequestAction);
  const resolve = useActionButton(resolveHelpRequestAction);
  const decline = useActionForm(answerHelpRequestAction, organizerAnswerSchema, {
    defaultValues: { requestId, answer: "DECLINE", reason: "" },
  });
  const error = accept.error ?? resolve.error;

  if (accepted)
    return (
      <div className="space-y-1">
        <Button
          type="button"
          variant="secondary"
          disabled={resolve.pending}
          data-testid="help-organizer-resolve"
          onClick={() => {
            if (window.confirm(t("resolveConfirm"))) void resolve.run({ requestId });
          }}
        >
          {t("resolve")}
        </Button>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          disabled={accept.pending}
          data-testid="help-accept"
          onClick={() => void accept.run({ requestId, answer: "ACCEPT" })}
        >
          {t("accept")}
        </Button>
        <Button type="button" variant="secondary" aria-expanded={declining} onClick={() => setDeclining((d) => !d)}>
          {t("handBack")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {declining ? (
        <form onSubmit={decline.onSubmit} className="space-y-2">
          <ErrorSummary summary={decline.summary} />
          <Field id={`reason-${requestId}`} label={t("reason")} error={decline.fieldError("reason")}>
            <textarea
              id={`reason-${requestId}`}
              rows={2}
              maxLength={500}
              className={inputClass}
              {...decline.form.register("reason")}
            />
          </Field>
          <Button type="submit" variant="danger" disabled={decline.pending}>
            {t("handBackConfirm")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
