import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { normalizeCode } from "@/modules/records/code";
import { verifyCodeSchema } from "@/modules/records/schema";
import { VerifyForm } from "@/modules/records/components/verify-form";
import { Card } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "records.verify" });
  return { title: t("title") };
}

/** The public check: type a code, or arrive from a document's QR code at /verify/<code>. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("records.verify");
  const raw = (await searchParams).code;
  const { code: typed } = verifyCodeSchema.parse({ code: typeof raw === "string" ? raw.slice(0, 40) : "" });
  const code = typed ? normalizeCode(typed) : null;
  if (code) return redirect({ href: `/verify/${code}`, locale });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      <Card className="p-4 sm:p-6">
        <VerifyForm locale={locale} defaultValue={typed} error={typed ? t("badCode") : undefined} />
      </Card>
    </div>
  );
}
