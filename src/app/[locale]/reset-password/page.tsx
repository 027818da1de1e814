import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { db } from "@/server/db";
import { linkState } from "@/modules/accounts/password-reset";
import { ResetPasswordForm } from "@/modules/accounts/components/reset-password-form";
import { FormError } from "@/components/ui/field";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

// The link's secret is in the address: never send it on as a referrer.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.reset" });
  return { title: t("title"), referrer: "no-referrer" as const, robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const secret = typeof token === "string" ? token.slice(0, 200) : "";
  const [t, tLink, { state, row }] = await Promise.all([
    getTranslations("account.reset"),
    getTranslations("account.link"),
    linkState(db, "PASSWORD_RESET", secret),
  ]);
  return (
    <Card className="mx-auto max-w-md space-y-6 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {state === "VALID" ? (
        <>
          <p className="text-slate-700">{t("lead", { email: row.user.email })}</p>
          <ClientMessages components={["modules/accounts/components/reset-password-form"]}>
            <ResetPasswordForm token={secret} />
          </ClientMessages>
        </>
      ) : (
        <div className="space-y-3" data-testid="link-refused">
          <FormError message={tLink(state)} />
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            {t("requestNew")}
          </Link>
        </div>
      )}
    </Card>
  );
}
