"use client";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { Attendance } from "@/generated/prisma/enums";
import { Field, FieldErrorText, FormSuccess, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useActionButton } from "@/components/forms/use-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { bulkHoursSchema, NOTE_MAX } from "../schema";
import { confirmBulkAction, markAttendanceAction } from "../actions";
import type { AttendanceResult } from "../attendance";
import type { BulkHoursResult } from "../confirmation";
import { AttendanceBadge } from "./status-badges";
import { EntryLine, type EntryLineData } from "./entry-line";
import { EntryActions } from "./entry-actions";
import { PersonHoursForm } from "./person-hours-form";
import { DateHoursFields } from "./date-hours-fields";

export type HoursRow = {
  applicationId: string;
  volunteerName: string;
  attendance: Attendance | null;
  /** Formatted on the server (see ../format.ts). */
  confirmedLabel: string;
  entries: EntryLineData[];
};

/**
 * The organizer's list of a role's accepted volunteers: select some, mark them came or did not
 * come, confirm one date and amount for all of them; per person, mark attendance, confirm
 * hours, and answer or correct each entry. With `canRecord` false it only shows.
 */
export function HoursPanel({
  projectId,
  rows,
  min,
  max,
  canRecord,
}: {
  projectId: string;
  rows: HoursRow[];
  min: string;
  max: string;
  canRecord: boolean;
}) {
  const t = useTranslations("hours");
  const tAll = useTranslations();
  // A warning when someone was skipped, so a partial result does not read as full success.
  const [summary, setSummary] = useState<{ text: string; warn: boolean } | null>(null);

  const attendanceSummary = (r: AttendanceResult) => ({
    warn: r.hasHours.length + r.skipped.length > 0,
    text: [
      t("organizer.result.changed", { count: r.changed.length }),
      r.unchanged.length ? t("organizer.result.unchanged", { count: r.unchanged.length }) : null,
      r.hasHours.length ? t("organizer.result.hasHours", { count: r.hasHours.length }) : null,
      r.skipped.length ? t("organizer.result.skipped", { count: r.skipped.length }) : null,
    ]
      .filter(Boolean)
      .join(" "),
  });
  const bulkSummary = (r: BulkHoursResult) => ({
    warn: r.noShow.length + r.alreadyRecorded.length + r.dayLimit.length + r.skipped.length > 0,
    text: [
      t("organizer.result.confirmed", { count: r.confirmed.length }),
      r.noShow.length ? t("organizer.result.noShow", { count: r.noShow.length }) : null,
      r.alreadyRecorded.length ? t("organizer.result.alreadyRecorded", { count: r.alreadyRecorded.length }) : null,
      r.dayLimit.length ? t("organizer.result.dayLimit", { count: r.dayLimit.length }) : null,
      r.skipped.length ? t("organizer.result.skipped", { count: r.skipped.length }) : null,
    ]
      .filter(Boolean)
      .join(" "),
  });

  const attendance = useActionButton(markAttendanceAction, { onSuccess: (r) => setSummary(attendanceSummary(r)) });
  const {
    form,
    onSubmit,
    formError,
    summary: errorSummary,
    fieldError,
    pending,
    clearOutcome,
  } = useActionForm(confirmBulkAction, bulkHoursSchema, {
    defaultValues: { projectId, applicationIds: [], workedOn: max, hours: "", note: "" },
    onSuccess: (r): void => {
      setSummary(bulkSummary(r));
      form.reset({ ...form.getValues(), applicationIds: [], note: "" });
    },
  });
  const { register, formState, setError, clearErrors, setValue, control } = form;
  const busy = attendance.pending || pending;
  const picked = useWatch({ control, name: "applicationIds" }) ?? [];
  const bulkHours = useWatch({ control, name: "hours" });
  const bulkDate = useWatch({ control, name: "workedOn" });
  // Controlled rather than registered: a single registered checkbox would yield a string, not a list.
  const pick = (id: string, on: boolean) => {
    setValue("applicationIds", on ? [...picked.filter((p) => p !== id), id] : picked.filter((p) => p !== id));
    clearErrors("applicationIds");
  };
  const idsError = formState.errors.applicationIds ? t("validation.chooseSome") : null;

  const mark = (applicationIds: string[], value: Attendance) => {
    setSummary(null);
    clearOutcome();
    if (applicationIds.length === 0)
      return setError("applicationIds", { type: "manual", message: "hours.validation.chooseSome" });
    return attendance.run({ projectId, applicationIds, attendance: value });
  };

  const confirm = (e?: React.BaseSyntheticEvent) => {
    setSummary(null);
    attendance.reset();
    return onSubmit(e);
  };

  return (
    <div className="space-y-4" data-testid="hours-panel">
      <ErrorSummary summary={errorSummary} message={formError ?? attendance.error} />
      {summary?.warn ? (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {summary.text}
        </div>
      ) : (
        <FormSuccess message={summary?.text} />
      )}
      {canRecord ? (
        <form
          onSubmit={confirm}
          noValidate
          className="space-y-4 rounded-xl border border-slate-200 bg-white p-4"
          data-testid="bulk-hours"
        >
          <div className="flex flex-wrap items-center justify-between gap-3">
            <label className="flex min-h-8 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-5 w-5 accent-brand-600"
                checked={picked.length > 0 && picked.length === rows.length}
                onChange={(e) => {
                  setValue("applicationIds", e.target.checked ? rows.map((r) => r.applicationId) : []);
                  clearErrors("applicationIds");
                }}
              />
              {t("organizer.selectAll")}
            </label>
            <span className="text-sm text-slate-700" aria-live="polite">
              {t("organizer.selected", { count: picked.length })}
            </span>
          </div>
          <FieldErrorText name="applicationIds" message={idsError} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" disabled={busy} onClick={() => mark(picked, "ATTENDED")}>
              {t("organizer.markAttended")}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => mark(picked, "NO_SHOW")}>
              {t("organizer.markNoShow")}
            </Button>
          </div>
          <fieldset className="space-y-3 border-t border-slate-200 pt-4">
            <legend className="font-semibold">{t("organizer.bulkTitle")}</legend>
            <p className="text-sm text-slate-600">{t("organizer.bulkHint")}</p>
            <DateHoursFields
              idPrefix="bulk"
              workedOn={register("workedOn")}
              hours={register("hours")}
              workedOnError={formState.errors.workedOn}
              hoursError={formState.errors.hours}
              min={min}
              max={max}
              showLimits
            />
            <Field id="bulk-note" label={t("fields.note")} error={fieldError("note")}>
              <input id="bulk-note" maxLength={NOTE_MAX} className={inputClass} {...register("note")} />
            </Field>
            <Button type="submit" disabled={pending}>
              {pending ? tAll("common.wait") : t("organizer.confirmSelected")}
            </Button>
          </fieldset>
        </form>
      ) : null}

      <ul
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white"
        data-testid="hours-volunteers"
      >
        {rows.map((row) => {
          const checkboxId = `pick-${row.applicationId}`;
          return (
            <li
              key={row.applicationId}
              className="flex gap-3 p-4"
              data-testid="hours-volunteer"
              data-id={row.applicationId}
            >
              {canRecord ? (
                <input
                  type="checkbox"
                  id={checkboxId}
                  aria-label={t("organizer.select", { name: row.volunteerName })}
                  className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
                  checked={picked.includes(row.applicationId)}
                  onChange={(e) => pick(row.applicationId, e.target.checked)}
                />
              ) : null}
              <div className="min-w-0 flex-1 space-y-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <label htmlFor={canRecord ? checkboxId : undefined} className="break-words font-semibold">
                    {row.volunteerName}
                  </label>
                  <span className="flex flex-wrap items-center gap-2">
                    <AttendanceBadge attendance={row.attendance} />
                    <span className="text-sm font-semibold" data-testid="volunteer-hours">
                      {t("organizer.volunteerTotal", { hours: row.confirmedLabel })}
                    </span>
                  </span>
                </div>
                {canRecord ? (
                  <div className="flex flex-wrap gap-2">
                    {(["ATTENDED", "NO_SHOW"] as const).map((a) => (
                      <button
                        key={a}
                        type="button"
                        disabled={busy || row.attendance === a}
                        aria-pressed={row.attendance === a}
                        onClick={() => mark([row.applicationId], a)}
                        className="min-h-9 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50 disabled:cursor-default disabled:border-brand-600 disabled:bg-brand-50 disabled:text-brand-800"
                      >
                        {t(`attendance.${a}`)}
                      </button>
                    ))}
                  </div>
                ) : null}
                {row.entries.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("organizer.noEntries")}</p>
                ) : (
                  <ul className="space-y-3 border-l-2 border-slate-200 pl-3">
                    {row.entries.map((e) => (
                      <li key={e.id} className="space-y-2">
                        <EntryLine entry={e} showConfirmer />
                        {canRecord ? (
                          <EntryActions entry={e} noShow={row.attendance === "NO_SHOW"} min={min} max={max} />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
                {canRecord && row.attendance !== "NO_SHOW" ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer font-medium text-brand-700">
                      {t("organizer.addHours", { name: row.volunteerName })}
                    </summary>
                    <PersonHoursForm
                      applicationId={row.applicationId}
                      min={min}
                      max={max}
                      defaults={{ workedOn: bulkDate || max, hours: typeof bulkHours === "string" ? bulkHours : "" }}
                    />
                  </details>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
