"use client";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ApplicationStatus } from "@/generated/prisma/enums";
import { Field, FieldErrorText, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { decideSchema, type Decision } from "../schema";
import { decideAction } from "../actions";
import { Link } from "@/i18n/navigation";
import { ApplicationStatusBadge } from "./status-badge";

export type DecisionRow = {
  id: string;
  status: ApplicationStatus;
  volunteerName: string;
  age: number | null;
  roleTitle: string;
  motivation: string;
  /** Already formatted by the page, in Kazakhstan's time. */
  appliedOn: string;
  /** The applicant's attendance on this organizer's projects, said by the page (src/modules/check-in/history.ts). */
  history?: string | null;
};

/** The organizer's list of applications with checkboxes and bulk accept / reject / waitlist. */
export function DecisionPanel({ rows, messageLabel }: { rows: DecisionRow[]; messageLabel?: string }) {
  const t = useTranslations("applications");
  const { form, onSubmit, summary, success, pending } = useActionForm(decideAction, decideSchema, {
    defaultValues: { applicationIds: [], decision: "ACCEPT", note: "" },
    onSuccess: (r, values) => {
      form.reset({ applicationIds: [], decision: values.decision, note: "" });
      return [
        t("organizer.result.changed", { count: r.changed.length }),
        r.full.length ? t("organizer.result.full", { count: r.full.length }) : null,
        r.skipped.length ? t("organizer.result.skipped", { count: r.skipped.length }) : null,
        r.promoted.length ? t("organizer.result.promoted", { count: r.promoted.length }) : null,
      ]
        .filter(Boolean)
        .join(" ");
    },
  });
  const { register, formState, setValue, control } = form;
  const picked = useWatch({ control, name: "applicationIds" }) ?? [];
  const selectedCount = picked.length;
  // Controlled rather than registered: a single registered checkbox would yield a string, not a list.
  const pick = (id: string, on: boolean) =>
    setValue("applicationIds", on ? [...picked.filter((p) => p !== id), id] : picked.filter((p) => p !== id), {
      shouldValidate: formState.isSubmitted,
    });
  const idsError = formState.errors.applicationIds?.message ?? formState.errors.applicationIds?.root?.message;

  const submit = (decision: Decision) => {
    setValue("decision", decision);
    return onSubmit();
  };

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-4" data-testid="decision-panel">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="flex min-h-8 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-5 w-5 accent-brand-600"
            checked={selectedCount > 0 && selectedCount === rows.length}
            onChange={(e) =>
              setValue("applicationIds", e.target.checked ? rows.map((r) => r.id) : [], {
                shouldValidate: formState.isSubmitted,
              })
            }
          />
          {t("organizer.selectAll")}
        </label>
        <span className="text-sm text-slate-700" aria-live="polite">
          {t("organizer.selected", { count: selectedCount })}
        </span>
      </div>
      <FieldErrorText name="applicationIds" message={idsError ? t("validation.chooseSome") : null} />
      <ul
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
        data-testid="organizer-applications"
      >
        {rows.map((row) => (
          <li key={row.id} className="flex gap-3 p-4" data-testid="organizer-application" data-id={row.id}>
            <input
              type="checkbox"
              value={row.id}
              id={`pick-${row.id}`}
              aria-label={t("organizer.select", { name: row.volunteerName })}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
              checked={picked.includes(row.id)}
              onChange={(e) => pick(row.id, e.target.checked)}
            />
            <div className="min-w-0 flex-1 space-y-1">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <label htmlFor={`pick-${row.id}`} className="font-semibold">
                  {row.volunteerName}
                  {row.age !== null ? (
                    <span className="font-normal text-slate-600"> · {t("organizer.age", { age: row.age })}</span>
                  ) : null}
                  {row.age !== null && row.age < 18 ? (
                    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                      {t("organizer.minor")}
                    </span>
                  ) : null}
                </label>
                <ApplicationStatusBadge status={row.status} />
              </div>
              <p className="text-sm text-slate-600">
                {row.roleTitle} · {t("organizer.applied", { date: row.appliedOn })}
                {messageLabel ? (
                  <>
                    {" · "}
                    <Link
                      href={`/messages/application/${row.id}`}
                      className="font-semibold text-brand-700 underline"
                      data-testid="message-volunteer"
                    >
                      {messageLabel}
                    </Link>
                  </>
                ) : null}
              </p>
              {row.history ? (
                <p className="text-sm text-slate-700" data-testid="applicant-history">
                  {row.history}
                </p>
              ) : null}
              {row.motivation ? (
                <p className="whitespace-pre-line break-words text-sm text-slate-800">{row.motivation}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <Field id="decision-note" label={t("organizer.note")} hint={t("organizer.noteHint")}>
        <input id="decision-note" className={inputClass} maxLength={500} {...register("note")} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => submit("ACCEPT")}>
          {t("organizer.accept")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => submit("WAITLIST")}>
          {t("organizer.waitlist")}
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => submit("REJECT")}>
          {t("organizer.reject")}
        </Button>
      </div>
    </form>
  );
}
