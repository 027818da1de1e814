"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useFieldMessage } from "@/components/forms/field-message";
import { Field, inputClass } from "@/components/ui/field";

/**
 * The date and hours inputs every hours form shares. `min`/`max` are the project's first day and
 * the last day hours may be recorded for (its last day, or today if earlier); the server checks
 * both again.
 */
export function DateHoursFields(props: {
  idPrefix: string;
  workedOn: UseFormRegisterReturn;
  hours: UseFormRegisterReturn;
  /** The fields' errors from the form state (a key of ours, or the server's translated refusal). */
  workedOnError?: { type?: unknown; message?: unknown };
  hoursError?: { type?: unknown; message?: unknown };
  min: string;
  max: string;
  showLimits?: boolean;
}) {
  const t = useTranslations("hours.fields");
  const message = useFieldMessage();
  const dateId = `${props.idPrefix}-workedOn`;
  const hoursId = `${props.idPrefix}-hours`;
  return (
    <div className="grid grid-cols-1 gap-3 min-[380px]:grid-cols-2">
      <Field id={dateId} label={t("workedOn")} error={message(props.workedOnError)} required>
        <input
          id={dateId}
          type="date"
          min={props.min}
          max={props.max}
          className={inputClass}
          aria-invalid={!!props.workedOnError}
          {...props.workedOn}
        />
      </Field>
      <Field id={hoursId} label={t("hours")} error={message(props.hoursError)} required>
        <input
          id={hoursId}
          // Text, not number: "7,5" and "7.5" both work whatever the browser's language, and the
          // mouse wheel cannot change the amount by accident.
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className={inputClass}
          aria-invalid={!!props.hoursError}
          // <Field> adds its own error to what this names.
          aria-describedby={props.showLimits ? `${props.idPrefix}-limits` : undefined}
          {...props.hours}
        />
      </Field>
      {props.showLimits ? (
        <p id={`${props.idPrefix}-limits`} className="text-sm text-slate-600 min-[380px]:col-span-2">
          {t("limits")}
        </p>
      ) : null}
    </div>
  );
}
