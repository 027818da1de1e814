// The statistics report as a download: CSV (UTF-8 with BOM, formula-injection guard) and XLSX.
// Both are written from the same StatisticsReport the page renders, so the figures match the
// page to the digit; numbers stay numbers (hours with two decimals, tenge whole) so a
// spreadsheet can add them up.
import ExcelJS from "exceljs";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/domain/locales";
import { domainLabel } from "@/i18n/labels";
import { loadMessages } from "@/i18n/messages";
import { sdgByNumber } from "@/domain/sdg";
import { toCsv } from "@/modules/applications/csv";
import { NATION } from "./schema";
import { DEFINITIONS, DEFINITION_VALUES, definitionPath, FIGURE_DEFINITION } from "./definitions";
import type { BreakdownKind, Figure, StatisticsReport } from "./report";
import { formatInstant, monthName, periodLabel } from "./components/format";

export type CellValue = string | number | null;
export type ColumnKind = "text" | "count" | "hours" | "tenge";
/** `kinds`: per column; `rowKinds`: per row, for numbers in a column of mixed rows (the summary). */
export type Sheet = {
  name: string;
  title: string;
  head: string[];
  kinds: ColumnKind[];
  rowKinds?: ColumnKind[];
  rows: CellValue[][];
};

const KIND_OF: Record<Figure, ColumnKind> = {
  activeVolunteers: "count",
  newVolunteers: "count",
  applications: "count",
  confirmedHours: "hours",
  economicValueKzt: "tenge",
  projects: "count",
  events: "count",
  organizersNew: "count",
  organizersTotal: "count",
};

const SUMMARY_FIGURES: readonly Figure[] = [
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

function valueLabel(t: (key: string) => string, kind: BreakdownKind, value: string, locale: Locale): string {
  if (kind === "GENDER") return t(`gender.${value}`);
  if (kind === "AGE_GROUP") return t(`ageGroup.${value}`);
  const domain = {
    DIRECTION: "direction",
    COMPOSITION: "composition",
    ORGANIZER_FORM: "organizerForm",
    REGION: "region",
  } as const;
  return domainLabel(domain[kind], value, locale);
}

/** The report as sheets: a summary, month by month, every breakdown, the goals, the wages, the methods. */
export async function reportSheets(report: StatisticsReport, locale: Locale): Promise<Sheet[]> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "statistics" }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const area = report.area === NATION ? t("nation") : domainLabel("region", report.area, locale);
  const period = periodLabel(locale, report.period.year, report.period.month);
  // Written exactly as the page writes it, so a reader can tell the two come from the same rebuild.
  const asOf = report.asOf ? formatInstant(locale, report.asOf) : t("notYet");

  const sheets: Sheet[] = [
    {
      name: t("export.summary"),
      title: `${t("areaTitle", { area })} — ${period}`,
      head: [t("export.item"), t("export.value"), t("export.definition")],
      kinds: ["text", "text", "text"],
      rowKinds: ["text", "text", "text", ...SUMMARY_FIGURES.map((f) => KIND_OF[f])],
      rows: [
        [t("filters.area"), area],
        [t("export.period"), period],
        [t("export.asOf"), asOf],
        ...SUMMARY_FIGURES.map((f): CellValue[] => [
          t(`figures.${f}`),
          report.totals[f],
          definitionPath(locale, FIGURE_DEFINITION[f]),
        ]),
        ...report.wageStandIn.map((from): CellValue[] => [
          t("wagesUsed"),
          t("wageStandIn", { year: report.period.year, from }),
          definitionPath(locale, "wages"),
        ]),
      ],
    },
  ];
  if (report.trend.length > 0) {
    sheets.push({
      name: t("export.months"),
      title: t("sections.trend", { year: report.period.year }),
      head: [t("month"), t("figures.activeVolunteers"), t("figures.confirmedHours"), t("figures.economicValueKzt")],
      kinds: ["text", "count", "hours", "tenge"],
      rows: report.trend.map((p) => [
        monthName(locale, p.month),
        p.activeVolunteers,
        p.confirmedHours,
        p.economicValueKzt,
      ]),
    });
  }
  for (const b of report.breakdowns) {
    sheets.push({
      name: t(`export.sheet.${b.kind}`),
      title: t(`sections.${b.kind}`),
      head: [t(`dimension.${b.kind}`), ...b.figures.map((f) => t(`figures.${f}`))],
      kinds: ["text", ...b.figures.map((f) => KIND_OF[f])],
      rows: b.rows.map((r) => [valueLabel(t, b.kind, r.value, locale), ...b.figures.map((f) => r.figures[f])]),
    });
  }
  sheets.push({
    name: t("export.sdg"),
    title: t("sections.sdg"),
    head: [
      t("goal"),
      t("directHours"),
      t("indirectHours"),
      t("directValue"),
      t("indirectValue"),
      t("figures.projects"),
    ],
    kinds: ["text", "hours", "hours", "tenge", "tenge", "count"],
    rows: report.sdg.map((g) => [
      t("goalName", { number: g.sdg, name: sdgByNumber(g.sdg)?.name[locale] ?? "" }),
      g.directHours,
      g.indirectHours,
      g.directValueKzt,
      g.indirectValueKzt,
      g.projects,
    ]),
  });
  sheets.push({
    name: t("export.wages"),
    title: t("wagesUsed"),
    head: [
      t("dimension.REGION"),
      t("wages.periodPicker"),
      t("wages.wage"),
      t("export.hourlyWage"),
      t("wages.source"),
      t("wages.sourceUrl"),
      t("wages.publishedOn"),
    ],
    kinds: ["text", "text", "tenge", "tenge", "text", "text", "text"],
    rows: report.wages.map((w) => [
      domainLabel("region", w.regionCode, locale),
      `${w.quarter ? t("wages.quarterOf", { year: w.year, quarter: w.quarter }) : t("wages.yearOf", { year: w.year })}${
        w.basis === "EARLIER_YEAR" || w.basis === "LATER_YEAR"
          ? ` — ${t("wageStandIn", { year: report.period.year, from: w.year })}`
          : ""
      }`,
      w.monthlyWageKzt,
      w.hourlyWageKzt,
      w.sourceTitle,
      w.sourceUrl,
      w.publishedOn?.toISOString().slice(0, 10) ?? null,
    ]),
  });
  sheets.push({
    name: t("export.methods"),
    title: t("sections.methods"),
    head: [t("export.item"), t("export.definition"), t("export.address")],
    kinds: ["text", "text", "text"],
    rows: DEFINITIONS.map((m) => [
      t(`methods.${m}.term`),
      t(`methods.${m}.text`, DEFINITION_VALUES),
      definitionPath(locale, m),
    ]),
  });
  return sheets;
}

/** One CSV: each sheet's title, its header and rows, a blank line between sheets. */
export function sheetsToCsv(sheets: readonly Sheet[]): string {
  const rows: CellValue[][] = [];
  sheets.forEach((sheet, i) => {
    if (i > 0) rows.push([]);
    rows.push([sheet.title], sheet.head, ...sheet.rows);
  });
  return toCsv(rows);
}

const NUMBER_FORMAT: Record<Exclude<ColumnKind, "text">, string> = {
  count: "#,##0",
  hours: "#,##0.00",
  tenge: '#,##0 "₸"',
};

/** Excel allows 31 characters and none of []:*?/\ in a sheet's name, each name once. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Asar";
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name, used));
    ws.addRow([sheet.title]).font = { bold: true, size: 13 };
    ws.addRow([]);
    const head = ws.addRow(sheet.head);
    head.font = { bold: true };
    head.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } }));
    ws.views = [{ state: "frozen", ySplit: 3 }];
    sheet.rows.forEach((values, r) => {
      const row = ws.addRow(values.map((v) => (v === null ? "" : v)));
      values.forEach((v, i) => {
        const kind = (typeof v === "number" && sheet.rowKinds?.[r]) || sheet.kinds[i] || "text";
        if (typeof v === "number") row.getCell(i + 1).numFmt = kind === "text" ? "General" : NUMBER_FORMAT[kind];
      });
    });
    ws.columns.forEach((col, i) => {
      const longest = Math.max(...sheet.rows.map((r) => String(r[i] ?? "").length), sheet.head[i]?.length ?? 0);
      col.width = Math.min(60, Math.max(12, longest + 2));
      if (i === 0) col.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name like asar-statistics-ASTANA-2026-03.xlsx. */
export function exportFileName(report: StatisticsReport, ext: "csv" | "xlsx"): string {
  const period = report.period.month
    ? `${report.period.year}-${String(report.period.month).padStart(2, "0")}`
    : String(report.period.year);
  return `asar-statistics-${report.area}-${period}.${ext}`;
}
