import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { VolunteerSignUpForm } from "@/modules/accounts/components/volunteer-sign-up-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signUp.volunteer" });
  return { title: t("title") };
}

export default async function VolunteerSignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signUp");
  return (
    <Card className="mx-auto max-w-lg space-y-6 p-6">
      <div>
        <h1 className="text-2xl font-bold">{t("volunteer.title")}</h1>
        <p className="mt-2 text-slate-700">{t("volunteer.lead")}</p>
      </div>
      <ClientMessages components={["modules/accounts/components/volunteer-sign-up-form"]}>
        <VolunteerSignUpForm />
      </ClientMessages>
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
