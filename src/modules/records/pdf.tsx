import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { domainLabel } from "@/i18n/labels";
import { sdgByNumber } from "@/domain/sdg";
import { KZ_TIME_ZONE } from "@/domain/time";
import type { Locale } from "@/domain/locales";
import { groupCode } from "./code";
import { ensureFonts, FAMILY } from "./pdf-fonts";
import type { CertifiedProject, DocumentPayload, ProjectCertificatePayload, VolunteerRecordPayload } from "./payload";

// The certificate and the record as PDF, drawn from the stored payload only — the document shows
// exactly what /verify/<code> will confirm. The fonts are registered in ./pdf-fonts.

const BRAND = "#0f766e";
const MUTED = "#475569";

const s = StyleSheet.create({
  page: {
    fontFamily: FAMILY,
    fontSize: 10,
    color: "#0f172a",
    paddingTop: 36,
    paddingBottom: 56,
    paddingHorizontal: 44,
  },
  band: {
    flexDirection: "row",
    justifyContent: "space-between",
    alignItems: "center",
    borderBottomWidth: 2,
    borderBottomColor: BRAND,
    paddingBottom: 8,
    marginBottom: 22,
  },
  brand: { fontSize: 18, fontWeight: "bold", color: BRAND },
  platform: { fontSize: 8, color: MUTED, maxWidth: 320, textAlign: "right" },
  title: {
    fontSize: 18,
    fontWeight: "bold",
    textAlign: "center",
    marginBottom: 16,
    textTransform: "uppercase",
    color: BRAND,
  },
  centered: { textAlign: "center", color: MUTED },
  name: { fontSize: 22, fontWeight: "bold", textAlign: "center", marginVertical: 8 },
  projectTitle: { fontSize: 15, fontWeight: "bold", textAlign: "center", marginTop: 6, marginBottom: 18 },
  rows: { borderTopWidth: 1, borderTopColor: "#cbd5e1", marginBottom: 16 },
  row: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#e2e8f0", paddingVertical: 5 },
  label: { width: 170, color: MUTED, paddingRight: 8 },
  value: { flex: 1 },
  strong: { fontWeight: "bold" },
  hoursRow: {
    flexDirection: "row",
    alignItems: "center",
    backgroundColor: "#f0fdfa",
    borderRadius: 4,
    paddingVertical: 8,
    paddingHorizontal: 10,
    marginBottom: 14,
  },
  hoursLabel: { flex: 1, fontSize: 12 },
  hoursValue: { fontSize: 18, fontWeight: "bold", color: BRAND },
  verify: {
    flexDirection: "row",
    alignItems: "center",
    borderWidth: 1,
    borderColor: "#cbd5e1",
    borderRadius: 4,
    padding: 10,
    marginTop: 8,
  },
  verifyText: { flex: 1, paddingRight: 12 },
  code: { fontSize: 14, fontWeight: "bold", letterSpacing: 1, marginVertical: 3 },
  small: { fontSize: 8, color: MUTED, lineHeight: 1.3 },
  qr: { width: 92, height: 92 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 44,
    right: 44,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 8,
    color: MUTED,
  },
  sectionTitle: { fontSize: 12, fontWeight: "bold", marginTop: 10, marginBottom: 6, color: BRAND },
  table: { borderTopWidth: 1, borderTopColor: "#cbd5e1" },
  th: { flexDirection: "row", backgroundColor: "#f1f5f9", paddingVertical: 4, fontWeight: "bold" },
  tr: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#e2e8f0", paddingVertical: 5 },
  colProject: { flex: 1, paddingHorizontal: 4 },
  colDates: { width: 130, paddingHorizontal: 4 },
  colHours: { width: 60, paddingHorizontal: 4, textAlign: "right" },
  colYear: { width: 80, paddingHorizontal: 4 },
});

type T = (key: string, values?: Record<string, string | number>) => string;

type Fmt = {
  t: T;
  locale: Locale;
  date: (isoDate: string) => string;
  range: (from: string, to: string) => string;
  hours: (decimal: string) => string;
  instant: (d: Date) => string;
};

async function formatter(locale: Locale): Promise<Fmt> {
  const messages = await loadMessages(locale);
  const t = createTranslator({
    locale,
    messages: messages as Record<string, never>,
    namespace: "records" as never,
  }) as unknown as T;
  // Calendar dates are stored as dates; format them at UTC so no zone shifts the day.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: KZ_TIME_ZONE });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const date = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  return {
    t,
    locale,
    date,
    range: (from, to) => (from === to ? date(from) : t("pdf.range", { from: date(from), to: date(to) })),
    hours: (decimal) => number.format(Number(decimal)),
    instant: (d) => moment.format(d),
  };
}

export type PdfDocument = { code: string; locale: Locale; issuedAt: Date; payload: DocumentPayload };

/** The absolute public address a document's QR code and text point to. */
export function verificationUrl(baseUrl: string, locale: Locale, code: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${locale}/verify/${code}`;
}

function Row({ label, children }: { label: string; children: string }) {
  return (
    <View style={s.row} wrap={false}>
      <Text style={s.label}>{label}</Text>
      <Text style={s.value}>{children}</Text>
    </View>
  );
}

function Band({ f }: { f: Fmt }) {
  return (
    <View style={s.band}>
      <Text style={s.brand}>ASAR</Text>
      <Text style={s.platform}>{f.t("pdf.platform")}</Text>
    </View>
  );
}

function place(p: CertifiedProject, f: Fmt): string {
  if (p.online) return f.t("labels.online");
  const region = domainLabel("region", p.region, f.locale);
  return p.settlement &&
    p.settlement.trim() &&
    p.settlement.trim() !== "—" &&
    p.settlement.trim().toLowerCase() !== region.toLowerCase()
    ? `${p.settlement.trim()}, ${region}`
    : region;
}

function directions(p: CertifiedProject, f: Fmt): string {
  const names = p.directions.map((d) => domainLabel("direction", d, f.locale));
  if (p.socialSubtype) names.push(domainLabel("socialSubtype", p.socialSubtype, f.locale));
  return names.join("; ");
}

function sdgs(p: CertifiedProject, f: Fmt): string {
  return p.sdgs
    .map((g) => `${g.goal}. ${sdgByNumber(g.goal)?.name[f.locale] ?? ""} (${f.t(`labels.impact.${g.impact}`)})`)
    .join("; ");
}

/** The record's compact form: goal numbers by impact, e.g. "direct: 6, 12; indirect: 3". */
function sdgNumbers(p: CertifiedProject, f: Fmt): string {
  return (["DIRECT", "INDIRECT"] as const)
    .map((impact) => [impact, p.sdgs.filter((g) => g.impact === impact).map((g) => g.goal)] as const)
    .filter(([, goals]) => goals.length > 0)
    .map(([impact, goals]) => `${f.t(`labels.impact.${impact}`)}: ${goals.join(", ")}`)
    .join("; ");
}

function VerificationBlock({ doc, url, qr, f }: { doc: PdfDocument; url: string; qr: string; f: Fmt }) {
  return (
    <View style={s.verify} wrap={false}>
      <View style={s.verifyText}>
        <Text>
          {f.t("pdf.issued")}: {f.instant(doc.issuedAt)}
        </Text>
        <Text style={s.small}>{f.t("pdf.code")}</Text>
        <Text style={s.code}>{groupCode(doc.code)}</Text>
        <Text style={s.small}>{f.t("pdf.verifyHint")}</Text>
        <Text style={s.small}>{url}</Text>
      </View>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt; the code and the address are printed beside it */}
      <Image src={qr} style={s.qr} />
    </View>
  );
}

function Footer({ doc, f }: { doc: PdfDocument; f: Fmt }) {
  return (
    <View style={s.footer} fixed>
      <Text>
        {f.t("pdf.code")}: {groupCode(doc.code)} · {f.t("pdf.onlyConfirmed")}
      </Text>
      <Text render={({ pageNumber, totalPages }) => f.t("pdf.page", { page: pageNumber, pages: totalPages })} />
    </View>
  );
}

function CertificatePdf({
  doc,
  payload,
  url,
  qr,
  f,
}: {
  doc: PdfDocument;
  payload: ProjectCertificatePayload;
  url: string;
  qr: string;
  f: Fmt;
}) {
  const p = payload.project;
  return (
    <Document title={`${f.t("pdf.certificate.title")} — ${payload.volunteer.name}`} author="Asar" language={f.locale}>
      <Page size="A4" style={s.page}>
        <Band f={f} />
        <Text style={s.title}>{f.t("pdf.certificate.title")}</Text>
        <Text style={s.centered}>{f.t("pdf.certificate.intro")}</Text>
        <Text style={s.name}>{payload.volunteer.name}</Text>
        <Text style={s.centered}>{f.t("pdf.certificate.tookPart")}</Text>
        <Text style={s.projectTitle}>«{p.title}»</Text>
        <View style={s.rows}>
          <Row
            label={f.t("labels.organizer")}
          >{`${p.organizer} (${domainLabel("organizerForm", p.organizerForm, f.locale)})`}</Row>
          <Row label={f.t("labels.place")}>{place(p, f)}</Row>
          <Row label={f.t("labels.projectDates")}>{f.range(p.startsOn, p.endsOn)}</Row>
          {p.roles.length > 0 ? <Row label={f.t("labels.roles")}>{p.roles.join("; ")}</Row> : null}
          <Row label={f.t("labels.directions")}>{directions(p, f)}</Row>
          {p.sdgs.length > 0 ? <Row label={f.t("labels.sdgs")}>{sdgs(p, f)}</Row> : null}
          <Row label={f.t("labels.worked")}>{f.range(p.workedFrom, p.workedTo)}</Row>
        </View>
        <View style={s.hoursRow} wrap={false}>
          <Text style={s.hoursLabel}>{f.t("labels.hours")}</Text>
          <Text style={s.hoursValue}>{f.hours(p.hours)}</Text>
        </View>
        <VerificationBlock doc={doc} url={url} qr={qr} f={f} />
        <Footer doc={doc} f={f} />
      </Page>
    </Document>
  );
}

// react-pdf splits an overflowing page by laying the rest out again, so one long table costs
// time quadratic in its length (400 projects: ~6 s of blocked event loop). The projects are put on
// pages of their own, packed by an estimate of each row's height (characters per line of the
// columns at their font sizes); a page the estimate got wrong still wraps by itself.
const PAGE_BUDGET = 690; // points of A4 between the margins, minus the table header
const lineCount = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

function rowLines(p: CertifiedProject, f: Fmt): string[] {
  return [
    `${p.organizer} · ${place(p, f)}`,
    ...(p.roles.length > 0 ? [`${f.t("labels.roles")}: ${p.roles.join("; ")}`] : []),
    `${f.t("labels.directions")}: ${directions(p, f)}`,
    ...(p.sdgs.length > 0 ? [`${f.t("labels.sdgs")} — ${sdgNumbers(p, f)}`] : []),
  ];
}

function estimatedHeight(p: CertifiedProject, f: Fmt): number {
  const left = lineCount(p.title, 46) * 12.5 + rowLines(p, f).reduce((h, line) => h + lineCount(line, 78) * 10.5, 0);
  const dates = lineCount(f.range(p.workedFrom, p.workedTo), 24) * 12.5;
  return 12 + Math.max(left, dates);
}

function paginate(projects: CertifiedProject[], f: Fmt): CertifiedProject[][] {
  const pages: CertifiedProject[][] = [];
  let page: CertifiedProject[] = [];
  let used = 0;
  for (const p of projects) {
    const h = estimatedHeight(p, f);
    if (page.length > 0 && used + h > PAGE_BUDGET) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(p);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function ProjectsTable({ projects, f }: { projects: CertifiedProject[]; f: Fmt }) {
  return (
    <View style={s.table}>
      <View style={s.th} fixed>
        <Text style={s.colProject}>{f.t("pdf.record.project")}</Text>
        <Text style={s.colDates}>{f.t("labels.worked")}</Text>
        <Text style={s.colHours}>{f.t("pdf.record.hours")}</Text>
      </View>
      {projects.map((p, i) => (
        <View key={i} style={s.tr} wrap={false}>
          <View style={s.colProject}>
            <Text style={s.strong}>{p.title}</Text>
            {rowLines(p, f).map((line, j) => (
              <Text key={j} style={s.small}>
                {line}
              </Text>
            ))}
          </View>
          <Text style={s.colDates}>{f.range(p.workedFrom, p.workedTo)}</Text>
          <Text style={s.colHours}>{f.hours(p.hours)}</Text>
        </View>
      ))}
    </View>
  );
}

function RecordPdf({
  doc,
  payload,
  url,
  qr,
  f,
}: {
  doc: PdfDocument;
  payload: VolunteerRecordPayload;
  url: string;
  qr: string;
  f: Fmt;
}) {
  const pages = paginate(payload.projects, f);
  return (
    <Document title={`${f.t("pdf.record.title")} — ${payload.volunteer.name}`} author="Asar" language={f.locale}>
      <Page size="A4" style={s.page}>
        <Band f={f} />
        <Text style={s.title}>{f.t("pdf.record.title")}</Text>
        <Text style={s.name}>{payload.volunteer.name}</Text>
        <View style={s.rows}>
          <Row label={f.t("pdf.record.total")}>{f.hours(payload.totalHours)}</Row>
          <Row label={f.t("pdf.record.projects")}>{String(payload.projects.length)}</Row>
          <Row label={f.t("pdf.record.period")}>{f.range(payload.workedFrom, payload.workedTo)}</Row>
        </View>
        <VerificationBlock doc={doc} url={url} qr={qr} f={f} />

        <Text style={s.sectionTitle}>{f.t("pdf.record.perYear")}</Text>
        <View style={s.table}>
          <View style={s.th}>
            <Text style={s.colYear}>{f.t("pdf.record.year")}</Text>
            <Text style={s.colHours}>{f.t("pdf.record.hours")}</Text>
          </View>
          {payload.years.map((y) => (
            <View key={y.year} style={s.tr} wrap={false}>
              <Text style={s.colYear}>{String(y.year)}</Text>
              <Text style={s.colHours}>{f.hours(y.hours)}</Text>
            </View>
          ))}
        </View>
        <Footer doc={doc} f={f} />
      </Page>
      {pages.map((chunk, i) => (
        <Page key={i} size="A4" style={s.page}>
          {i === 0 ? <Text style={s.sectionTitle}>{f.t("pdf.record.listTitle")}</Text> : null}
          <ProjectsTable projects={chunk} f={f} />
          <Footer doc={doc} f={f} />
        </Page>
      ))}
    </Document>
  );
}

/** Renders an issued document as PDF bytes in the document's language. */
export async function renderDocumentPdf(doc: PdfDocument, baseUrl: string): Promise<Buffer> {
  await ensureFonts();
  const f = await formatter(doc.locale);
  const url = verificationUrl(baseUrl, doc.locale, doc.code);
  const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 320 });
  const element =
    doc.payload.kind === "PROJECT_CERTIFICATE" ? (
      <CertificatePdf doc={doc} payload={doc.payload} url={url} qr={qr} f={f} />
    ) : (
      <RecordPdf doc={doc} payload={doc.payload} url={url} qr={qr} f={f} />
    );
  return renderToBuffer(element);
}
