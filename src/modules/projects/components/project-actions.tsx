"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { cancelProjectSchema } from "../schema";
import { cancelProjectAction, submitProjectAction } from "../actions";

/** The organizer's controls on its project page: edit, send to moderation, cancel. */
export function ProjectActions({ projectId, status }: { projectId: string; status: string }) {
  const t = useTranslations();
  const [cancelling, setCancelling] = useState(false);
  const submit = useActionButton(submitProjectAction);
  const cancel = useActionForm(cancelProjectAction, cancelProjectSchema, {
    defaultValues: { projectId, reason: "" },
    onSuccess: () => setCancelling(false),
  });
  const busy = submit.pending || cancel.pending;
  const editable = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED"].includes(status);

  // The reason is checked first, then the organizer confirms, then the server decides.
  const confirmCancel = async () => {
    if ((await cancel.form.trigger()) && window.confirm(t("projects.actions.confirmCancel"))) await cancel.onSubmit();
  };

  return (
    <section
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
      aria-label={t("projects.actions.title")}
    >
      <ErrorSummary summary={cancel.summary} message={submit.error ?? cancel.formError} />
      <div className="flex flex-wrap gap-2">
        {editable ? (
          <Link
            href={`/projects/${projectId}/edit`}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 font-semibold hover:bg-slate-50"
          >
            {t("projects.actions.edit")}
          </Link>
        ) : null}
        {status === "DRAFT" || status === "CHANGES_REQUESTED" ? (
          <Button type="button" disabled={busy} onClick={() => void submit.run({ projectId })}>
            {t("projects.actions.submit")}
          </Button>
        ) : null}
        {status !== "CANCELLED" && status !== "COMPLETED" && !cancelling ? (
          <Button type="button" variant="secondary" onClick={() => setCancelling(true)}>
            {t("projects.actions.cancel")}
          </Button>
        ) : null}
      </div>
      {cancelling ? (
        <div className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-3">
          <Field
            id="cancelReason"
            label={t("projects.actions.cancelReason")}
            hint={t("projects.actions.cancelHint")}
            error={cancel.fieldError("reason")}
          >
            <textarea id="cancelReason" rows={2} className={inputClass} {...cancel.form.register("reason")} />
          </Field>
          <div className="flex gap-2">
            <Button type="button" variant="danger" disabled={busy} onClick={() => void confirmCancel()}>
              {t("projects.actions.confirmCancelButton")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setCancelling(false)}>
              {t("projects.actions.keep")}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
