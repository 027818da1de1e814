import { useTranslations } from "next-intl";
import { sdgByNumber } from "@/domain/sdg";
import { sdgStyle } from "@/domain/sdg-colors";
import type { Locale } from "@/domain/locales";

/** SDG goals as coloured badges; the impact kind is written out, not only coloured. */
export function SdgBadges({
  sdgs,
  locale,
}: {
  sdgs: { goal: number; impact: "DIRECT" | "INDIRECT" }[];
  locale: Locale;
}) {
  const t = useTranslations("records.labels.impact");
  if (sdgs.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2">
      {sdgs.map((s) => {
        const goal = sdgByNumber(s.goal);
        return (
          <li
            key={s.goal}
            className="sdg-badge"
            style={sdgStyle(s.goal)}
            data-testid="record-sdg"
            data-impact={s.impact}
          >
            <span className="font-bold">{s.goal}</span>
            <span className="break-words">{goal?.name[locale]}</span>
            <span
              className={`rounded px-1 text-xs ${s.impact === "DIRECT" ? "bg-slate-900 font-semibold text-white" : "border border-slate-600 bg-white"}`}
            >
              {t(s.impact)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
