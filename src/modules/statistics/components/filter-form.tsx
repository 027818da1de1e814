import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locales";
import { domainLabel } from "@/i18n/labels";
import { inputClass } from "@/components/ui/field";
import { NATION, type Area, type Period } from "../schema";
import { monthName } from "./format";
import { Card } from "@/components/ui/card";

/**
 * The period (and, for people who may open several, the area) as a plain GET form: the filters
 * are the URL, so a report can be shared and bookmarked, and nothing needs JavaScript.
 */
export async function FilterForm(props: {
  period: Period;
  years: number[];
  areas?: { current: Area; options: Area[] };
  locale: Locale;
}) {
  const t = await getTranslations("statistics");
  const selectClass = `${inputClass} min-h-11`;
  return (
    <Card
      as="form"
      method="get"
      className="flex flex-col gap-3 p-4 sm:flex-row sm:flex-wrap sm:items-end"
      aria-label={t("filters.legend")}
    >
      {props.areas && props.areas.options.length > 1 ? (
        <div className="min-w-0 space-y-1 sm:w-64">
          <label htmlFor="f-area" className="block text-sm font-medium text-slate-800">
            {t("filters.area")}
          </label>
          <select id="f-area" name="area" defaultValue={props.areas.current} className={selectClass}>
            {props.areas.options.map((a) => (
              <option key={a} value={a}>
                {a === NATION ? t("nation") : domainLabel("region", a, props.locale)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="min-w-0 space-y-1 sm:w-32">
        <label htmlFor="f-year" className="block text-sm font-medium text-slate-800">
          {t("filters.year")}
        </label>
        <select id="f-year" name="year" defaultValue={String(props.period.year)} className={selectClass}>
          {props.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1 sm:w-48">
        <label htmlFor="f-month" className="block text-sm font-medium text-slate-800">
          {t("filters.month")}
        </label>
        <select
          id="f-month"
          name="month"
          defaultValue={props.period.month ? String(props.period.month) : ""}
          className={selectClass}
        >
          <option value="">{t("filters.wholeYear")}</option>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {monthName(props.locale, m)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {t("filters.show")}
      </button>
    </Card>
  );
}
