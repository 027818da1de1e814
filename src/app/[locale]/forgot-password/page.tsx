import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ForgotPasswordForm } from "@/modules/accounts/components/forgot-password-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.forgot" });
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account.forgot");
  return (
    <Card className="mx-auto max-w-md space-y-6 p-4 sm:p-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("lead")}</p>
      </div>
      <ClientMessages components={["modules/accounts/components/forgot-password-form"]}>
        <ForgotPasswordForm />
      </ClientMessages>
      <Link href="/sign-in" className="block text-sm font-semibold text-brand-700 underline">
        {t("back")}
      </Link>
    </Card>
  );
}
