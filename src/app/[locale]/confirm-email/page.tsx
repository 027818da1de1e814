import { getTranslations, setRequestLocale } from "next-intl/server";
import { db } from "@/server/db";
import { linkState } from "@/modules/accounts/password-reset";
import { ConfirmEmailButton } from "@/modules/accounts/components/confirm-email-button";
import { FormError, FormSuccess } from "@/components/ui/field";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "account.confirm" });
  return { title: t("title"), referrer: "no-referrer" as const, robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const secret = typeof token === "string" ? token.slice(0, 200) : "";
  const [t, tLink, { state, row }] = await Promise.all([
    getTranslations("account.confirm"),
    getTranslations("account.link"),
    linkState(db, "EMAIL_CONFIRMATION", secret),
  ]);
  // A used link whose address is confirmed is not a problem for the person.
  const alreadyConfirmed = state === "USED" && row.user.emailConfirmedAt !== null;
  return (
    <Card className="mx-auto max-w-md space-y-6 p-4 sm:p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {state === "VALID" ? (
        <>
          <p className="text-slate-700">{t("lead", { email: row.user.email })}</p>
          <ClientMessages components={["modules/accounts/components/confirm-email-button"]}>
            <ConfirmEmailButton token={secret} />
          </ClientMessages>
        </>
      ) : alreadyConfirmed ? (
        <FormSuccess message={t("done")} />
      ) : (
        <FormError message={tLink(state)} />
      )}
    </Card>
  );
}
