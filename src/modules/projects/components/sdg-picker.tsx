"use client";
import { useLocale, useTranslations } from "next-intl";
import { SDGS } from "@/domain/sdg";
import { sdgStyle } from "@/domain/sdg-colors";
import type { Locale } from "@/domain/locales";

type Link = { sdg: number; impact: "DIRECT" | "INDIRECT" };

/** The 17 goals, each on or off with its impact; proposals come from the review's table. */
export function SdgPicker({
  value,
  onChange,
  onPropose,
}: {
  value: Link[];
  onChange: (v: Link[]) => void;
  onPropose: () => void;
}) {
  const t = useTranslations("projects");
  const locale = useLocale() as Locale;
  const byGoal = new Map(value.map((l) => [l.sdg, l.impact]));
  const set = (sdg: number, impact: Link["impact"] | null) => {
    const rest = value.filter((l) => l.sdg !== sdg);
    onChange(impact ? [...rest, { sdg, impact }].sort((a, b) => a.sdg - b.sdg) : rest);
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("form.sdgs")}</legend>
      <p className="text-sm text-slate-600">{t("form.sdgsHint")}</p>
      <button
        type="button"
        onClick={onPropose}
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t("form.proposeSdgs")}
      </button>
      <ul className="grid gap-2 sm:grid-cols-2">
        {SDGS.map((g) => {
          const impact = byGoal.get(g.number);
          return (
            <li key={g.number} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-2">
              <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-5 w-5 shrink-0 accent-brand-600"
                  checked={Boolean(impact)}
                  onChange={(e) => set(g.number, e.target.checked ? "DIRECT" : null)}
                />
                <span aria-hidden className="sdg-chip shrink-0" style={sdgStyle(g.number)}>
                  {g.number}
                </span>
                <span>{g.name[locale]}</span>
              </label>
              {impact ? (
                <select
                  aria-label={t("form.impactFor", { goal: g.number })}
                  value={impact}
                  onChange={(e) => set(g.number, e.target.value as Link["impact"])}
                  className="rounded border border-slate-300 px-2 py-1 text-sm"
                >
                  <option value="DIRECT">{t("impact.DIRECT")}</option>
                  <option value="INDIRECT">{t("impact.INDIRECT")}</option>
                </select>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
