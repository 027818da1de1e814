"use client";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, FieldErrorText, FormSuccess, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { RegionCode } from "@/domain/regions";
import { wagesSchema, WAGE_MAX, WAGE_MIN, type WagesInput } from "../schema";
import { updateWagesAction } from "../actions";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type WageRow = {
  regionCode: RegionCode;
  region: string;
  /** The period's own figure; null: not entered yet. */
  monthlyWageKzt: number | null;
  /** The figure that values the period today, in words (its own, or a stand-in). */
  valuing: string;
  changed: string | null;
};

export type WagesPeriod = {
  year: number;
  /** "" for the annual figure. */
  quarter: "" | "1" | "2" | "3" | "4";
  source: { title: string; url: string; publishedOn: string } | null;
};

/**
 * One period's figures for the 20 regions, with the source they were published in: the admin
 * enters or corrects them and saves; only new or changed figures are written.
 */
export function WagesForm({ period, rows }: { period: WagesPeriod; rows: WageRow[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const bounds = {
    min: new Intl.NumberFormat(locale).format(WAGE_MIN),
    max: new Intl.NumberFormat(locale).format(WAGE_MAX),
  };
  const defaults = {
    year: String(period.year),
    quarter: period.quarter,
    sourceTitle: period.source?.title ?? "",
    sourceUrl: period.source?.url ?? "",
    publishedOn: period.source?.publishedOn ?? "",
    ...Object.fromEntries(rows.map((r) => [r.regionCode, r.monthlyWageKzt === null ? "" : String(r.monthlyWageKzt)])),
  } as WagesInput;
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(updateWagesAction, wagesSchema, {
    defaultValues: defaults,
    id: `wages-${period.year}-${period.quarter}`,
    messageValues: bounds,
    onSuccess: (data, values): string => {
      form.reset(values);
      if (data.changed.length === 0) return t("statistics.wages.noChanges");
      const saved = t("statistics.wages.saved", { count: data.changed.length });
      return `${saved} ${t(data.rebuilt ? "statistics.wages.rebuilt" : "statistics.wages.rebuildLater")}`;
    },
  });
  const sourceField = (name: "sourceTitle" | "sourceUrl" | "publishedOn", type: string, hint?: string) => {
    const id = `wages-${name}`;
    const error = fieldError(name);
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">
          {t(`statistics.wages.${name}`)}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
        <input
          id={id}
          type={type}
          className={inputClass}
          aria-invalid={!!error}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          {...form.register(name)}
        />
        <FieldErrorText id={`${id}-error`} name={name} message={error} />
      </div>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
      <input type="hidden" {...form.register("year")} />
      <input type="hidden" {...form.register("quarter")} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t("statistics.wages.source")}</legend>
        <div className="sm:col-span-2">{sourceField("sourceTitle", "text", t("statistics.wages.sourceTitleHint"))}</div>
        {sourceField("sourceUrl", "url")}
        {sourceField("publishedOn", "date")}
      </fieldset>
      <ScrollRegion label={t("statistics.wages.title")}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("statistics.wages.region")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("statistics.wages.wage")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("statistics.wages.valuing")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("statistics.wages.lastChange")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((r) => {
              const id = `wage-${r.regionCode}`;
              const error = fieldError(r.regionCode);
              return (
                <tr key={r.regionCode} className="align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <label htmlFor={id}>{r.region}</label>
                  </th>
                  <td className="px-3 py-2">
                    <div className="flex items-center gap-2">
                      <input
                        id={id}
                        type="number"
                        inputMode="numeric"
                        min={WAGE_MIN}
                        max={WAGE_MAX}
                        step={1}
                        className={`${inputClass} w-36`}
                        aria-invalid={!!error}
                        aria-describedby={describedBy(`${id}-ref`, error && `${id}-error`)}
                        {...form.register(r.regionCode)}
                      />
                      <span aria-hidden>₸</span>
                    </div>
                    <FieldErrorText id={`${id}-error`} name={r.regionCode} message={error} />
                  </td>
                  <td id={`${id}-ref`} className="px-3 py-2 text-slate-700">
                    {r.valuing}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{r.changed ?? t("statistics.wages.never")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <Button type="submit" disabled={pending}>
        {t("statistics.wages.save")}
      </Button>
    </form>
  );
}
