"use client";
import { useMemo } from "react";
import { useController, useWatch, type Control } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { SDGS } from "@/domain/sdg";
import { proposeSdgs } from "@/domain/sdg-directions";
import type { Direction } from "@/domain/classification";
import { domainLabel } from "@/i18n/labels";
import { sdgStyle } from "@/domain/sdg-colors";
import type { Locale } from "@/domain/locales";
import type { ProjectInput } from "../schema";

type Link = { sdg: number; impact: "DIRECT" | "INDIRECT" };

/**
 * The 17 goals, each on or off with its impact. "Propose" fills them from the review's table
 * (src/domain/sdg-directions.ts); a goal the table proposes says which directions proposed it,
 * and any chosen goal is dropped with one click.
 */
export function SdgPicker({ control }: { control: Control<ProjectInput> }) {
  const t = useTranslations("projects");
  const locale = useLocale() as Locale;
  const { field } = useController({ control, name: "sdgs" });
  const value = field.value as Link[];
  // Watched here, not in the form, so typing a title re-renders this list only.
  const [primary, secondary, title, description] = useWatch({
    control,
    name: ["primaryDirection", "secondaryDirection", "title", "description"],
  });
  const proposal = useMemo(
    () =>
      proposeSdgs({
        directions: [primary, secondary].filter(Boolean) as Direction[],
        title,
        description,
      }),
    [primary, secondary, title, description],
  );
  const why = new Map(proposal.map((p) => [p.sdg as number, p]));
  const byGoal = new Map(value.map((l) => [l.sdg, l.impact]));
  const set = (sdg: number, impact: Link["impact"] | null) => {
    const rest = value.filter((l) => l.sdg !== sdg);
    field.onChange(impact ? [...rest, { sdg, impact }].sort((a, b) => a.sdg - b.sdg) : rest);
  };
  const propose = () => field.onChange(proposal.map(({ sdg, impact }) => ({ sdg, impact })));

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("form.sdgs")}</legend>
      <p className="text-sm text-slate-600">{t("form.sdgsHint")}</p>
      <button
        type="button"
        onClick={propose}
        data-testid="propose-sdgs"
        className="rounded-md border border-brand-600 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t("form.proposeSdgs")}
      </button>
      <ul className="grid gap-2 sm:grid-cols-2">
        {SDGS.map((g) => {
          const impact = byGoal.get(g.number);
          const proposed = impact ? why.get(g.number) : undefined;
          return (
            <li
              key={g.number}
              className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 p-2"
              data-testid={`sdg-${g.number}`}
            >
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
              {proposed ? (
                <div className="flex w-full flex-wrap items-start justify-between gap-2 text-xs text-slate-700">
                  <p data-testid="sdg-why">
                    {t("form.sdgWhy.because", {
                      reasons: proposed.reasons
                        .map((r) =>
                          t("form.sdgWhy.reason", {
                            direction: domainLabel("direction", r.direction, locale),
                            impact: t(`form.sdgWhy.contribution.${r.impact}`),
                          }),
                        )
                        .join("; "),
                    })}
                    {proposed.waterWord ? `; ${t("form.sdgWhy.water", { word: proposed.waterWord })}` : null}
                  </p>
                  <button
                    type="button"
                    onClick={() => set(g.number, null)}
                    aria-label={t("form.sdgWhy.removeLabel", { goal: g.number, name: g.name[locale] })}
                    className="min-h-6 rounded border border-slate-300 px-2 font-semibold text-slate-800 hover:bg-slate-50"
                  >
                    {t("form.sdgWhy.remove")}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
