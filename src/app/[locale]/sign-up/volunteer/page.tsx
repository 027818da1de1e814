import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { VolunteerSignUpForm } from "@/modules/accounts/components/volunteer-sign-up-form";
import { ClientMessages } from "@/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { returnPathParam } from "@/domain/return-path";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signUp.volunteer" });
  return { title: t("title") };
}

export default async function VolunteerSignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The page to come back to after signing up (the project someone wanted to apply to).
  const back = returnPathParam((await searchParams).next);
  const t = await getTranslations("signUp");
  return (
    <Card className="mx-auto max-w-lg space-y-6 p-6">
      <div>
        <h1 className="text-2xl font-bold">{t("volunteer.title")}</h1>
        <p className="mt-2 text-slate-700">{t("volunteer.lead")}</p>
      </div>
      <ClientMessages components={["modules/accounts/components/volunteer-sign-up-form"]}>
        <VolunteerSignUpForm next={back ?? undefined} />
      </ClientMessages>
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link
          href={back ? { pathname: "/sign-in", query: { next: back } } : "/sign-in"}
          className="font-semibold text-brand-700 underline"
        >
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
