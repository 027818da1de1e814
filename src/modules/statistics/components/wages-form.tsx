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
  hourlyWageKzt: number;
  /** The reference value: the region's average monthly wage over 167 hours. */
  reference: string;
  changed: string | null;
};

/** One form for the 20 regions: the admin changes some and saves; only changed ones are written. */
export function WagesForm({ rows }: { rows: WageRow[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const bounds = {
    min: new Intl.NumberFormat(locale).format(WAGE_MIN),
    max: new Intl.NumberFormat(locale).format(WAGE_MAX),
  };
  const defaults = Object.fromEntries(rows.map((r) => [r.regionCode, r.hourlyWageKzt])) as WagesInput;
  const { form, onSubmit, summary, success, fieldError, pending } = useActionForm(updateWagesAction, wagesSchema, {
    defaultValues: defaults,
    messageValues: bounds,
    onSuccess: (data, values): string => {
      form.reset(values);
      return data.changed.length === 0
        ? t("statistics.wages.noChanges")
        : t("statistics.wages.saved", { count: data.changed.length });
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary summary={summary} />
      <FormSuccess message={success} />
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
                {t("statistics.wages.reference")}
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
                        className={`${inputClass} w-32`}
                        aria-invalid={!!error}
                        aria-describedby={describedBy(`${id}-ref`, error && `${id}-error`)}
                        {...form.register(r.regionCode)}
                      />
                      <span aria-hidden>₸</span>
                    </div>
                    <FieldErrorText id={`${id}-error`} name={r.regionCode} message={error} />
                  </td>
                  <td id={`${id}-ref`} className="px-3 py-2 text-slate-700">
                    {r.reference}
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
