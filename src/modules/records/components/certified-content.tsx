import { useFormatter, useTranslations } from "next-intl";
import { domainLabel } from "@/i18n/labels";
import type { Locale } from "@/domain/locales";
import { formatDay, formatHours } from "@/i18n/format";
import type { CertifiedProject, DocumentPayload } from "../payload";
import { SdgBadges } from "./sdg-badges";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** What a genuine document certifies, in the reader's language; exactly the stored payload. */
export function CertifiedContent({ payload, locale }: { payload: DocumentPayload; locale: Locale }) {
  const t = useTranslations("records");
  const format = useFormatter();
  const day = (iso: string) => formatDay(format, iso, "long");
  const range = (from: string, to: string) =>
    from === to ? day(from) : t("pdf.range", { from: day(from), to: day(to) });
  const hours = (decimal: string) => formatHours(format, Number(decimal));
  const place = (p: CertifiedProject) => {
    if (p.online) return t("labels.online");
    const region = domainLabel("region", p.region, locale);
    const settlement = p.settlement?.trim();
    return settlement && settlement !== "—" && settlement.toLowerCase() !== region.toLowerCase()
      ? `${settlement}, ${region}`
      : region;
  };
  const directions = (p: CertifiedProject) =>
    [
      ...p.directions.map((d) => domainLabel("direction", d, locale)),
      ...(p.socialSubtype ? [domainLabel("socialSubtype", p.socialSubtype, locale)] : []),
    ].join("; ");

  return (
    <div className="space-y-4" data-testid="certified">
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t("verify.volunteer")}</dt>
        <dd className="break-words text-base font-semibold" data-testid="certified-name">
          {payload.volunteer.name}
        </dd>
        {payload.kind === "PROJECT_CERTIFICATE" ? (
          <>
            <dt className="text-slate-600">{t("verify.project")}</dt>
            <dd className="break-words font-semibold">{payload.project.title}</dd>
            <dt className="text-slate-600">{t("labels.organizer")}</dt>
            <dd className="break-words">{payload.project.organizer}</dd>
            <dt className="text-slate-600">{t("labels.place")}</dt>
            <dd className="break-words">{place(payload.project)}</dd>
            <dt className="text-slate-600">{t("labels.projectDates")}</dt>
            <dd>{range(payload.project.startsOn, payload.project.endsOn)}</dd>
            {payload.project.roles.length > 0 ? (
              <>
                <dt className="text-slate-600">{t("labels.roles")}</dt>
                <dd className="break-words">{payload.project.roles.join(", ")}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">{t("labels.directions")}</dt>
            <dd className="break-words">{directions(payload.project)}</dd>
            <dt className="text-slate-600">{t("labels.worked")}</dt>
            <dd>{range(payload.project.workedFrom, payload.project.workedTo)}</dd>
            <dt className="text-slate-600">{t("labels.hours")}</dt>
            <dd className="text-lg font-bold text-brand-800" data-testid="certified-hours">
              {hours(payload.project.hours)}
            </dd>
          </>
        ) : (
          <>
            <dt className="text-slate-600">{t("pdf.record.total")}</dt>
            <dd className="text-lg font-bold text-brand-800" data-testid="certified-hours">
              {hours(payload.totalHours)}
            </dd>
            <dt className="text-slate-600">{t("pdf.record.period")}</dt>
            <dd>{range(payload.workedFrom, payload.workedTo)}</dd>
            <dt className="text-slate-600">{t("pdf.record.perYear")}</dt>
            <dd>{payload.years.map((y) => `${y.year}: ${hours(y.hours)}`).join(" · ")}</dd>
          </>
        )}
      </dl>
      {payload.kind === "PROJECT_CERTIFICATE" && payload.project.sdgs.length > 0 ? (
        <div className="space-y-1">
          <p className="text-sm text-slate-600">{t("labels.sdgs")}</p>
          <SdgBadges sdgs={payload.project.sdgs} locale={locale} />
        </div>
      ) : null}
      {payload.kind === "VOLUNTEER_RECORD" ? (
        <ScrollRegion card={false} label={t("pdf.record.listTitle")}>
          <table className="w-full min-w-[18rem] text-left text-sm">
            <caption className="mb-1 text-left font-semibold">{t("pdf.record.listTitle")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("pdf.record.project")}
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("labels.worked")}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t("pdf.record.hours")}
                </th>
              </tr>
            </thead>
            <tbody>
              {payload.projects.map((p, i) => (
                <tr key={i} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-2">
                    <span className="break-words font-medium">{p.title}</span>
                    <span className="block break-words text-slate-600">{p.organizer}</span>
                  </td>
                  <td className="py-1 pr-2">{range(p.workedFrom, p.workedTo)}</td>
                  <td className="py-1 text-right tabular-nums">{hours(p.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
