import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/i18n/client-messages";
import { HelpRequestForm } from "@/modules/help/components/help-request-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "help" });
  return { title: t("title"), description: t("lead") };
}

// Anyone may ask, signed in or not; the region's front office reads it (decision 0026).
export default async function HelpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("help");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </div>
      <p
        className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        data-testid="help-emergency"
      >
        {t("emergency")}
      </p>
      <ClientMessages components={["modules/help/components/help-request-form"]}>
        <HelpRequestForm />
      </ClientMessages>
    </div>
  );
}
