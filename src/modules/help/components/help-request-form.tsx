"use client";
import { useActionState, useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { HELP_CATEGORIES, HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import { REGION_CODES } from "@/domain/regions";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { submitHelpRequestAction } from "../actions";
import { HONEYPOT_FIELD } from "../schema";

/** The label of each field, for the error summary's links. */
const LABEL_KEYS: Record<string, string> = {
  category: "category",
  description: "description",
  regionCode: "region",
  settlement: "settlement",
  address: "address",
  neededOn: "neededOn",
  peopleNeeded: "peopleNeeded",
  requesterName: "name",
  contactPhone: "phone",
  contactEmail: "email",
  consentToShare: "consentShort",
};

/**
 * The request for help. A plain form posted to a server action through React's useActionState:
 * it works before JavaScript arrives and without it (a cheap phone, a bad connection). When the
 * server says no, the page comes back with what was typed and the reason beside each field.
 */
export function HelpRequestForm() {
  const t = useTranslations("help.form");
  const locale = useLocale() as Locale;
  const [state, action, pending] = useActionState(submitHelpRequestAction, null);
  const v = state?.values ?? {};
  const e = state?.fieldErrors ?? {};
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) summary.current?.focus();
  }, [state]);

  // Field ties each control to its hint and error (aria-describedby, aria-invalid).
  const control = (id: string) => ({ id, name: id });
  const errorCount = Object.keys(e).length;

  return (
    // The key remounts the fields with what was sent after each answer (React resets a form once its action ran).
    <form key={state?.attempt ?? 0} action={action} noValidate className="space-y-5" data-testid="help-form">
      {/* Not the hooks' ErrorSummary: that one finds its links in the browser, and this form's
          summary must be whole in the server's HTML, for a phone without JavaScript. */}
      <div ref={summary} tabIndex={-1} className="outline-none">
        {state?.formError || errorCount > 0 ? (
          <div
            role="alert"
            className="space-y-2 rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800"
          >
            {state?.formError ? <p>{state.formError}</p> : null}
            {errorCount > 0 ? (
              <>
                <p className="font-semibold">{t("fixBelow", { count: errorCount })}</p>
                <ul className="list-disc pl-5">
                  {Object.entries(e).map(([field, message]) => (
                    <li key={field}>
                      <a href={`#${field}`} className="underline">
                        {/* Which field: several may say "Please fill in this field." */}
                        {LABEL_KEYS[field] ? `${t(LABEL_KEYS[field])}: ` : null}
                        {message}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
      </div>

      <Field id="category" label={t("category")} error={e.category} required>
        <select {...control("category")} defaultValue={v.category ?? ""} className={inputClass}>
          <option value="">{t("choose")}</option>
          {HELP_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {HELP_CATEGORY_LABELS[c][locale]}
            </option>
          ))}
        </select>
      </Field>

      <Field id="description" label={t("description")} hint={t("descriptionHint")} error={e.description} required>
        <textarea
          {...control("description")}
          defaultValue={v.description ?? ""}
          rows={5}
          maxLength={2000}
          className={inputClass}
        />
      </Field>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="regionCode" label={t("region")} error={e.regionCode} required>
          <select {...control("regionCode")} defaultValue={v.regionCode ?? ""} className={inputClass}>
            <option value="">{t("choose")}</option>
            {REGION_CODES.map((r) => (
              <option key={r} value={r}>
                {domainLabel("region", r, locale)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="settlement" label={t("settlement")} error={e.settlement} required>
          <input
            {...control("settlement")}
            defaultValue={v.settlement ?? ""}
            maxLength={120}
            autoComplete="address-level2"
            className={inputClass}
          />
        </Field>
      </div>

      <Field id="address" label={t("address")} hint={t("addressHint")} error={e.address}>
        <input
          {...control("address")}
          defaultValue={v.address ?? ""}
          maxLength={300}
          autoComplete="street-address"
          className={inputClass}
        />
      </Field>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="neededOn" label={t("neededOn")} hint={t("neededOnHint")} error={e.neededOn}>
          <input {...control("neededOn")} type="date" defaultValue={v.neededOn ?? ""} className={inputClass} />
        </Field>
        <Field id="peopleNeeded" label={t("peopleNeeded")} error={e.peopleNeeded} required>
          <input
            {...control("peopleNeeded")}
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            defaultValue={v.peopleNeeded ?? "1"}
            className={inputClass}
          />
        </Field>
      </div>

      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold">{t("contactLegend")}</legend>
        <p className="text-sm text-slate-700">{t("contactHint")}</p>
        <Field id="requesterName" label={t("name")} error={e.requesterName}>
          <input
            {...control("requesterName")}
            defaultValue={v.requesterName ?? ""}
            maxLength={120}
            autoComplete="name"
            className={inputClass}
          />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="contactPhone" label={t("phone")} hint={t("phoneHint")} error={e.contactPhone}>
            <input
              {...control("contactPhone")}
              type="tel"
              defaultValue={v.contactPhone ?? ""}
              maxLength={24}
              autoComplete="tel"
              placeholder="+7 701 123 45 67"
              className={inputClass}
            />
          </Field>
          <Field id="contactEmail" label={t("email")} error={e.contactEmail}>
            <input
              {...control("contactEmail")}
              type="email"
              defaultValue={v.contactEmail ?? ""}
              maxLength={254}
              autoComplete="email"
              className={inputClass}
            />
          </Field>
        </div>
      </fieldset>

      {/* For bots only: hidden from people and from screen readers. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>Fax</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            id="consentToShare"
            name="consentToShare"
            defaultChecked={v.consentToShare === "on"}
            aria-invalid={e.consentToShare ? true : undefined}
            aria-describedby={e.consentToShare ? "consentToShare-error" : undefined}
            className="mt-0.5 h-6 w-6 shrink-0 accent-brand-600"
          />
          <span>{t("consent")}</span>
        </label>
        {e.consentToShare ? (
          <p id="consentToShare-error" className="text-sm font-medium text-red-700">
            {e.consentToShare}
          </p>
        ) : null}
      </div>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
