import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locales";
import { sdgByNumber } from "@/domain/sdg";
import { sdgStyle } from "@/domain/sdg-colors";
import { domainLabel } from "@/i18n/labels";
import { Link } from "@/i18n/navigation";
import { MIN_GROUP_SIZE } from "../suppression";
import { DEFINITIONS, FIGURE_DEFINITION, type DefinitionId } from "../definitions";
import type { Breakdown, BreakdownKind, Figure, Figures, StatisticsReport } from "../report";
import { HorizontalBars, SdgChart, TrendChart } from "./charts";
import { formatFigure, formatTenge, monthName } from "./format";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";

type T = Awaited<ReturnType<typeof getTranslations<"statistics">>>;

/** The words for one value of a breakdown. */
export function breakdownValueLabel(
  t: (key: string) => string,
  kind: BreakdownKind,
  value: string,
  locale: Locale,
): string {
  switch (kind) {
    case "GENDER":
      return t(`gender.${value}`);
    case "AGE_GROUP":
      return t(`ageGroup.${value}`);
    case "DIRECTION":
      return domainLabel("direction", value, locale);
    case "COMPOSITION":
      return domainLabel("composition", value, locale);
    case "ORGANIZER_FORM":
      return domainLabel("organizerForm", value, locale);
    case "REGION":
      return domainLabel("region", value, locale);
  }
}

function Value({
  figure,
  value,
  locale,
  t,
  testId,
}: {
  figure: Figure;
  value: number | null;
  locale: Locale;
  t: T;
  testId?: string;
}) {
  if (value === null) {
    return (
      <abbr
        title={t("withheldTitle", { min: MIN_GROUP_SIZE })}
        className="cursor-help no-underline"
        data-testid={testId}
        data-withheld=""
      >
        ×<span className="sr-only"> {t("withheld")}</span>
      </abbr>
    );
  }
  // Table cells are plain text (a report has a thousand of them); the headline figures carry
  // their raw value for tests that compare the page with the downloads.
  if (!testId) return <>{formatFigure(locale, figure, value)}</>;
  return (
    <span data-testid={testId} data-value={value}>
      {formatFigure(locale, figure, value)}
    </span>
  );
}

/** A figure's name, linked to its definition on the methods page. */
function Defined({ id, children }: { id: DefinitionId; children: React.ReactNode }) {
  return (
    <Link href={`/statistics/methods#${id}`} className="underline decoration-dotted underline-offset-2">
      {children}
    </Link>
  );
}

type Head = { label: string; def?: DefinitionId };
const figureHead = (t: T, f: Figure): Head => ({ label: t(`figures.${f}`), def: FIGURE_DEFINITION[f] });

/** Styles set once on the table rather than on each of its cells. */
const TABLE =
  "w-full text-left text-sm tabular-nums [overflow-wrap:normal] [&_th]:px-3 [&_th]:py-2 [&_td]:px-3 [&_td]:py-2 [&_td]:whitespace-nowrap [&_td]:text-right [&_thead_th]:font-semibold [&_thead_th:not(:first-child)]:text-right [&_tbody_th]:font-normal";

const TOTAL_FIGURES: readonly Figure[] = [
  "activeVolunteers",
  "newVolunteers",
  "confirmedHours",
  "economicValueKzt",
  "projects",
  "events",
  "applications",
  "organizersTotal",
  "organizersNew",
];

function Totals({ totals, locale, t }: { totals: Figures; locale: Locale; t: T }) {
  return (
    <dl className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-3">
      {TOTAL_FIGURES.map((figure) => (
        <Card key={figure} className="min-w-0 p-4">
          <dt className="text-sm font-medium text-slate-700">
            <Defined id={FIGURE_DEFINITION[figure]}>{t(`figures.${figure}`)}</Defined>
          </dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">
            <Value figure={figure} value={totals[figure]} locale={locale} t={t} testId={`total-${figure}`} />
          </dd>
        </Card>
      ))}
    </dl>
  );
}

function Table(props: {
  caption: string;
  head: Head[];
  rows: { key: string; label: string; cells: { figure: Figure; value: number | null }[] }[];
  locale: Locale;
  t: T;
  testId: string;
}) {
  return (
    <ScrollRegion label={props.caption}>
      <table className={`${TABLE} min-w-[32rem]`} data-testid={props.testId}>
        <caption className="sr-only">{props.caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {props.head.map((h) => (
              <th key={h.label} scope="col">
                {h.def ? <Defined id={h.def}>{h.label}</Defined> : h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((c) => (
                <td key={c.figure}>
                  <Value figure={c.figure} value={c.value} locale={props.locale} t={props.t} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function BreakdownTable({ breakdown, locale, t }: { breakdown: Breakdown; locale: Locale; t: T }) {
  const title = t(`sections.${breakdown.kind}`);
  return (
    <Table
      caption={title}
      head={[{ label: t(`dimension.${breakdown.kind}`) }, ...breakdown.figures.map((f) => figureHead(t, f))]}
      rows={breakdown.rows.map((r) => ({
        key: r.value,
        label: breakdownValueLabel(t, breakdown.kind, r.value, locale),
        cells: breakdown.figures.map((f) => ({ figure: f, value: r.figures[f] })),
      }))}
      locale={locale}
      t={t}
      testId={`breakdown-${breakdown.kind}`}
    />
  );
}

/**
 * One part of the report. All but the key figures fold (a plain <details>, no JavaScript): on a
 * phone the whole report was over 7,000 px tall, now it is the key figures and a list of titles.
 */
function Section({
  id,
  title,
  lead,
  fold = true,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  fold?: boolean;
  children: React.ReactNode;
}) {
  const heading = (
    <h2 id={id} className="text-xl font-semibold">
      {title}
    </h2>
  );
  const body = (
    <>
      {lead ? <p className="text-sm text-slate-700">{lead}</p> : null}
      {children}
    </>
  );
  if (!fold) {
    return (
      <section aria-labelledby={id} className="space-y-3">
        {heading}
        {body}
      </section>
    );
  }
  return (
    <section aria-labelledby={id}>
      <details className="group space-y-3 border-t border-slate-200 pt-2" data-testid={`section-${id}`}>
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-3 [&::-webkit-details-marker]:hidden">
          <span
            aria-hidden
            className="inline-block w-4 shrink-0 text-brand-700 transition-transform group-open:rotate-90"
          >
            ▸
          </span>
          {heading}
        </summary>
        {body}
      </details>
    </section>
  );
}

/** The whole report: totals, month by month, every cut, the goals, and how it was counted. */
export async function ReportView({ report, locale }: { report: StatisticsReport; locale: Locale }) {
  const t = await getTranslations("statistics");
  const breakdown = (kind: BreakdownKind) => report.breakdowns.find((b) => b.kind === kind);
  const direction = breakdown("DIRECTION");
  const nothing =
    report.totals.activeVolunteers === 0 &&
    report.totals.confirmedHours === 0 &&
    report.totals.applications === 0 &&
    report.totals.projects === 0 &&
    report.totals.events === 0;

  return (
    <div className="space-y-6">
      <Section id="totals" title={t("sections.totals")} fold={false}>
        {nothing ? <EmptyState compact data-testid="statistics-empty" message={t("empty")} /> : null}
        <Totals totals={report.totals} locale={locale} t={t} />
        {report.withheld ? (
          <p className="text-sm text-slate-700">{t("withheldNote", { min: MIN_GROUP_SIZE })}</p>
        ) : null}
        {report.wageStandIn.length > 0 ? (
          <p className="text-sm text-slate-700" data-testid="wage-stand-in">
            {t("wageStandIn", { year: report.period.year, from: report.wageStandIn.join(", ") })}{" "}
            <Link href="/statistics/methods#wages" className="font-semibold text-brand-700 underline">
              {t("methodsLink")}
            </Link>
          </p>
        ) : null}
      </Section>

      {report.trend.length > 0 ? (
        <Section id="trend" title={t("sections.trend", { year: report.period.year })} lead={t("trendLead")}>
          <figure className="space-y-3">
            <TrendChart
              locale={locale}
              data={report.trend.map((p) => ({
                label: monthName(locale, p.month, "short"),
                hours: p.confirmedHours,
                volunteers: p.activeVolunteers,
              }))}
              labels={{ hours: t("figures.confirmedHours"), volunteers: t("figures.activeVolunteers") }}
            />
            <figcaption className="text-sm text-slate-600">{t("chartTable")}</figcaption>
          </figure>
          <Table
            caption={t("sections.trend", { year: report.period.year })}
            head={[
              { label: t("month") },
              figureHead(t, "activeVolunteers"),
              figureHead(t, "confirmedHours"),
              figureHead(t, "economicValueKzt"),
            ]}
            rows={report.trend.map((p) => ({
              key: String(p.month),
              label: monthName(locale, p.month),
              cells: [
                { figure: "activeVolunteers", value: p.activeVolunteers },
                { figure: "confirmedHours", value: p.confirmedHours },
                { figure: "economicValueKzt", value: p.economicValueKzt },
              ],
            }))}
            locale={locale}
            t={t}
            testId="trend-table"
          />
        </Section>
      ) : null}

      {breakdown("REGION") ? (
        <Section id="regions" title={t("sections.REGION")} lead={t("regionLead")}>
          <BreakdownTable breakdown={breakdown("REGION")!} locale={locale} t={t} />
        </Section>
      ) : null}

      <Section id="people" title={t("sections.people")} lead={t("peopleLead")}>
        <div className="space-y-4">
          <BreakdownTable breakdown={breakdown("GENDER")!} locale={locale} t={t} />
          <BreakdownTable breakdown={breakdown("AGE_GROUP")!} locale={locale} t={t} />
        </div>
      </Section>

      {direction ? (
        <Section id="directions" title={t("sections.DIRECTION")} lead={t("directionLead")}>
          <figure className="space-y-3">
            <HorizontalBars
              locale={locale}
              data={direction.rows.map((r) => ({
                label: breakdownValueLabel(t, "DIRECTION", r.value, locale),
                value: r.figures.confirmedHours,
              }))}
              valueLabel={t("figures.confirmedHours")}
            />
            <figcaption className="text-sm text-slate-600">
              {t("hoursByDirection")} {t("chartTable")}
            </figcaption>
          </figure>
          <BreakdownTable breakdown={direction} locale={locale} t={t} />
        </Section>
      ) : null}

      <Section id="compositions" title={t("sections.COMPOSITION")} lead={t("compositionLead")}>
        <BreakdownTable breakdown={breakdown("COMPOSITION")!} locale={locale} t={t} />
      </Section>

      <Section id="organizers" title={t("sections.ORGANIZER_FORM")}>
        <BreakdownTable breakdown={breakdown("ORGANIZER_FORM")!} locale={locale} t={t} />
      </Section>

      <Section id="sdg" title={t("sections.sdg")} lead={t("sdgLead")}>
        <figure className="space-y-3">
          <SdgChart
            locale={locale}
            data={report.sdg.map((g) => ({
              sdg: g.sdg,
              name: `${g.sdg}. ${sdgByNumber(g.sdg)?.name[locale] ?? ""}`,
              color: sdgByNumber(g.sdg)?.color ?? "#555",
              direct: g.directHours,
              indirect: g.indirectHours,
            }))}
            labels={{ direct: t("direct"), indirect: t("indirect") }}
          />
          <figcaption className="text-sm text-slate-600">{t("chartTable")}</figcaption>
        </figure>
        <ScrollRegion label={t("sections.sdg")}>
          <table className={`${TABLE} min-w-[36rem]`} data-testid="sdg-table">
            <caption className="sr-only">{t("sections.sdg")}</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col">{t("goal")}</th>
                <th scope="col">
                  <Defined id="sdg">{t("directHours")}</Defined>
                </th>
                <th scope="col">
                  <Defined id="sdg">{t("indirectHours")}</Defined>
                </th>
                <th scope="col">
                  <Defined id="value">{t("directValue")}</Defined>
                </th>
                <th scope="col">
                  <Defined id="value">{t("indirectValue")}</Defined>
                </th>
                <th scope="col">
                  <Defined id="projects">{t("figures.projects")}</Defined>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {report.sdg.map((g) => {
                const goal = sdgByNumber(g.sdg);
                return (
                  <tr key={g.sdg}>
                    <th scope="row">
                      <span className="sdg-chip mr-2" style={sdgStyle(g.sdg)} aria-hidden>
                        {g.sdg}
                      </span>
                      {t("goalName", { number: g.sdg, name: goal?.name[locale] ?? "" })}
                    </th>
                    <td>
                      <Value figure="confirmedHours" value={g.directHours} locale={locale} t={t} />
                    </td>
                    <td>
                      <Value figure="confirmedHours" value={g.indirectHours} locale={locale} t={t} />
                    </td>
                    <td>
                      <Value figure="economicValueKzt" value={g.directValueKzt} locale={locale} t={t} />
                    </td>
                    <td>
                      <Value figure="economicValueKzt" value={g.indirectValueKzt} locale={locale} t={t} />
                    </td>
                    <td>
                      <Value figure="projects" value={g.projects} locale={locale} t={t} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="methods" title={t("sections.methods")}>
        <Card as="dl" className="space-y-3 p-4 text-sm text-slate-800">
          {DEFINITIONS.filter((m) => m !== "suppression").map((m) => (
            <div key={m}>
              <dt className="font-semibold">
                <Defined id={m}>{t(`methods.${m}.term`)}</Defined>
              </dt>
              <dd className="mt-1">{t(`methods.${m}.text`)}</dd>
            </div>
          ))}
          {report.publicView ? (
            <div>
              <dt className="font-semibold">{t("methods.suppression.term")}</dt>
              <dd className="mt-1">{t("methods.suppression.text", { min: MIN_GROUP_SIZE })}</dd>
            </div>
          ) : null}
        </Card>
        <WagesNote report={report} t={t} locale={locale} />
        <p className="text-sm">
          <Link href="/statistics/methods" className="font-semibold text-brand-700 underline">
            {t("methodsLink")}
          </Link>
        </p>
        <p className="text-sm">
          <Link href="/open-data" className="font-semibold text-brand-700 underline">
            {t("openDataLink")}
          </Link>
        </p>
      </Section>
    </div>
  );
}

function WagesNote({ report, t, locale }: { report: StatisticsReport; t: T; locale: Locale }) {
  return (
    <Card as="details" className="p-4 text-sm">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">{t("wagesUsed")}</summary>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2" data-testid="wages-used">
        {report.wages.map((w) => (
          <li key={`${w.regionCode}-${w.year}-${w.quarter}`} className="flex justify-between gap-3">
            <span>
              {domainLabel("region", w.regionCode, locale)}{" "}
              <span className="text-slate-600">
                ({w.quarter ? t("wages.quarterOf", { year: w.year, quarter: w.quarter }) : w.year}
                {w.basis === "EARLIER_YEAR" || w.basis === "LATER_YEAR" ? "*" : ""})
              </span>
            </span>
            <span className="tabular-nums">{t("perHour", { amount: formatTenge(locale, w.hourlyWageKzt) })}</span>
          </li>
        ))}
      </ul>
      {[...new Set(report.wages.map((w) => w.sourceTitle))].map((source) => (
        <p key={source} className="mt-2 text-slate-700">
          {t("wageSource", { source })}
        </p>
      ))}
    </Card>
  );
}
