"use client";
import { useLocale, useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { domainLabel, optionsOf, isDomainKind, type LabelKind } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";

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
}) {
  const label = useCodeLabel();
  const t = useTranslations("common");
  return (
    <select id={props.id} aria-invalid={props.invalid} className={props.className} {...props.registration}>
      {props.placeholder !== false ? <option value="">{t("choose")}</option> : null}
      {(props.codes ?? optionsOf(props.kind)).map((code) => (
        <option key={code} value={code}>
          {label(props.kind, code)}
        </option>
      ))}
    </select>
  );
}

/** A group of checkboxes over a code list, inside a fieldset with its legend. */
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
        {(props.codes ?? optionsOf(props.kind)).map((code) => (
          <label key={code} className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" value={code} className="h-5 w-5 shrink-0 accent-brand-600" {...props.registration} />
            {label(props.kind, code)}
          </label>
        ))}
      </div>
      {props.error ? (
        <p
          id={`${props.name}-error`}
          role="alert"
          className="text-sm font-medium text-red-700"
          data-field-error={props.name}
        >
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
