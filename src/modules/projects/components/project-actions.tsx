"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormError, inputClass } from "@/components/ui/field";
import { cancelProjectAction, submitProjectAction } from "../actions";

/** The organizer's controls on its project page: edit, send to moderation, cancel. */
export function ProjectActions({ projectId, status }: { projectId: string; status: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "REJECTED"].includes(status);

  async function submit() {
    setBusy(true);
    setError(null);
    const result = await submitProjectAction(projectId);
    setBusy(false);
    if (!result.ok) return setError(t(result.error));
    router.refresh();
  }

  async function cancel() {
    setReasonError(null);
    if (reason.trim().length < 5) return setReasonError(t("projects.validation.tooShort"));
    if (!window.confirm(t("projects.actions.confirmCancel"))) return;
    setBusy(true);
    const result = await cancelProjectAction({ projectId, reason });
    setBusy(false);
    if (!result.ok) return setError(t(result.error));
    setCancelling(false);
    router.refresh();
  }

  return (
    <section
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
      aria-label={t("projects.actions.title")}
    >
      <FormError message={error} />
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
          <Button type="button" disabled={busy} onClick={() => void submit()}>
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
            error={reasonError ?? undefined}
          >
            <textarea
              id="cancelReason"
              rows={2}
              className={inputClass}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="button" variant="danger" disabled={busy} onClick={() => void cancel()}>
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
