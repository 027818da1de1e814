import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SignInForm } from "@/modules/accounts/components/sign-in-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("title") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next } = await searchParams;
  const [t, tAccount] = await Promise.all([getTranslations("signIn"), getTranslations("account.forgot")]);
  return (
    <Card className="mx-auto max-w-md space-y-6 p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages components={["modules/accounts/components/sign-in-form"]}>
        <SignInForm next={typeof next === "string" ? next : undefined} />
      </ClientMessages>
      <Link href="/forgot-password" className="block text-sm font-semibold text-brand-700 underline">
        {tAccount("link")}
      </Link>
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-semibold text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
