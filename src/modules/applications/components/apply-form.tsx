"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { Link } from "@/i18n/navigation";
import type { ApplicationMode, ApplicationStatus } from "@/generated/prisma/enums";
import { Field, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { applySchema, MOTIVATION_MAX } from "../schema";
import type { EligibilityReason } from "../policy";
import { applyAction, applyFormAction } from "../actions";
import { ApplicationStatusBadge } from "./status-badge";

export type ApplyFormProps = {
  roleId: string;
  roleTitle: string;
  /** capacity - acceptedCount */
  placesLeft: number;
  mode: ApplicationMode;
  /** false → links to sign in or sign up that come back to this page. Defaults to true. */
  signedIn?: boolean;
  /** From applyStateForRoles: why this viewer may not apply (shown translated instead of the form). */
  refusal?: EligibilityReason | null;
  /** From applyStateForRoles: the viewer's own application to this role. */
  application?: { id: string; status: ApplicationStatus } | null;
  /**
   * A role with slots (decision 0032): its upcoming slots, each labelled by the server (date,
   * times, places left), of which the volunteer picks one or more.
   */
  slots?: { id: string; label: string }[];
  /** The project page, where the form without JavaScript comes back to. */
  projectId?: string;
};

/**
 * Applying to one role of a project. The server decides eligibility again on submit; its
 * refusal is shown here in the volunteer's language, and what was typed is kept.
 */
export function ApplyForm({
  roleId,
  roleTitle,
  placesLeft,
  mode,
  signedIn = true,
  refusal = null,
  application = null,
  slots = [],
  projectId = "",
}: ApplyFormProps) {
  const t = useTranslations("applications");
  const tAll = useTranslations();
  const [done, setDone] = useState<ApplicationStatus | null>(null);
  const fieldId = `motivation-${roleId}`;
  const { form, onSubmit, summary, fieldError, pending } = useActionForm(applyAction, applySchema, {
    defaultValues: { roleId, motivation: "", slotIds: [] },
    onSuccess: (data) => setDone(data.status),
    id: fieldId,
  });
  // This page with its locale, for signing in or up and coming back (checked again there).
  const here = usePathname();
  const motivationError = fieldError("motivation");
  const slotsError = fieldError("slotIds");

  const box = "space-y-3 rounded-lg border border-slate-200 bg-white p-4";
  const existing = done ? null : application && application.status !== "WITHDRAWN" ? application : null;

  if (done) {
    return (
      <div className={box} data-testid="apply-done">
        {/* FormSuccess takes the focus: the form (and its button) is gone. */}
        <FormSuccess
          message={t(
            `apply.success.${done === "ACCEPTED" ? "ACCEPTED" : done === "WAITLISTED" ? "WAITLISTED" : "SUBMITTED"}`,
          )}
        />
        <Link href="/my/applications" className="text-sm text-brand-700 underline">
          {t("apply.myApplications")}
        </Link>
      </div>
    );
  }
  if (existing) {
    return (
      <div className={`${box} flex flex-wrap items-center justify-between gap-2`}>
        <span className="flex flex-wrap items-center gap-2 text-sm">
          {t("apply.yourApplication")}
          <ApplicationStatusBadge status={existing.status} />
        </span>
        <Link href="/my/applications" className="text-sm text-brand-700 underline">
          {t("apply.myApplications")}
        </Link>
      </div>
    );
  }
  if (!signedIn) {
    return (
      <div className={`${box} flex flex-wrap items-center gap-x-4 gap-y-2`} data-testid="apply-sign-in">
        <Link href={{ pathname: "/sign-in", query: { next: here } }} className="font-semibold text-brand-700 underline">
          {t("apply.signIn")}
        </Link>
        <Link href={{ pathname: "/sign-up", query: { next: here } }} className="font-semibold text-brand-700 underline">
          {t("apply.signUp")}
        </Link>
      </div>
    );
  }
  if (refusal && refusal !== "ALREADY_APPLIED") {
    return (
      <div className={box} data-testid="apply-refusal" data-reason={refusal}>
        <p className="text-sm font-semibold text-slate-800">{t("apply.cannotApply")}</p>
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t(`errors.${refusal}`)}
        </p>
        {refusal === "NO_GUARDIAN_CONSENT" ? (
          <Link href="/profile#guardian" className="inline-block text-sm font-semibold text-brand-700 underline">
            {t("apply.addConsent")}
          </Link>
        ) : refusal === "TRAINING_REQUIRED" || refusal === "TRAINING_EXPIRED" ? (
          <Link href="/profile#certificates" className="inline-block text-sm font-semibold text-brand-700 underline">
            {t("apply.addCertificate")}
          </Link>
        ) : null}
      </div>
    );
  }

  return (
    // With JavaScript the form is sent by onSubmit (which prevents the native post); without it,
    // the browser posts it to applyFormAction, which comes back to the project page.
    <form onSubmit={onSubmit} action={applyFormAction} noValidate className={box} data-testid="apply-form">
      <h3 className="font-semibold">{t("apply.title", { role: roleTitle })}</h3>
      <p className="text-sm text-slate-700">
        {t("apply.placesLeft", { count: Math.max(0, placesLeft) })} · {t(`mode.${mode}`)}
      </p>
      {mode === "FIRST_COME" && placesLeft <= 0 ? (
        <p className="text-sm text-sky-900">{t("apply.fullWaitlist")}</p>
      ) : null}
      <ErrorSummary summary={summary} />
      <input type="hidden" {...form.register("roleId")} />
      <input type="hidden" name="projectId" value={projectId} />
      {slots.length > 0 ? (
        <fieldset
          className="space-y-1"
          aria-describedby={slotsError ? `slotIds-${roleId}-error` : undefined}
          data-testid="apply-slots"
        >
          <legend className="text-sm font-medium text-slate-800">{t("apply.slots")}</legend>
          <p className="text-sm text-slate-600">{t("apply.slotsHint")}</p>
          {slots.map((s) => (
            <label key={s.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" value={s.id} className="h-5 w-5" {...form.register("slotIds")} />
              {s.label}
            </label>
          ))}
          {slotsError ? (
            <p id={`slotIds-${roleId}-error`} className="text-sm font-medium text-red-700" data-field-error="slotIds">
              {slotsError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <Field id={fieldId} label={t("apply.motivation")} hint={t("apply.motivationHint")} error={motivationError}>
        <textarea
          id={fieldId}
          rows={3}
          maxLength={MOTIVATION_MAX}
          className={inputClass}
          aria-invalid={!!motivationError}
          {...form.register("motivation")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? tAll("common.wait") : t("apply.submit")}
      </Button>
    </form>
  );
}
