import "server-only";
import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/i18n/messages";
import { KZ_TIME_ZONE } from "@/domain/time";
import { LOCALES, type Locale } from "@/domain/locales";
import { ensureFonts, FAMILY } from "@/modules/records/pdf-fonts";
import type { Span } from "./code";

// The printed check-in poster: one A4 page with the QR in the middle and the words in Kazakh,
// Russian and English, so every volunteer reads it in their language. DejaVu Sans (registered by
// the records' PDFs) carries the Kazakh letters.

const BRAND = "#0f766e";
const s = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 11, color: "#0f172a", padding: 36 },
  title: { fontSize: 20, fontWeight: 700, textAlign: "center", color: BRAND, marginBottom: 4 },
  sub: { fontSize: 12, textAlign: "center", marginBottom: 2 },
  qr: { width: 250, height: 250, alignSelf: "center", marginVertical: 12 },
  url: { fontSize: 8, textAlign: "center", color: "#475569", marginBottom: 10 },
  block: { borderTopWidth: 1, borderTopColor: "#cbd5e1", paddingTop: 6, marginTop: 6 },
  heading: { fontSize: 13, fontWeight: 700, color: BRAND, marginBottom: 2 },
  text: { fontSize: 9.5, lineHeight: 1.35 },
});

export type PosterInput = { projectTitle: string; roleTitle: string | null; span: Span; url: string };

type T = (key: string, values?: Record<string, string | number>) => string;

async function translator(locale: Locale): Promise<T> {
  return createTranslator({
    locale,
    messages: (await loadMessages(locale)) as Record<string, never>,
    namespace: "checkIn" as never,
  }) as unknown as T;
}

function when(locale: Locale, span: Span): string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: KZ_TIME_ZONE });
  return f.formatRange(span.startsAt, span.endsAt);
}

/** The poster as PDF bytes. */
export async function renderPoster(input: PosterInput): Promise<Buffer> {
  await ensureFonts();
  const qr = await QRCode.toDataURL(input.url, { errorCorrectionLevel: "M", margin: 1, width: 600 });
  const texts = await Promise.all(LOCALES.map(async (locale) => ({ locale, t: await translator(locale) })));
  const first = texts[0]!;
  return renderToBuffer(
    <Document title={`${input.projectTitle} — ${first.t("board.title")}`} author="Asar">
      <Page size="A4" style={s.page}>
        <Text style={s.title}>{input.projectTitle}</Text>
        {input.roleTitle ? <Text style={s.sub}>{input.roleTitle}</Text> : null}
        <Text style={s.sub}>{when(first.locale, input.span)}</Text>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image takes no alt; the address is printed below it */}
        <Image src={qr} style={s.qr} />
        <Text style={s.url}>{input.url}</Text>
        {texts.map(({ locale, t }) => (
          <View key={locale} style={s.block}>
            <Text style={s.heading}>{t("poster.heading")}</Text>
            <Text style={s.text}>{t("poster.steps")}</Text>
            <Text style={s.text}>{t("poster.valid")}</Text>
          </View>
        ))}
      </Page>
    </Document>,
  );
}
