import { getTranslations } from "next-intl/server";
import { HELP_CATEGORY_LABELS } from "@/domain/help-requests";
import type { Locale } from "@/domain/locales";
import { Card } from "@/components/ui/card";
import type { HelpRequestFigures } from "../statistics";

const OUTCOMES = ["NEW", "IN_PROGRESS", "RESOLVED", "DECLINED", "DUPLICATE"] as const;

/** The requests for help of the report's area and period (regional report, staff and admins). */
export async function HelpFigures({ figures, locale }: { figures: HelpRequestFigures; locale: Locale }) {
  const t = await getTranslations("help.figures");
  const tStatus = await getTranslations("help.status");
  return (
    <Card as="section" aria-labelledby="help-figures" className="space-y-3 p-4" data-testid="help-figures">
      <h2 id="help-figures" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {figures.total === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <>
          <p>
            {t("total", { count: figures.total })}{" "}
            {figures.medianHoursToFirstAction !== null
              ? t("median", { hours: figures.medianHoursToFirstAction })
              : t("noAction")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <table className="w-full text-sm">
              <caption className="text-left font-medium">{t("byOutcome")}</caption>
              <tbody>
                {OUTCOMES.map((s) => (
                  <tr key={s} className="border-t border-slate-200">
                    <th scope="row" className="py-1 text-left font-normal">
                      {tStatus(s)}
                    </th>
                    <td className="py-1 text-right tabular-nums">{figures.byStatus[s] ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="w-full text-sm">
              <caption className="text-left font-medium">{t("byCategory")}</caption>
              <tbody>
                {figures.byCategory.map((c) => (
                  <tr key={c.category} className="border-t border-slate-200">
                    <th scope="row" className="py-1 text-left font-normal">
                      {HELP_CATEGORY_LABELS[c.category][locale]}
                    </th>
                    <td className="py-1 text-right tabular-nums">{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
