"use client";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { domainLabel, optionsOf, isDomainKind, type LabelKind } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { FieldErrorText } from "@/components/ui/field";

/** The label of a code: domain lists carry their own kk/ru/en names, the rest are in messages. */
function useCodeLabel() {
  const locale = useLocale() as Locale;
  const t = useTranslations("enums");
  return (kind: LabelKind, code: string) =>
    isDomainKind(kind) ? domainLabel(kind, code, locale) : t(`${kind}.${code}`);
}

/** A <select> over one of the code lists, labelled in the page's language. */
export function CodeSelect(props: {
  id: string;
  kind: LabelKind;
  registration: UseFormRegisterReturn;
  invalid?: boolean;
  placeholder?: boolean;
  className?: string;
  codes?: readonly string[];
  /** Set by <Field>: the hint and the error of this control. */
  "aria-describedby"?: string;
  "aria-invalid"?: unknown;
}) {
  const label = useCodeLabel();
  const t = useTranslations("common");
  const invalid = props.invalid ?? (props["aria-invalid"] === true || props["aria-invalid"] === "true");
  return (
    <select
      id={props.id}
      aria-invalid={invalid || undefined}
      aria-describedby={props["aria-describedby"]}
      className={props.className}
      {...props.registration}
    >
      {props.placeholder !== false ? <option value="">{t("choose")}</option> : null}
      {(props.codes ?? optionsOf(props.kind)).map((code) => (
        <option key={code} value={code}>
          {label(props.kind, code)}
        </option>
      ))}
    </select>
  );
}

/**
 * A group of checkboxes over a code list, inside a fieldset with its legend; the error is tied to
 * the group, and the first box carries the id `<name>` the form's error summary links to.
 */
export function CodeCheckboxes(props: {
  name: string;
  legend: string;
  kind: LabelKind;
  registration: UseFormRegisterReturn;
  error?: string;
  codes?: readonly string[];
  required?: boolean;
}) {
  const label = useCodeLabel();
  return (
    <fieldset className="space-y-2" aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {props.legend}
        {props.required ? <span className="text-red-700"> *</span> : null}
      </legend>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {(props.codes ?? optionsOf(props.kind)).map((code, i) => (
          <label key={code} className="flex min-h-8 items-center gap-2 text-sm">
            <input
              type="checkbox"
              id={i === 0 ? props.name : `${props.name}-${code}`}
              value={code}
              className="h-5 w-5 shrink-0 accent-brand-600"
              {...props.registration}
            />
            {label(props.kind, code)}
          </label>
        ))}
      </div>
      <FieldErrorText name={props.name} message={props.error} />
    </fieldset>
  );
}
