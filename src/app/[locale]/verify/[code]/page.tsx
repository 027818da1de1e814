import { headers } from "next/headers";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/server/db";
import { negotiateLocale } from "@/domain/locales";
import { groupCode, normalizeCode } from "@/modules/records/code";
import { verifyDocument, type Verification } from "@/modules/records/verify";
import { allowLookup } from "@/modules/records/lookup-limit";
import { clientAddress } from "@/server/client-address";
import { VerifyForm } from "@/modules/records/components/verify-form";
import { CertifiedContent } from "@/modules/records/components/certified-content";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; code: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "records.verify" });
  // A genuine document carries a person's name: keep these pages out of search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

const TONE: Record<Verification["status"], string> = {
  GENUINE: "border-green-300 bg-green-50 text-green-900",
  ALTERED: "border-red-300 bg-red-50 text-red-900",
  REVOKED: "border-red-300 bg-red-50 text-red-900",
  NOT_FOUND: "border-amber-300 bg-amber-50 text-amber-900",
};
const ICON: Record<Verification["status"], string> = { GENUINE: "✓", ALTERED: "✗", REVOKED: "✗", NOT_FOUND: "?" };

/** What a document's QR code opens: genuine or not, and what it certifies — nothing more. */
export default async function VerifyCodePage({ params }: Props) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const l = negotiateLocale(locale);
  const t = await getTranslations("records.verify");
  const format = await getFormatter();
  let typed = raw.slice(0, 120);
  try {
    typed = decodeURIComponent(typed);
  } catch {
    // A malformed escape cannot be a code; verifyDocument answers "not found".
  }
  typed = typed.slice(0, 40);

  if (!allowLookup(clientAddress(await headers()))) {
    return (
      <div className="mx-auto max-w-2xl space-y-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
          data-testid="verify-limited"
        >
          {t("limited")}
        </p>
      </div>
    );
  }

  const result = await verifyDocument(db, typed);
  const shownCode = groupCode(normalizeCode(typed) ?? typed.toUpperCase());
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section
        role="status"
        aria-live="polite"
        className={`rounded-xl border p-4 sm:p-6 ${TONE[result.status]}`}
        data-testid="verify-status"
        data-status={result.status}
      >
        <p className="flex items-center gap-3 text-xl font-bold">
          <span
            aria-hidden
            className="inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-full border-2 border-current text-lg"
          >
            {ICON[result.status]}
          </span>
          {t(`status.${result.status}.title`)}
        </p>
        <p className="mt-2">
          {result.status === "REVOKED"
            ? t("status.REVOKED.text", { date: format.dateTime(result.revokedAt, { dateStyle: "long" }) })
            : t(`status.${result.status}.text`)}
        </p>
        <p className="mt-2 break-all font-mono text-sm">
          {t("code")}: {shownCode}
        </p>
      </section>

      {result.status === "GENUINE" ? (
        <Card as="section" aria-labelledby="certifies" className="space-y-4 p-4 sm:p-6">
          <h2 id="certifies" className="text-lg font-semibold">
            {t("certifies")}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-600">{t("document")}</dt>
            <dd>{t(`kind.${result.kind}`)}</dd>
            <dt className="text-slate-600">{t("issuedAt")}</dt>
            <dd>{when(result.issuedAt)}</dd>
            <dt className="text-slate-600">{t("language")}</dt>
            <dd>{{ kk: "Қазақша", ru: "Русский", en: "English" }[result.locale]}</dd>
          </dl>
          <CertifiedContent payload={result.payload} locale={l} />
          <p className="text-sm text-slate-600">{t("privacy")}</p>
        </Card>
      ) : null}

      <Card as="section" aria-labelledby="another" className="p-4 sm:p-6">
        <h2 id="another" className="mb-3 text-lg font-semibold">
          {t("checkAnother")}
        </h2>
        <VerifyForm locale={locale} />
      </Card>
    </div>
  );
}
