import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { SignInForm } from "@/modules/accounts/components/sign-in-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { returnPathParam } from "@/domain/return-path";

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
  // Only a path of ours goes on to the form and to the sign-up link (never another site).
  const back = returnPathParam((await searchParams).next);
  const [t, tAccount] = await Promise.all([getTranslations("signIn"), getTranslations("account.forgot")]);
  return (
    <Card className="mx-auto max-w-md space-y-6 p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ClientMessages components={["modules/accounts/components/sign-in-form"]}>
        <SignInForm next={back ?? undefined} />
      </ClientMessages>
      <Link href="/forgot-password" className="block text-sm font-semibold text-brand-700 underline">
        {tAccount("link")}
      </Link>
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link
          href={back ? { pathname: "/sign-up", query: { next: back } } : "/sign-up"}
          className="font-semibold text-brand-700 underline"
        >
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
